import type { Answer } from './answers';
import { partIds } from './attempt-questions';
import type { AttemptState, QuizState } from './state';
import type { Question, Quiz } from './types';

/** Attempt count assumed for quizzes without a limit (its digits are all that matter). */
const UNLIMITED_ATTEMPTS_ASSUMED = 9999;

/**
 * The largest `JSON.stringify(stripFreeText(state))` a learner can produce for this quiz, in
 * characters: every drawn question answered with its longest answer, checked, shuffled, and a
 * finished attempt. Reflection texts are not counted: they never leave the device. The SCORM
 * layer adds these up (plus its own wrapping) against the 4,096 of SCORM 1.2 suspend_data.
 */
export function maxQuizStateSize(quiz: Quiz): number {
	const pieces = quiz.questions.map((q) => ({ q, size: JSON.stringify(worstPieces(q)).length }));
	const drawn = quiz.draw !== undefined && quiz.draw < quiz.questions.length;
	const asked = drawn
		? [...pieces]
				.sort((a, b) => b.size - a.size)
				.slice(0, quiz.draw)
				.map((p) => p.q)
		: quiz.questions;
	const attempt: AttemptState = { r: {}, c: asked.map((q) => q.id), f: 1 };
	if (drawn) attempt.q = asked.map((q) => q.id);
	const orders: Record<string, string[]> = {};
	for (const q of asked) {
		const { order, answer } = worstPieces(q);
		if (order) orders[q.id] = order;
		attempt.r[q.id] = answer;
	}
	if (Object.keys(orders).length) attempt.o = orders;
	const state: QuizState = {
		v: 1,
		n: quiz.attempts ?? UNLIMITED_ATTEMPTS_ASSUMED,
		b: 66.67,
		a: attempt,
	};
	return JSON.stringify(state).length;
}

function worstPieces(q: Question): { id: string; order?: string[]; answer: Answer } {
	const ids = partIds(q);
	const longest = ids.reduce((a, b) => (b.length > a.length ? b : a), '');
	const shuffled =
		q.type === 'ordering' ||
		q.type === 'matching' ||
		((q.type === 'single-choice' || q.type === 'multiple-choice') && q.shuffle);
	const order = shuffled ? ids : undefined;
	switch (q.type) {
		case 'single-choice':
			return { id: q.id, order, answer: longest };
		case 'multiple-choice':
		case 'ordering':
			return { id: q.id, order, answer: ids };
		case 'matching':
			return { id: q.id, order, answer: Object.fromEntries(ids.map((id) => [id, longest])) };
		case 'true-false':
			return { id: q.id, answer: false };
		case 'reflection':
			return { id: q.id, answer: true };
		case 'self-rating':
			return { id: q.id, answer: q.scale };
	}
}
