import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';
import { CourseMetaSchema, ModuleMetaSchema } from './lib/course/schema';

// The same schemas as `peercourse check` (src/lib/course/schema.ts). The check runs first
// with line-accurate messages; these keep Astro's types and catch anything it missed.
const base = process.env.PEERCOURSE_COURSES_DIR ?? './courses';

const courses = defineCollection({
	loader: glob({ base, pattern: '*/course.yaml' }),
	schema: ({ image }) =>
		CourseMetaSchema.extend({
			cover: z.object({ image: image(), alt: z.string().min(1) }).strict().optional(),
		}),
});

const modules = defineCollection({
	// Modules next to course.yaml, and translations in <course>/<lang>/ folders.
	loader: glob({ base, pattern: ['*/*.mdx', '*/*/*.mdx'] }),
	schema: ModuleMetaSchema,
});

// The authoring guide for trainers (src/authoring/), built with the same components as courses.
const authoring = defineCollection({
	loader: glob({ base: './src/authoring', pattern: '*.mdx' }),
	schema: z.object({ title: z.string(), summary: z.string() }).strict(),
});

export const collections = { courses, modules, authoring };
