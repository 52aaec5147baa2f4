import { getCollection, type CollectionEntry } from 'astro:content';
import type { CourseAnalysis } from '../lib/course/analyse-course';
import type { CourseMeta } from '../lib/course/schema';
import type { ModuleAnalysis } from '../lib/course/analyse-module';
import type { CourseOutline } from '../runtime/course-rules';
import { readCourses } from './read-courses';

/** A module as pages need it: its analysis (blocks, order) and its content entry (to render). */
export interface SiteModule {
	slug: string;
	title: string;
	summary: string;
	objectives: string[];
	estimatedMinutes: number;
	draft: boolean;
	analysis: ModuleAnalysis;
	entry: CollectionEntry<'modules'>;
}

export interface SiteCourse {
	slug: string;
	meta: CourseMeta;
	cover?: CollectionEntry<'courses'>['data']['cover'];
	modules: SiteModule[];
	outline: CourseOutline;
}

let cache: SiteCourse[] | undefined;

/**
 * Every course with its modules in order, for pages. Drafts are left out of the built
 * site and shown in `npm run dev`. Built from the same analysis as `peercourse check`.
 */
export async function getSiteCourses(): Promise<SiteCourse[]> {
	if (cache && import.meta.env.PROD) return cache;
	const analyses = readCourses();
	const entries = await getCollection('modules');
	const courseEntries = await getCollection('courses');
	cache = analyses.filter((a) => a.meta).map((a) => toSiteCourse(a, entries, courseEntries));
	return cache;
}

function toSiteCourse(a: CourseAnalysis, entries: CollectionEntry<'modules'>[], courseEntries: CollectionEntry<'courses'>[]): SiteCourse {
	const modules = a.modules
		.map((m) => ({ m, entry: entries.find((e) => e.filePath && normalise(e.filePath) === m.file) }))
		.filter((x): x is { m: ModuleAnalysis; entry: CollectionEntry<'modules'> } => !!x.entry && !!x.m.meta)
		.filter((x) => import.meta.env.DEV || !x.m.meta!.draft)
		.map(({ m, entry }) => ({
			slug: m.slug,
			title: m.meta!.title,
			summary: m.meta!.summary,
			objectives: m.meta!.objectives,
			estimatedMinutes: m.meta!.estimatedMinutes,
			draft: m.meta!.draft,
			analysis: m,
			entry,
		}));
	const meta = a.meta!;
	const courseEntry = courseEntries.find((e) => e.id === `${a.slug}/course`);
	return {
		slug: a.slug,
		meta,
		cover: courseEntry?.data.cover,
		modules,
		outline: {
			id: a.slug,
			passMark: meta.passMark,
			modules: modules.map((m) => ({ slug: m.slug, blocks: requiredBlocks(m.analysis) })),
		},
	};
}

/** Blocks that decide when a module is done: graded quizzes and every role-play. */
function requiredBlocks(m: ModuleAnalysis): { id: string; graded: boolean }[] {
	return m.blocks
		.map((b) => ({ id: b.id, graded: b.name === 'Quiz' && (b.model as { graded?: boolean }).graded !== false, name: b.name }))
		.filter((b) => b.name !== 'Quiz' || b.graded)
		.map(({ id, graded }) => ({ id, graded }));
}

function normalise(path: string): string {
	return path.replace(/\\/g, '/').replace(/^\.\//, '');
}

/** The root-relative URL of a course page. */
export const courseUrl = (course: string) => `/${course}/`;
/** The root-relative URL of a module page. */
export const moduleUrl = (course: string, module: string) => `/${course}/${module}/`;
