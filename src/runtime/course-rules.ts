import type { CourseProgress } from './progress-model';

/** What the pages tell the tracker about a course: modules and the blocks each requires. */
export interface CourseOutline {
	id: string;
	passMark: number;
	modules: {
		slug: string;
		/** Blocks that must finish before the module is done. */
		blocks: { id: string; graded: boolean }[];
	}[];
}

export type ModuleStatus = 'not-started' | 'in-progress' | 'done';

/**
 * The module rule (README.md#when-a-module-is-done): a module with graded quizzes or
 * role-plays is done when every one of them is finished; a module without them is done
 * when the learner selects "Mark as done" (or "Next") at its end.
 */
export function moduleStatus(outline: CourseOutline, progress: CourseProgress, slug: string): ModuleStatus {
	const module = outline.modules.find((m) => m.slug === slug);
	if (!module) return 'not-started';
	const required = module.blocks;
	const done = required.length ? required.every((b) => progress.blocks[b.id]?.sum.d) : progress.done[slug] === 1;
	if (done) return 'done';
	const started = progress.seen[slug] === 1 || required.some((b) => progress.blocks[b.id]);
	return started ? 'in-progress' : 'not-started';
}

export interface CourseResult {
	modulesDone: number;
	modulesTotal: number;
	complete: boolean;
	/** Mean of graded quiz scores (0–100), each quiz weighing the same; undefined with no graded quiz answered. */
	score?: number;
	passed: boolean;
	/** First module not done, for "Continue". */
	nextModule?: string;
}

/** Course completion, score and pass, from the course rules in README.md#course-result. */
export function courseResult(outline: CourseOutline, progress: CourseProgress): CourseResult {
	const statuses = outline.modules.map((m) => moduleStatus(outline, progress, m.slug));
	const modulesDone = statuses.filter((s) => s === 'done').length;
	const graded = outline.modules.flatMap((m) => m.blocks.filter((b) => b.graded));
	const scores = graded.map((b) => progress.blocks[b.id]?.sum.s ?? 0);
	const score = graded.length ? Math.round((scores.reduce((a, b) => a + b, 0) / graded.length) * 100) / 100 : undefined;
	const complete = modulesDone === outline.modules.length && outline.modules.length > 0;
	const passed = complete && (score === undefined || score >= outline.passMark);
	const next = outline.modules.find((m, i) => statuses[i] !== 'done');
	return { modulesDone, modulesTotal: outline.modules.length, complete, score, passed, nextModule: next?.slug };
}
