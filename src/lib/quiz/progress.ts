import { attemptQuestionIds } from './attempt-questions';
import { passMarkOf } from './grade';
import type { QuizState } from './state';
import type { Quiz } from './types';

/**
 * Where a learner is with a quiz:
 * - `not-started`: no attempt yet;
 * - `in-progress`: an attempt is open (practice: not every question answered yet);
 * - `retry`: graded, last attempt finished below the pass mark, attempts remain;
 * - `passed`: graded, the best attempt reached the pass mark;
 * - `failed`: graded, every attempt used without passing;
 * - `completed`: practice quiz with every question answered (or an attempt finished).
 */
export type QuizStatus =
	'not-started' | 'in-progress' | 'retry' | 'passed' | 'failed' | 'completed';

/** Attempts the learner may still start (`Infinity` when the quiz sets no limit). */
export function attemptsRemaining(quiz: Quiz, state: QuizState): number {
	return quiz.attempts === undefined ? Infinity : Math.max(0, quiz.attempts - state.n);
}

/** The best finished-attempt percent, or undefined before any attempt is finished. */
export function bestScore(state: QuizState): number | undefined {
	return state.b;
}

/** The learner's status with this quiz (see `QuizStatus`). */
export function quizStatus(quiz: Quiz, state: QuizState | undefined): QuizStatus {
	if (!state?.a) return 'not-started';
	if (!quiz.graded) return isPracticeDone(quiz, state) ? 'completed' : 'in-progress';
	if (state.b !== undefined && state.b >= passMarkOf(quiz)) return 'passed';
	if (!state.a.f) return 'in-progress';
	return attemptsRemaining(quiz, state) > 0 ? 'retry' : 'failed';
}

/** Whether the quiz needs nothing more: graded and passed or out of attempts; practice and all answered. */
export function isQuizDone(quiz: Quiz, state: QuizState | undefined): boolean {
	const s = quizStatus(quiz, state);
	return s === 'passed' || s === 'failed' || s === 'completed';
}

function isPracticeDone(quiz: Quiz, state: QuizState): boolean {
	const a = state.a!;
	return (
		!!a.f ||
		state.b !== undefined ||
		attemptQuestionIds(quiz, state).every((id) => a.r[id] !== undefined)
	);
}
