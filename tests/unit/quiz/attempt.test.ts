import { describe, expect, it } from 'vitest';
import {
	canStartAttempt,
	checkQuestion,
	finishAttempt,
	isAttemptOpen,
	recordAnswer,
	startAttempt,
} from '~/lib/quiz/attempt';
import { attemptQuestionIds, displayOrder } from '~/lib/quiz/attempt-questions';
import { attemptsRemaining, bestScore, isQuizDone, quizStatus } from '~/lib/quiz/progress';
import { createQuizState, stripFreeText } from '~/lib/quiz/state';
import { question, sampleQuiz } from './fixtures';

const RIGHT = {
	single: 'a',
	multi: ['a', 'b', 'c'],
	tf: false,
	order: ['l', 'i', 'v', 'e', 's'],
	match: { p: 'p', q: 'q', r: 'r', s: 's' },
};

function answerAll(
	quiz: ReturnType<typeof sampleQuiz>,
	state: ReturnType<typeof createQuizState>,
	answers: Record<string, unknown>
) {
	let s = state;
	for (const id of attemptQuestionIds(quiz, s))
		if (answers[id] !== undefined) s = recordAnswer(quiz, s, id, answers[id] as never);
	return s;
}

describe('starting attempts: draws and shuffles', () => {
	const quiz = sampleQuiz({ draw: 3 });

	it('draws N of M questions, the same for the same seed, in authored order', () => {
		const a = startAttempt(quiz, createQuizState(), 42);
		const b = startAttempt(quiz, createQuizState(), 42);
		expect(a).toEqual(b);
		const drawn = a.a!.q!;
		expect(drawn).toHaveLength(3);
		expect(new Set(drawn).size).toBe(3);
		const order = quiz.questions.map((q) => q.id);
		expect([...drawn].sort((x, y) => order.indexOf(x) - order.indexOf(y))).toEqual(drawn);
		expect(attemptQuestionIds(quiz, a)).toEqual(drawn);
	});

	it('draws different questions for different seeds, never more than the bank', () => {
		const draws = new Set<string>();
		for (let seed = 0; seed < 50; seed++)
			draws.add(startAttempt(quiz, createQuizState(), seed).a!.q!.join());
		expect(draws.size).toBeGreaterThan(5);
		const all = startAttempt(sampleQuiz({ draw: 7 }), createQuizState(), 1);
		expect(all.a!.q).toBeUndefined();
		expect(attemptQuestionIds(sampleQuiz(), all)).toHaveLength(7);
		const tooMany = startAttempt(sampleQuiz({ draw: 99 }), createQuizState(), 1);
		expect(attemptQuestionIds(sampleQuiz(), tooMany)).toHaveLength(7);
	});

	it('stores shuffled orders as ids: choices only with shuffle, ordering and matching always, never solved', () => {
		const full = sampleQuiz();
		for (let seed = 0; seed < 30; seed++) {
			const s = startAttempt(full, createQuizState(), seed);
			const o = s.a!.o!;
			expect(Object.keys(o).sort()).toEqual(['match', 'order', 'single']);
			expect([...o['single']!].sort()).toEqual(['a', 'b', 'c']);
			expect(o['order']).not.toEqual(['l', 'i', 'v', 'e', 's']);
			expect([...o['order']!].sort()).toEqual(['e', 'i', 'l', 's', 'v']);
			expect(o['match']).not.toEqual(['p', 'q', 'r', 's']);
			expect(displayOrder(question('order', full), s)).toEqual(o['order']);
			expect(displayOrder(question('multi', full), s)).toEqual(['a', 'b', 'c', 'd', 'e']);
		}
	});

	it('does not start a second attempt while one is open', () => {
		const s = startAttempt(quiz, createQuizState(), 1);
		expect(isAttemptOpen(s)).toBe(true);
		expect(canStartAttempt(quiz, s)).toBe(false);
		expect(startAttempt(quiz, s, 2)).toBe(s);
	});
});

describe('answering, checking and finishing', () => {
	const quiz = sampleQuiz();

	it('records valid answers only, and locks checked questions', () => {
		let s = startAttempt(quiz, createQuizState(), 7);
		const before = s;
		expect(recordAnswer(quiz, s, 'single', 'zzz')).toBe(before);
		expect(recordAnswer(quiz, s, 'nope', 'a')).toBe(before);
		s = recordAnswer(quiz, s, 'single', 'b');
		expect(s.a!.r['single']).toBe('b');
		expect(checkQuestion(quiz, s, 'tf')).toBe(s); // nothing answered yet
		s = checkQuestion(quiz, s, 'single');
		expect(s.a!.c).toEqual(['single']);
		expect(recordAnswer(quiz, s, 'single', 'a')).toBe(s);
		expect(checkQuestion(quiz, s, 'single')).toBe(s);
		expect(before.a!.r).toEqual({}); // reducers never mutate
	});

	it('keeps reflection text apart, on the device only', () => {
		let s = startAttempt(quiz, createQuizState(), 7);
		s = recordAnswer(quiz, s, 'think', 'I would ask what she needs.');
		expect(s.a!.r['think']).toBe(true);
		expect(s.t).toEqual({ think: 'I would ask what she needs.' });
		expect(stripFreeText(s)).not.toHaveProperty('t');
		expect(JSON.stringify(stripFreeText(s))).not.toContain('what she needs');
		s = recordAnswer(quiz, s, 'think', '   ');
		expect(s.a!.r).not.toHaveProperty('think');
		expect(s).not.toHaveProperty('t');
	});

	it('finishes with the grade, keeps the best score, and ignores answers after finishing', () => {
		let s = answerAll(quiz, startAttempt(quiz, createQuizState(), 3), { ...RIGHT, multi: ['d'] });
		s = finishAttempt(quiz, s);
		expect(s.a!.f).toBe(1);
		expect(bestScore(s)).toBe(80);
		expect(recordAnswer(quiz, s, 'tf', true)).toBe(s);
		expect(finishAttempt(quiz, s)).toBe(s);
		s = finishAttempt(quiz, startAttempt(quiz, s, 4)); // nothing answered: 0
		expect(bestScore(s)).toBe(80);
		expect(s.n).toBe(2);
	});
});

describe('attempts and status', () => {
	it('graded: fails after the last attempt below the pass mark', () => {
		const quiz = sampleQuiz({ attempts: 2, passMark: 100 });
		let s = createQuizState();
		expect(quizStatus(quiz, s)).toBe('not-started');
		expect(quizStatus(quiz, undefined)).toBe('not-started');
		expect(attemptsRemaining(quiz, s)).toBe(2);
		s = startAttempt(quiz, s, 1);
		expect(quizStatus(quiz, s)).toBe('in-progress');
		expect(attemptsRemaining(quiz, s)).toBe(1);
		s = finishAttempt(quiz, answerAll(quiz, s, { ...RIGHT, tf: true }));
		expect(quizStatus(quiz, s)).toBe('retry');
		expect(isQuizDone(quiz, s)).toBe(false);
		s = finishAttempt(quiz, startAttempt(quiz, s, 2));
		expect(attemptsRemaining(quiz, s)).toBe(0);
		expect(quizStatus(quiz, s)).toBe('failed');
		expect(isQuizDone(quiz, s)).toBe(true);
		expect(canStartAttempt(quiz, s)).toBe(false);
		expect(startAttempt(quiz, s, 3)).toBe(s);
	});

	it('graded: done once passed; a later worse attempt keeps the pass', () => {
		const quiz = sampleQuiz();
		let s = finishAttempt(quiz, answerAll(quiz, startAttempt(quiz, createQuizState(), 1), RIGHT));
		expect(quizStatus(quiz, s)).toBe('passed');
		expect(isQuizDone(quiz, s)).toBe(true);
		expect(attemptsRemaining(quiz, s)).toBe(Infinity);
		s = finishAttempt(quiz, startAttempt(quiz, s, 2));
		expect(bestScore(s)).toBe(100);
		expect(quizStatus(quiz, s)).toBe('passed');
	});

	it('practice: done when every question asked is answered, whatever the score', () => {
		const quiz = sampleQuiz({ graded: false, draw: 2 });
		let s = startAttempt(quiz, createQuizState(), 9);
		const [first, second] = attemptQuestionIds(quiz, s);
		const wrong: Record<string, unknown> = {
			single: 'b',
			multi: ['d'],
			tf: true,
			order: ['s', 'e', 'v', 'i', 'l'],
			match: {},
			think: 'x',
			sure: 1,
		};
		s = recordAnswer(quiz, s, first!, wrong[first!] as never);
		expect(quizStatus(quiz, s)).toBe('in-progress');
		s = recordAnswer(quiz, s, second!, wrong[second!] as never);
		expect(quizStatus(quiz, s)).toBe('completed');
		expect(isQuizDone(quiz, s)).toBe(true);
	});
});
