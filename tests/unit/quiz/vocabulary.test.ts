import { describe, expect, it } from 'vitest';
import * as quizLib from '~/lib/quiz';
import { extract } from './helpers';

describe('vocabulary', () => {
	it('lists every component with its props and children', () => {
		expect(quizLib.QUIZ_COMPONENT_NAMES).toEqual([
			'Quiz',
			'SingleChoice',
			'MultipleChoice',
			'TrueFalse',
			'Ordering',
			'Matching',
			'Reflection',
			'SelfRating',
			'Choice',
			'Step',
			'Pair',
			'Feedback',
			'Explanation',
		]);
		for (const name of quizLib.QUIZ_COMPONENT_NAMES)
			expect(quizLib.QUIZ_COMPONENT_PROPS[name], name).toBeDefined();
		for (const children of Object.values(quizLib.QUIZ_COMPONENT_CHILDREN)) {
			for (const c of children) expect(quizLib.QUIZ_COMPONENT_NAMES).toContain(c);
		}
		expect(quizLib.QUIZ_COMPONENT_PROPS['Quiz']).toEqual([
			'id',
			'title',
			'passMark',
			'attempts',
			'graded',
			'shuffle',
			'draw',
		]);
	});

	it('exports the public API from the index', () => {
		for (const fn of [
			'extractQuiz',
			'checkCourseQuizIds',
			'gradeQuestion',
			'gradeQuiz',
			'startAttempt',
			'recordAnswer',
			'checkQuestion',
			'finishAttempt',
			'attemptsRemaining',
			'isQuizDone',
			'reviewQuiz',
			'buildAnswerRecord',
			'moduleQuizOutcome',
			'courseScore',
			'maxQuizStateSize',
			'readQuizState',
		]) {
			expect(typeof (quizLib as Record<string, unknown>)[fn], fn).toBe('function');
		}
	});

	it('warns about text inside <Feedback>, which has nowhere to go', () => {
		const r = extract(`<Quiz id="q">
  <TrueFalse prompt="One" answer>
    <Feedback correct="Yes.">Also this</Feedback>
  </TrueFalse>
</Quiz>`);
		expect(r.issues.map((i) => [i.code, i.severity, i.line])).toEqual([
			['QUIZ_FEEDBACK_TEXT_IGNORED', 'warning', 3],
		]);
		expect(r.quiz?.questions[0]?.feedback).toEqual({ correct: 'Yes.' });
	});
});
