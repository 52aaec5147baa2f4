import { describe, expect, it } from 'vitest';
import { gradeQuestion, gradeQuiz, passMarkOf, withCoursePassMark } from '~/lib/quiz/grade';
import { question, sampleQuiz } from './fixtures';

describe('gradeQuestion', () => {
	it('grades single choice and true/false all or nothing', () => {
		expect(gradeQuestion(question('single'), 'a')).toEqual({ result: 'correct', score: 1 });
		expect(gradeQuestion(question('single'), 'b')).toEqual({ result: 'incorrect', score: 0 });
		expect(gradeQuestion(question('tf'), false)).toEqual({ result: 'correct', score: 1 });
		expect(gradeQuestion(question('tf'), true)).toEqual({ result: 'incorrect', score: 0 });
	});

	it('gives multiple choice (right picks − wrong picks) ÷ right choices, floored at 0', () => {
		const q = question('multi');
		const cases: [string[], string, number][] = [
			[['a', 'b', 'c'], 'correct', 1],
			[['c', 'b', 'a'], 'correct', 1],
			[['a', 'b'], 'partial', 0.6667],
			[['a', 'b', 'c', 'd'], 'partial', 0.6667],
			[['a'], 'partial', 0.3333],
			[['a', 'd'], 'incorrect', 0],
			[['a', 'd', 'e'], 'incorrect', 0],
			[['a', 'b', 'c', 'd', 'e'], 'partial', 0.3333],
			[[], 'incorrect', 0],
		];
		for (const [picked, result, score] of cases)
			expect(gradeQuestion(q, picked), picked.join()).toEqual({ result, score });
	});

	it('gives ordering the share of neighbouring pairs kept in order', () => {
		const q = question('order');
		expect(gradeQuestion(q, ['l', 'i', 'v', 'e', 's'])).toEqual({ result: 'correct', score: 1 });
		// One step moved from the end to the start: 3 of 4 pairs still in place.
		expect(gradeQuestion(q, ['s', 'l', 'i', 'v', 'e'])).toEqual({ result: 'partial', score: 0.75 });
		// First two swapped: l→i and i→v broken, v→e and e→s kept.
		expect(gradeQuestion(q, ['i', 'l', 'v', 'e', 's'])).toEqual({ result: 'partial', score: 0.5 });
		expect(gradeQuestion(q, ['s', 'e', 'v', 'i', 'l'])).toEqual({ result: 'incorrect', score: 0 });
	});

	it('gives matching the share of pairs matched', () => {
		const q = question('match');
		expect(gradeQuestion(q, { p: 'p', q: 'q', r: 'r', s: 's' })).toEqual({
			result: 'correct',
			score: 1,
		});
		expect(gradeQuestion(q, { p: 'p', q: 'r', r: 'q', s: 's' })).toEqual({
			result: 'partial',
			score: 0.5,
		});
		expect(gradeQuestion(q, { p: 'p' })).toEqual({ result: 'partial', score: 0.25 });
		expect(gradeQuestion(q, { p: 'q', q: 'p' })).toEqual({ result: 'incorrect', score: 0 });
	});

	it('never grades reflections and self-ratings', () => {
		expect(gradeQuestion(question('think'), true)).toEqual({ result: 'neutral', score: 0 });
		expect(gradeQuestion(question('sure'), 4)).toEqual({ result: 'neutral', score: 0 });
	});

	it('treats missing or malformed answers as incorrect', () => {
		expect(gradeQuestion(question('single'), undefined)).toEqual({ result: 'incorrect', score: 0 });
		expect(gradeQuestion(question('single'), 'zzz')).toEqual({ result: 'incorrect', score: 0 });
		expect(gradeQuestion(question('multi'), ['a', 'a', 'b'])).toEqual({
			result: 'incorrect',
			score: 0,
		});
		expect(gradeQuestion(question('order'), ['l', 'i'])).toEqual({ result: 'incorrect', score: 0 });
		expect(gradeQuestion(question('match'), ['p'])).toEqual({ result: 'incorrect', score: 0 });
		expect(gradeQuestion(question('tf'), 'false')).toEqual({ result: 'incorrect', score: 0 });
	});
});

describe('gradeQuiz', () => {
	const quiz = sampleQuiz();
	const allRight = {
		single: 'a',
		multi: ['a', 'b', 'c'],
		tf: false,
		order: ['l', 'i', 'v', 'e', 's'],
		match: { p: 'p', q: 'q', r: 'r', s: 's' },
		think: true,
		sure: 2,
	};

	it('averages graded questions only, as a percent', () => {
		const g = gradeQuiz(quiz, allRight);
		expect(g).toMatchObject({ percent: 100, passed: true, gradedCount: 5 });
		expect(g.questions['think']).toEqual({ result: 'neutral', score: 0 });
		// 1 + 0 + 1 + 0.75 + 1 = 3.75 of 5.
		const some = gradeQuiz(quiz, { ...allRight, multi: ['d'], order: ['s', 'l', 'i', 'v', 'e'] });
		expect(some).toMatchObject({ percent: 75, passed: false });
	});

	it('grades only the questions asked (a draw)', () => {
		const g = gradeQuiz(quiz, { single: 'a', tf: true }, ['single', 'tf', 'think']);
		expect(g).toMatchObject({ percent: 50, gradedCount: 2 });
		expect(Object.keys(g.questions)).toEqual(['single', 'tf', 'think']);
	});

	it('rounds to 2 decimals and compares the rounded value with the pass mark', () => {
		const three = sampleQuiz({
			passMark: 66.67,
			questions: sampleQuiz().questions.filter((q) => ['single', 'tf', 'multi'].includes(q.id)),
		});
		const g = gradeQuiz(three, { single: 'a', tf: false, multi: ['d'] });
		expect(g.percent).toBe(66.67);
		expect(g.passed).toBe(true);
	});

	it('scores a quiz with nothing graded as 100', () => {
		expect(gradeQuiz(quiz, {}, ['think', 'sure'])).toMatchObject({
			percent: 100,
			passed: true,
			gradedCount: 0,
		});
	});

	it('takes the pass mark from the quiz, else the course, else 80', () => {
		const none = sampleQuiz({ passMark: undefined });
		expect(passMarkOf(none)).toBe(80);
		expect(passMarkOf(withCoursePassMark(none, 70))).toBe(70);
		expect(passMarkOf(withCoursePassMark(sampleQuiz({ passMark: 90 }), 70))).toBe(90);
		expect(withCoursePassMark(none, undefined)).toBe(none);
	});
});
