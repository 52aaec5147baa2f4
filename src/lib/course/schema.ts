import { z } from 'astro/zod';
import { canonicalLanguage } from './language';

/**
 * What a course folder's `course.yaml` may hold. Each field is documented in
 * README.md#course-metadata; keep the two in step.
 */
export const CreditSchema = z
	.object({
		/** The name the trainer chose to be credited under (never a legal name). */
		name: z.string().min(1),
		/** What they did, e.g. "Author", "Peer reviewer". */
		role: z.string().min(1).optional(),
		/** The organisation they belong to, e.g. a sex-worker-led collective. */
		organisation: z.string().min(1).optional(),
	})
	.strict();

export const CourseMetaSchema = z
	.object({
		/** Course title shown on the home page, the course page and the certificate. */
		title: z.string().min(1),
		/** One or two sentences: what the course is about and who it serves. */
		summary: z.string().min(1),
		/** BCP 47 language tag of the course text, e.g. `en`, `fr`, `hi`, `km`. */
		language: z.string().refine((t) => canonicalLanguage(t) !== undefined, {
			params: { peercourse: 'language' },
		}),
		/** Who the course is for, e.g. "Nurses, doctors and reception staff". */
		audience: z.string().min(1),
		/** What a learner will be able to do after the course. */
		objectives: z.array(z.string().min(1)).min(1),
		/** Estimated time to complete, in minutes. */
		estimatedMinutes: z.number().int().positive(),
		/** Version of the course content, e.g. `1.0.0`; shown in SCORM packages. */
		version: z.string().min(1),
		/** Licence of the content, e.g. `CC BY-SA 4.0`. */
		licence: z.string().min(1),
		/** Trainers and organisations who wrote the course. */
		credits: z.array(CreditSchema).min(1),
		/** Score in percent a learner needs to pass the course (0–100). */
		passMark: z.number().min(0).max(100).default(80),
		/** Optional cover picture and its alt text. */
		cover: z
			.object({ image: z.string().min(1), alt: z.string().min(1) })
			.strict()
			.optional(),
		/** Terminology linter settings for this course (rule ids to allow or deny). */
		lint: z
			.object({ allow: z.array(z.string()).optional(), deny: z.array(z.string()).optional() })
			.strict()
			.optional(),
	})
	.strict();

export type CourseMeta = z.infer<typeof CourseMetaSchema>;

/**
 * `<lang>/course.yaml` in a translation folder: the translated text of the course metadata.
 * Everything else (version, credits, pass mark…) comes from the course's own course.yaml.
 */
export const CourseTranslationSchema = z
	.object({
		title: z.string().min(1).optional(),
		summary: z.string().min(1).optional(),
		audience: z.string().min(1).optional(),
		objectives: z.array(z.string().min(1)).min(1).optional(),
	})
	.strict();

export type CourseTranslation = z.infer<typeof CourseTranslationSchema>;

/** Frontmatter of a module MDX file. Documented in README.md#module-frontmatter. */
export const ModuleMetaSchema = z
	.object({
		/** Module title, shown in the module list and at the top of the page. */
		title: z.string().min(1),
		/** One sentence about the module. */
		summary: z.string().min(1),
		/** What the learner will be able to do after the module. */
		objectives: z.array(z.string().min(1)).min(1),
		/** Estimated time in minutes. */
		estimatedMinutes: z.number().int().positive(),
		/** Position in the course; overrides the number at the start of the file name. */
		order: z.number().int().nonnegative().optional(),
		/** `true` keeps the module out of the built site (it shows in `npm run dev` only). */
		draft: z.boolean().default(false),
	})
	.strict();

export type ModuleMeta = z.infer<typeof ModuleMetaSchema>;

/** Example values used in messages so authors see what to write. */
export const FIELD_EXAMPLES: Record<string, string> = {
	title: 'title: Why sex workers face violence',
	summary: 'summary: How stigma and policing put sex workers at risk, and what a clinic can change.',
	language: 'language: en',
	audience: 'audience: Nurses, doctors and reception staff',
	objectives: 'objectives:\n  - Respond to a disclosure of violence without judgement',
	estimatedMinutes: 'estimatedMinutes: 15',
	version: 'version: 1.0.0',
	licence: 'licence: CC BY-SA 4.0',
	credits: 'credits:\n  - name: Asha (peer trainer)\n    organisation: Your collective',
	passMark: 'passMark: 80',
	cover: 'cover:\n  image: ./images/cover.jpg\n  alt: Two health workers talking with a woman in a clinic',
	order: 'order: 3',
	draft: 'draft: true',
	name: 'name: Asha (peer trainer)',
	role: 'role: Author',
	organisation: 'organisation: Your collective',
	image: 'image: ./images/cover.jpg',
	alt: 'alt: A short description of the picture',
};
