import { describe, expect, it } from 'vitest';
import { checkCourseQuizIds } from '~/lib/quiz/check-course';
import type { Question, Quiz } from '~/lib/quiz/types';

const base = { promptHtml: 'p', promptText: 'p', feedback: {} };
const tf = (id: string, line: number): Question => ({
	...base,
	id,
	line,
	type: 'true-false',
	answer: true,
});
const rate = (phase: 'before' | 'after' | undefined, line: number): Question => ({
	...base,
	id: 'confidence',
	line,
	type: 'self-rating',
	scale: 5,
	...(phase ? { phase } : {}),
});
const quiz = (id: string, questions: Question[]): Quiz => ({ id, graded: true, questions });

describe('checkCourseQuizIds', () => {
	it('accepts distinct ids and a before/after self-rating pair', () => {
		expect(
			checkCourseQuizIds([
				{ quiz: quiz('intro', [tf('one', 5), rate('before', 9)]), file: 'c/01.mdx', line: 4 },
				{ quiz: quiz('final', [tf('two', 5), rate('after', 12)]), file: 'c/09.mdx', line: 3 },
			])
		).toEqual([]);
	});

	it('reports a quiz id used twice, at the second place', () => {
		const issues = checkCourseQuizIds([
			{ quiz: quiz('lives-check', [tf('one', 5)]), file: 'c/01.mdx', line: 4 },
			{ quiz: quiz('lives-check', [tf('two', 8)]), file: 'c/02.mdx', line: 7 },
		]);
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatchObject({
			code: 'QUIZ_DUPLICATE_QUIZ_ID',
			file: 'c/02.mdx',
			line: 7,
			severity: 'error',
		});
		expect(issues[0]!.message).toBe(
			'The quiz id "lives-check" is already used by a quiz in c/01.mdx:4.'
		);
	});

	it('reports a question id used in two quizzes', () => {
		const issues = checkCourseQuizIds([
			{ quiz: quiz('a', [tf('pep-window', 5)]), file: 'c/01.mdx', line: 4 },
			{ quiz: quiz('b', [tf('pep-window', 11)]), file: 'c/02.mdx', line: 9 },
		]);
		expect(issues.map((i) => [i.code, i.file, i.line])).toEqual([
			['QUIZ_DUPLICATE_QUESTION_ID', 'c/02.mdx', 11],
		]);
		expect(issues[0]!.message).toContain('in quiz "b" is already used in quiz "a" (c/01.mdx:5)');
	});

	it('reports self-ratings shared without a before/after pair', () => {
		const same = checkCourseQuizIds([
			{ quiz: quiz('a', [rate('before', 3)]), file: 'c/01.mdx' },
			{ quiz: quiz('b', [rate('before', 4)]), file: 'c/02.mdx' },
		]);
		expect(same.map((i) => [i.code, i.line])).toEqual([['QUIZ_DUPLICATE_QUESTION_ID', 4]]);
		expect(same[0]!.hint).toContain('phase="before" and phase="after"');
		const lonely = checkCourseQuizIds([{ quiz: quiz('a', [rate('before', 3)]), file: 'c/01.mdx' }]);
		expect(lonely.map((i) => [i.code, i.severity, i.line])).toEqual([
			['QUIZ_SELF_RATING_UNPAIRED', 'warning', 3],
		]);
		expect(
			checkCourseQuizIds([{ quiz: quiz('a', [rate(undefined, 3)]), file: 'c/01.mdx' }])
		).toEqual([]);
	});
});
