import { isValidAnswer, type Answer } from './answers';
import { gradeQuiz, roundPercent } from './grade';
import { attemptsRemaining } from './progress';
import { attemptQuestionIds, findQuestion } from './attempt-questions';
import { createRng, drawWith, scrambleWith, shuffleWith } from './rng';
import type { AttemptState, QuizState } from './state';
import type { Question, Quiz } from './types';

/*
 * Pure reducers the quiz island calls: each takes the quiz and a state and returns a new state
 * (or the same object when the action does not apply, so callers can compare by identity).
 */

/** Whether a new attempt can start: none is open and attempts remain. */
export function canStartAttempt(quiz: Quiz, state: QuizState): boolean {
	return !isAttemptOpen(state) && attemptsRemaining(quiz, state) > 0;
}

/** Whether an attempt is open (started and not finished). */
export function isAttemptOpen(state: QuizState): boolean {
	return !!state.a && !state.a.f;
}

/**
 * Starts an attempt: draws `draw` questions (in authored order) and shuffles parts, all from
 * `seed`, so the same seed always gives the same attempt. Orders are stored as ids.
 * Ordering steps and matching right sides are always scrambled; choices only with `shuffle`.
 */
export function startAttempt(quiz: Quiz, state: QuizState, seed: number): QuizState {
	if (!canStartAttempt(quiz, state)) return state;
	const rng = createRng(seed);
	const attempt: AttemptState = { r: {} };
	if (quiz.draw !== undefined && quiz.draw < quiz.questions.length) {
		attempt.q = drawWith(quiz.questions, quiz.draw, rng).map((q) => q.id);
	}
	const asked = quiz.questions.filter((q) => !attempt.q || attempt.q.includes(q.id));
	const orders: Record<string, string[]> = {};
	for (const q of asked) {
		const order = shuffledOrder(q, rng);
		if (order) orders[q.id] = order;
	}
	if (Object.keys(orders).length) attempt.o = orders;
	return { ...state, n: state.n + 1, a: attempt };
}

function shuffledOrder(q: Question, rng: () => number): string[] | undefined {
	if ((q.type === 'single-choice' || q.type === 'multiple-choice') && q.shuffle) {
		return shuffleWith(
			q.choices.map((c) => c.id),
			rng
		);
	}
	if (q.type === 'ordering')
		return scrambleWith(
			q.steps.map((s) => s.id),
			rng
		);
	if (q.type === 'matching')
		return scrambleWith(
			q.pairs.map((p) => p.id),
			rng
		);
	return undefined;
}

/**
 * Records an answer to a question of the open attempt. For a reflection, pass the text: it is
 * kept in `t` (device only) and the answer is stored as `true`; empty text clears it.
 * Invalid answers, unknown questions and checked (locked) questions leave the state as it is.
 */
export function recordAnswer(
	quiz: Quiz,
	state: QuizState,
	questionId: string,
	answer: Answer
): QuizState {
	const a = state.a;
	const q = findQuestion(quiz, questionId);
	if (
		!a ||
		a.f ||
		!q ||
		!attemptQuestionIds(quiz, state).includes(questionId) ||
		a.c?.includes(questionId)
	)
		return state;
	if (q.type === 'reflection') return recordReflection(state, a, questionId, answer);
	if (!isValidAnswer(q, answer)) return state;
	return { ...state, a: { ...a, r: { ...a.r, [questionId]: answer } } };
}

function recordReflection(
	state: QuizState,
	a: AttemptState,
	id: string,
	answer: Answer
): QuizState {
	const text = typeof answer === 'string' ? answer : '';
	const { [id]: _old, ...answers } = a.r;
	const { [id]: _oldText, ...texts } = state.t ?? {};
	const next: QuizState = {
		...state,
		a: { ...a, r: text.trim() ? { ...answers, [id]: true } : answers },
	};
	if (text.trim()) next.t = { ...texts, [id]: text };
	else if (Object.keys(texts).length) next.t = texts;
	else delete next.t;
	return next;
}

/** Checks a question of the open attempt: its answer is locked so feedback can be shown. */
export function checkQuestion(quiz: Quiz, state: QuizState, questionId: string): QuizState {
	const a = state.a;
	if (!a || a.f || a.r[questionId] === undefined || a.c?.includes(questionId)) return state;
	if (!attemptQuestionIds(quiz, state).includes(questionId)) return state;
	return { ...state, a: { ...a, c: [...(a.c ?? []), questionId] } };
}

/** Finishes the open attempt: grades it and keeps the best percent. Unanswered graded questions earn 0. */
export function finishAttempt(quiz: Quiz, state: QuizState): QuizState {
	const a = state.a;
	if (!a || a.f) return state;
	const { percent } = gradeQuiz(quiz, a.r, attemptQuestionIds(quiz, state));
	const best = state.b === undefined ? percent : Math.max(state.b, percent);
	return { ...state, b: roundPercent(best), a: { ...a, f: 1 } };
}
