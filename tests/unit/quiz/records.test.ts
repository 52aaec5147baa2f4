import { describe, expect, it } from 'vitest';
import { buildAnswerRecord, truncate } from '~/lib/quiz/records';
import { question, sampleQuiz } from './fixtures';

const quiz = sampleQuiz();
const at = new Date('2026-03-01T10:20:30.456Z');
const base = { courseId: 'respectful-care', moduleId: '01-why', quiz, at, latencyMs: 5234.6 };

describe('buildAnswerRecord', () => {
	it('builds a SCORM-independent record with normalised ids', () => {
		const r = buildAnswerRecord({ ...base, question: question('single'), answer: 'b' });
		expect(r).toEqual({
			kind: 'quiz-answer',
			courseId: 'respectful-care',
			moduleId: '01-why',
			quizId: 'lives-check',
			questionId: 'single',
			questionType: 'single-choice',
			response: ['b'],
			correctResponse: ['a'],
			result: 'incorrect',
			score: 0,
			timestamp: '2026-03-01T10:20:30.456Z',
			latencyMs: 5235,
			description: 'p',
			includesFreeText: false,
		});
	});

	it('normalises every question type', () => {
		const rec = (id: string, answer: unknown) =>
			buildAnswerRecord({ ...base, question: question(id), answer: answer as never });
		expect(rec('multi', ['b', 'a'])).toMatchObject({
			response: ['b', 'a'],
			correctResponse: ['a', 'b', 'c'],
			result: 'partial',
			score: 0.6667,
		});
		expect(rec('tf', false)).toMatchObject({
			response: false,
			correctResponse: false,
			result: 'correct',
			score: 1,
		});
		expect(rec('order', ['l', 'i', 'v', 's', 'e'])).toMatchObject({
			response: ['l', 'i', 'v', 's', 'e'],
			correctResponse: ['l', 'i', 'v', 'e', 's'],
			score: 0.5,
		});
		expect(rec('match', { q: 'q', p: 'r' })).toMatchObject({
			response: [
				['p', 'r'],
				['q', 'q'],
			],
			correctResponse: [
				['p', 'p'],
				['q', 'q'],
				['r', 'r'],
				['s', 's'],
			],
			score: 0.25,
		});
		expect(rec('sure', 3)).toMatchObject({ response: 3, correctResponse: null, result: 'neutral' });
		expect(rec('single', undefined)).toMatchObject({ response: null, result: 'incorrect' });
	});

	it('leaves reflection text out unless asked, and flags it when included', () => {
		const think = question('think');
		const off = buildAnswerRecord({
			...base,
			question: think,
			answer: true,
			text: 'Private thoughts',
		});
		expect(off).toMatchObject({ response: null, includesFreeText: false, result: 'neutral' });
		expect(JSON.stringify(off)).not.toContain('Private');
		const on = buildAnswerRecord({
			...base,
			question: think,
			answer: true,
			text: 'Private thoughts',
			includeFreeText: true,
		});
		expect(on).toMatchObject({ response: 'Private thoughts', includesFreeText: true });
	});

	it('keeps the description plain and at most 250 characters', () => {
		const long = { ...question('tf'), promptText: 'word '.repeat(80).trim() };
		const r = buildAnswerRecord({ ...base, question: long, answer: false });
		expect(r.description).toHaveLength(250);
		expect(r.description.endsWith('…')).toBe(true);
		expect(truncate('short', 250)).toBe('short');
	});

	it('carries the phase of a before/after self-rating', () => {
		const q = { ...question('sure'), phase: 'after' as const };
		expect(buildAnswerRecord({ ...base, question: q, answer: 5 }).phase).toBe('after');
	});
});
