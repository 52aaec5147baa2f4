/** Builds the facilitator guide of a course from its analysis and its module files. */
import type { ModuleAnalysis } from '../course/analyse-module';
import type { CourseMeta } from '../course/schema';
import { parseMdx } from '../mdx/parse-mdx';
import type { Quiz } from '../quiz/types';
import type { Scenario } from '../scenario/types';
import { buildGuideQuiz } from './build-quiz';
import { buildGuideRolePlay } from './build-role-play';
import { deriveDiscussion, type GuideBlock } from './derive-discussion';
import { extractSection } from './extract-section';
import type { Guide, GuideModule, GuideSection, TimingRow } from './types';

/** What the guide needs of a course: its metadata and its analysed modules, in course order. */
export interface GuideSource {
	slug: string;
	meta: CourseMeta;
	modules: readonly ModuleAnalysis[];
}

/** Heading names the guide looks for; the defaults are English, a course may add its own. */
export interface GuideOptions {
	keyMessageHeadings?: readonly string[];
	sourceHeadings?: readonly string[];
}

/** The English heading names (matched case-insensitively, a trailing colon ignored). */
export const DEFAULT_HEADINGS = {
	keyMessages: ['Key messages'],
	sources: ['Sources', 'References'],
} as const;

/**
 * Builds the guide. `texts` maps each module's file (as in `ModuleAnalysis.file`) to its MDX;
 * key messages and sources come from the text, quizzes and role-plays from the analysis, so
 * the guide shows exactly what the online course shows. Modules without frontmatter are
 * skipped (they already fail the build).
 */
export function buildGuide(source: GuideSource, texts: Readonly<Record<string, string>>, options: GuideOptions = {}): Guide {
	const { meta } = source;
	const modules = source.modules.filter((m) => m.meta).map((m) => buildGuideModule(m, texts[m.file], meta.passMark, options));
	return {
		course: {
			slug: source.slug,
			title: meta.title,
			summary: meta.summary,
			audience: meta.audience,
			language: meta.language,
			objectives: [...meta.objectives],
			estimatedMinutes: meta.estimatedMinutes,
			moduleMinutes: modules.reduce((sum, m) => sum + m.minutes, 0),
			passMark: meta.passMark,
			version: meta.version,
			licence: meta.licence,
			credits: meta.credits.map((c) => ({ ...c })),
		},
		timing: modules.map(buildTimingRow),
		modules,
	};
}

/** One module: its activities in authored order and the sections read from its MDX. */
export function buildGuideModule(module: ModuleAnalysis, text: string | undefined, passMark: number, options: GuideOptions = {}): GuideModule {
	const meta = module.meta!;
	const blocks: GuideBlock[] = [...module.blocks]
		.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
		.flatMap((b): GuideBlock[] => {
			if (b.name === 'Quiz') return [{ kind: 'quiz', quiz: buildGuideQuiz(b.model as Quiz, passMark) }];
			if (b.name === 'Scenario') return [{ kind: 'role-play', rolePlay: buildGuideRolePlay(b.model as Scenario) }];
			return [];
		});
	const sections = readSections(text, options);
	return {
		slug: module.slug,
		title: meta.title,
		summary: meta.summary,
		minutes: meta.estimatedMinutes,
		objectives: [...meta.objectives],
		keyMessages: sections.keyMessages,
		sources: sections.sources,
		discussion: deriveDiscussion(blocks),
		quizzes: blocks.flatMap((b) => (b.kind === 'quiz' ? [b.quiz] : [])),
		rolePlays: blocks.flatMap((b) => (b.kind === 'role-play' ? [b.rolePlay] : [])),
		activities: blocks.map((b) => (b.kind === 'quiz' ? { kind: 'quiz', id: b.quiz.id } : { kind: 'role-play', id: b.rolePlay.id })),
	};
}

/** A module's line in the timing table. */
export function buildTimingRow(module: GuideModule): TimingRow {
	const questions = module.quizzes.flatMap((q) => q.questions);
	return {
		module: module.slug,
		title: module.title,
		minutes: module.minutes,
		quizQuestions: questions.length,
		gradedQuestions: questions.filter((q) => q.graded).length,
		rolePlays: module.rolePlays.length,
	};
}

function readSections(text: string | undefined, options: GuideOptions): { keyMessages: GuideSection; sources: GuideSection } {
	const missing = { found: false, itemsHtml: [] };
	if (text === undefined) return { keyMessages: missing, sources: missing };
	let tree;
	try {
		tree = parseMdx(text);
	} catch {
		// Unreadable MDX is reported by the course check (MDX_SYNTAX) and stops the build.
		return { keyMessages: missing, sources: missing };
	}
	return {
		keyMessages: extractSection(tree, [...DEFAULT_HEADINGS.keyMessages, ...(options.keyMessageHeadings ?? [])]),
		sources: extractSection(tree, [...DEFAULT_HEADINGS.sources, ...(options.sourceHeadings ?? [])]),
	};
}
