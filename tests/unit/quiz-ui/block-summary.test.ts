import { describe, expect, it } from 'vitest';
import { mayRevealAnswers, summariseQuiz } from '~/components/islands/quiz/block-summary';
import type { QuizState } from '~/lib/quiz/state';
import { uiQuiz } from './sample-quiz';

const finished = (n: number, b: number): QuizState => ({ v: 1, n, b, a: { r: {}, f: 1 } });
const open: QuizState = { v: 1, n: 1, a: { r: { tf: false } } };

describe('summariseQuiz', () => {
	it('reports a graded quiz as done, passed and its best score', () => {
		expect(summariseQuiz(uiQuiz(), finished(1, 85))).toEqual({ d: true, p: true, s: 85 });
	});

	it('keeps a graded quiz open while attempts remain below the pass mark', () => {
		expect(summariseQuiz(uiQuiz(), finished(1, 40))).toEqual({ d: false, p: false, s: 40 });
		expect(summariseQuiz(uiQuiz(), open)).toEqual({ d: false, p: false });
	});

	it('counts a graded quiz out of attempts as done and not passed', () => {
		expect(summariseQuiz(uiQuiz(), finished(2, 40))).toEqual({ d: true, p: false, s: 40 });
	});

	it('gives a practice quiz no pass and no score, so it never counts', () => {
		expect(summariseQuiz(uiQuiz({ graded: false }), finished(1, 40))).toEqual({ d: true });
		expect(summariseQuiz(uiQuiz({ graded: false }), { v: 1, n: 0 })).toEqual({ d: false });
	});
});

describe('mayRevealAnswers', () => {
	it('shows right answers of a graded quiz only once more attempts cannot change the result', () => {
		expect(mayRevealAnswers(uiQuiz(), open)).toBe(false);
		expect(mayRevealAnswers(uiQuiz(), finished(1, 40))).toBe(false);
		expect(mayRevealAnswers(uiQuiz(), finished(2, 40))).toBe(true);
		expect(mayRevealAnswers(uiQuiz(), finished(1, 100))).toBe(true);
	});

	it('always shows them in practice', () => {
		expect(mayRevealAnswers(uiQuiz({ graded: false }), open)).toBe(true);
	});
});
