import { describe, expect, it } from 'vitest';
import { checkQuestion, finishAttempt, recordAnswer, startAttempt } from '~/lib/quiz/attempt';
import { readQuizState } from '~/lib/quiz/read-state';
import { reviewQuiz } from '~/lib/quiz/review';
import { createQuizState } from '~/lib/quiz/state';
import { maxQuizStateSize } from '~/lib/quiz/state-size';
import { extractClean, SAMPLE } from './helpers';
import { sampleQuiz } from './fixtures';
import type { Quiz } from '~/lib/quiz/types';

function played(options: Partial<Quiz> = { draw: 5 }) {
	const quiz = sampleQuiz(options);
	let s = startAttempt(quiz, createQuizState(), 11);
	for (const [id, answer] of Object.entries({
		single: 'a',
		multi: ['a', 'd'],
		tf: false,
		order: ['l', 'v', 'i', 'e', 's'],
		match: { p: 'p', q: 's' },
		think: 'My notes',
		sure: 4,
	})) {
		s = recordAnswer(quiz, s, id, answer as never);
	}
	s = checkQuestion(quiz, s, 'single');
	return { quiz, s };
}

describe('quiz state', () => {
	it('survives a JSON round trip unchanged', () => {
		const { quiz, s } = played();
		const back = readQuizState(quiz, JSON.parse(JSON.stringify(s)));
		expect(back).toEqual(s);
		const finished = finishAttempt(quiz, s);
		expect(readQuizState(quiz, JSON.parse(JSON.stringify(finished)))).toEqual(finished);
	});

	it('is compact: ids, not text', () => {
		const { s } = played();
		const json = JSON.stringify(s);
		expect(json).not.toContain('html');
		expect(json.length).toBeLessThan(260);
	});

	it('drops what no longer fits the re-published quiz and starts fresh on garbage', () => {
		const { quiz, s } = played();
		const changed = sampleQuiz({
			draw: 5,
			questions: quiz.questions.filter((q) => q.id !== 'single'),
		});
		const back = readQuizState(changed, JSON.parse(JSON.stringify(s)));
		expect(back.a!.r).not.toHaveProperty('single');
		expect(back.a!.o ?? {}).not.toHaveProperty('single');
		expect(back.a!.q ?? []).not.toContain('single');
		expect(back.a!.c).toBeUndefined();
		expect(back.n).toBe(1);
		for (const garbage of [null, 'x', 42, [], { v: 2, n: 1 }, { v: 1, n: -1 }, { v: 1 }]) {
			expect(readQuizState(quiz, garbage)).toEqual(createQuizState());
		}
		expect(
			readQuizState(quiz, { v: 1, n: 2, b: 500, a: { r: { tf: 'yes', multi: ['a', 'zz'] }, f: 1 } })
		).toEqual({ v: 1, n: 2, a: { r: {}, f: 1 } });
	});

	it('reviews the finished attempt with answers, grades, right answers and shown order', () => {
		const { quiz, s } = played({});
		expect(reviewQuiz(quiz, s)).toBeUndefined();
		const review = reviewQuiz(quiz, finishAttempt(quiz, s))!;
		expect(review.items.map((i) => i.question.id)).toEqual([
			'single',
			'multi',
			'tf',
			'order',
			'match',
			'think',
			'sure',
		]);
		const [single, multi, , order, match, think, sure] = review.items;
		expect(single).toMatchObject({
			answer: 'a',
			grade: { result: 'correct', score: 1 },
			correct: 'a',
			order: s.a!.o!['single'],
		});
		expect(multi).toMatchObject({
			answer: ['a', 'd'],
			grade: { result: 'incorrect', score: 0 },
			correct: ['a', 'b', 'c'],
		});
		// l v i e s: only e→s of the four neighbouring pairs is kept.
		expect(order).toMatchObject({
			grade: { result: 'partial', score: 0.25 },
			order: s.a!.o!['order'],
		});
		expect(match).toMatchObject({
			grade: { result: 'partial', score: 0.25 },
			correct: { p: 'p', q: 'q', r: 'r', s: 's' },
		});
		expect(think).toMatchObject({ answer: true, grade: { result: 'neutral' } });
		expect(think).not.toHaveProperty('correct');
		expect(sure).toMatchObject({ answer: 4, grade: { result: 'neutral' } });
		// (1 + 0 + 1 + 0.25 + 0.25) / 5
		expect(review.grade).toMatchObject({ percent: 50, passed: false, gradedCount: 5 });
	});
});

describe('maxQuizStateSize', () => {
	it('is at least the size of any state the quiz can reach', () => {
		const quiz = extractClean(SAMPLE);
		const max = maxQuizStateSize(quiz);
		for (let seed = 0; seed < 20; seed++) {
			let s = startAttempt(quiz, { v: 1, n: 1, b: 50 }, seed);
			for (const q of quiz.questions) {
				const order = s.a!.o?.[q.id];
				const answer =
					q.type === 'single-choice'
						? q.choices[2]!.id
						: q.type === 'multiple-choice'
							? q.choices.map((c) => c.id)
							: q.type === 'true-false'
								? false
								: q.type === 'ordering'
									? order
									: q.type === 'matching'
										? Object.fromEntries(
												q.pairs.map((p, i) => [p.id, q.pairs[(i + 1) % q.pairs.length]!.id])
											)
										: q.type === 'self-rating'
											? 5
											: 'text that stays on the device';
				s = checkQuestion(quiz, recordAnswer(quiz, s, q.id, answer as never), q.id);
			}
			s = finishAttempt(quiz, s);
			const { t: _t, ...sent } = s;
			expect(JSON.stringify(sent).length).toBeLessThanOrEqual(max);
		}
		expect(max).toBeLessThan(700);
	});

	it('counts only the largest drawn questions and the attempt digits', () => {
		const all = maxQuizStateSize(sampleQuiz({ attempts: 3 }));
		const drawn = maxQuizStateSize(sampleQuiz({ attempts: 3, draw: 2 }));
		expect(drawn).toBeLessThan(all);
		expect(maxQuizStateSize(sampleQuiz())).toBe(all + 3); // n: 9999 instead of 3
	});
});
