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
	/** Language of this module's text. */
	lang: string;
	/** True when this language has no translation of the module and shows the original. */
	fallback: boolean;
	analysis: ModuleAnalysis;
	entry: CollectionEntry<'modules'>;
}

/** One language version of a course: the course's own language, or a translation. */
export interface SiteEdition {
	lang: string;
	/** URL prefix after the course: '' for the course's own language, 'es/' for a translation. */
	prefix: string;
	meta: CourseMeta;
	modules: SiteModule[];
}

export interface SiteCourse {
	slug: string;
	meta: CourseMeta;
	cover?: CollectionEntry<'courses'>['data']['cover'];
	modules: SiteModule[];
	/** Every language version, the course's own first. */
	editions: SiteEdition[];
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
	const meta = a.meta!;
	const modules = a.modules
		.map((m) => siteModule(m, entries, meta.language, false))
		.filter((m): m is SiteModule => !!m && (import.meta.env.DEV || !m.draft));
	const editions: SiteEdition[] = [{ lang: meta.language, prefix: '', meta, modules }];
	for (const t of a.translations) {
		const translated = modules.map((original) => {
			const analysis = t.modules.find((m) => m.slug === original.slug && m.meta);
			return (analysis && siteModule(analysis, entries, t.lang, false)) || { ...original, fallback: true };
		});
		editions.push({ lang: t.lang, prefix: `${t.lang}/`, meta: { ...meta, ...t.meta, language: t.lang }, modules: translated });
	}
	const courseEntry = courseEntries.find((e) => e.id === `${a.slug}/course`);
	return {
		slug: a.slug,
		meta,
		cover: courseEntry?.data.cover,
		modules,
		editions,
		outline: {
			id: a.slug,
			passMark: meta.passMark,
			modules: modules.map((m) => ({ slug: m.slug, blocks: requiredBlocks(m.analysis) })),
		},
	};
}

function siteModule(m: ModuleAnalysis, entries: CollectionEntry<'modules'>[], lang: string, fallback: boolean): SiteModule | undefined {
	const entry = entries.find((e) => e.filePath && normalise(e.filePath) === m.file);
	if (!entry || !m.meta) return undefined;
	return {
		slug: m.slug,
		title: m.meta.title,
		summary: m.meta.summary,
		objectives: m.meta.objectives,
		estimatedMinutes: m.meta.estimatedMinutes,
		draft: m.meta.draft,
		lang,
		fallback,
		analysis: m,
		entry,
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

/** The root-relative URL of a course page (in a language edition). */
export const courseUrl = (course: string, prefix = '') => `/${course}/${prefix}`;
/** The root-relative URL of a module page (in a language edition). */
export const moduleUrl = (course: string, module: string, prefix = '') => `/${course}/${prefix}${module}/`;
