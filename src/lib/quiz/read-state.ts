import { isValidAnswer, type Answer } from './answers';
import { findQuestion, partIds } from './attempt-questions';
import { createQuizState, type AttemptState, type QuizState } from './state';
import type { Quiz } from './types';

/**
 * Reads a quiz state back from storage (localStorage or suspend_data) against the quiz as it
 * is now. Anything malformed gives a fresh state; ids of questions or parts removed by a
 * re-publish, and answers that no longer fit, are dropped, so a stale state never breaks the
 * island. Attempt counts and the best score are kept.
 */
export function readQuizState(quiz: Quiz, value: unknown): QuizState {
	if (!isObject(value) || value.v !== 1 || !isCount(value.n)) return createQuizState();
	const state: QuizState = { v: 1, n: value.n };
	if (typeof value.b === 'number' && value.b >= 0 && value.b <= 100) state.b = value.b;
	const attempt = readAttempt(quiz, value.a);
	if (attempt) state.a = attempt;
	if (isObject(value.t)) {
		const texts = Object.entries(value.t).filter(
			([id, text]) => typeof text === 'string' && findQuestion(quiz, id)?.type === 'reflection'
		);
		if (texts.length) state.t = Object.fromEntries(texts) as Record<string, string>;
	}
	return state;
}

function readAttempt(quiz: Quiz, value: unknown): AttemptState | undefined {
	if (!isObject(value) || !isObject(value.r)) return undefined;
	const a: AttemptState = { r: {} };
	if (Array.isArray(value.q))
		a.q = value.q.filter((id): id is string => typeof id === 'string' && !!findQuestion(quiz, id));
	for (const [id, answer] of Object.entries(value.r)) {
		const q = findQuestion(quiz, id);
		if (q && isValidAnswer(q, answer)) a.r[id] = answer as Answer;
	}
	if (isObject(value.o)) {
		const orders: Record<string, string[]> = {};
		for (const [id, order] of Object.entries(value.o)) {
			const q = findQuestion(quiz, id);
			if (q && Array.isArray(order))
				orders[id] = order.filter(
					(x): x is string => typeof x === 'string' && partIds(q).includes(x)
				);
		}
		if (Object.keys(orders).length) a.o = orders;
	}
	if (Array.isArray(value.c)) {
		const checked = value.c.filter(
			(id): id is string => typeof id === 'string' && a.r[id] !== undefined
		);
		if (checked.length) a.c = checked;
	}
	if (value.f === 1) a.f = 1;
	return a;
}

function isObject(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isCount(v: unknown): v is number {
	return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}
