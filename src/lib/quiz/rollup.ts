import { isQuizDone, quizStatus } from './progress';
import type { QuizState } from './state';
import type { Quiz } from './types';

/** How a module's graded quizzes stand. */
export interface ModuleQuizOutcome {
	/** Every graded quiz is passed or out of attempts. */
	done: boolean;
	/** Some graded quiz ran out of attempts without a pass. */
	failed: boolean;
	/** Ids of graded quizzes not done yet. */
	pending: string[];
}

/** Rolls up a module's quizzes: practice quizzes never hold a module back. */
export function moduleQuizOutcome(
	quizzes: readonly Quiz[],
	states: Readonly<Record<string, QuizState | undefined>>
): ModuleQuizOutcome {
	const graded = quizzes.filter((q) => q.graded);
	const pending = graded.filter((q) => !isQuizDone(q, states[q.id])).map((q) => q.id);
	const failed = graded.some((q) => quizStatus(q, states[q.id]) === 'failed');
	return { done: pending.length === 0, failed, pending };
}

/**
 * The course score: the mean of the graded quizzes' best percents, each quiz weighing the
 * same whatever its number of questions (rounded to 2 decimals). Undefined when there is none.
 */
export function courseScore(gradedQuizScores: readonly number[]): number | undefined {
	if (gradedQuizScores.length === 0) return undefined;
	const mean = gradedQuizScores.reduce((sum, s) => sum + s, 0) / gradedQuizScores.length;
	return Math.round(mean * 100) / 100;
}
