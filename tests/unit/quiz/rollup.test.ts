import { describe, expect, it } from 'vitest';
import { finishAttempt, recordAnswer, startAttempt } from '~/lib/quiz/attempt';
import { findRatingChanges } from '~/lib/quiz/rating-change';
import { courseScore, moduleQuizOutcome } from '~/lib/quiz/rollup';
import { createQuizState, type QuizState } from '~/lib/quiz/state';
import type { Quiz } from '~/lib/quiz/types';
import { sampleQuiz } from './fixtures';

const base = { promptHtml: 'p', promptText: 'p', feedback: {} };
const tfQuiz = (id: string, extra: Partial<Quiz> = {}): Quiz => ({
	id,
	graded: true,
	passMark: 100,
	questions: [{ ...base, id: 'tf', type: 'true-false', answer: true }],
	...extra,
});

function finished(quiz: Quiz, answer: boolean, state: QuizState = createQuizState()): QuizState {
	return finishAttempt(quiz, recordAnswer(quiz, startAttempt(quiz, state, 1), 'tf', answer));
}

describe('moduleQuizOutcome', () => {
	const a = tfQuiz('a', { attempts: 1 });
	const b = tfQuiz('b');
	const practice = tfQuiz('practice', { graded: false });

	it('is done when every graded quiz is passed; practice quizzes never block', () => {
		expect(moduleQuizOutcome([a, b, practice], {})).toEqual({
			done: false,
			failed: false,
			pending: ['a', 'b'],
		});
		const states = { a: finished(a, true), b: finished(b, true) };
		expect(moduleQuizOutcome([a, b, practice], states)).toEqual({
			done: true,
			failed: false,
			pending: [],
		});
	});

	it('is done and failed when a graded quiz runs out of attempts', () => {
		const states = { a: finished(a, false), b: finished(b, true) };
		expect(moduleQuizOutcome([a, b], states)).toEqual({ done: true, failed: true, pending: [] });
		// b failed once but may retry: not done yet.
		expect(moduleQuizOutcome([a, b], { a: finished(a, true), b: finished(b, false) })).toEqual({
			done: false,
			failed: false,
			pending: ['b'],
		});
	});

	it('is done with no graded quiz at all', () => {
		expect(moduleQuizOutcome([practice], {})).toEqual({ done: true, failed: false, pending: [] });
	});
});

describe('courseScore', () => {
	it('is the mean of graded quiz scores, each quiz weighing the same', () => {
		expect(courseScore([100, 50])).toBe(75);
		expect(courseScore([100, 50, 50])).toBe(66.67);
		expect(courseScore([])).toBeUndefined();
	});
});

describe('findRatingChanges', () => {
	const rating = (id: string, phase: 'before' | 'after', prompt: string): Quiz => ({
		id,
		graded: false,
		questions: [
			{ ...base, promptText: prompt, id: 'confidence', type: 'self-rating', scale: 5, phase },
		],
	});
	const start = rating('start', 'before', 'How confident are you now?');
	const end = rating('end', 'after', 'How confident are you after the course?');
	const pick = (quiz: Quiz, n: number) =>
		recordAnswer(quiz, startAttempt(quiz, createQuizState(), 1), 'confidence', n);

	it('pairs before and after ratings of the same id and shows the change', () => {
		expect(
			findRatingChanges([start, end, sampleQuiz()], { start: pick(start, 2), end: pick(end, 4) })
		).toEqual([
			{
				questionId: 'confidence',
				promptText: 'How confident are you after the course?',
				scale: 5,
				before: 2,
				after: 4,
				change: 2,
			},
		]);
		expect(findRatingChanges([start, end], { start: pick(start, 2) })).toEqual([
			{
				questionId: 'confidence',
				promptText: 'How confident are you after the course?',
				scale: 5,
				before: 2,
			},
		]);
	});
});
