import { describe, expect, it } from 'vitest';
import { isBlockHtml } from '~/components/islands/quiz/html-text';
import { uiQuiz } from './sample-quiz';
import { englishStrings } from './strings';

describe('buildQuizStrings', () => {
	it('resolves counts known at build time with plurals, for every number of attempts left', () => {
		const strings = englishStrings(uiQuiz({ attempts: 2 }));
		expect(strings.attemptsLeft).toEqual(['No attempts left', '1 attempt left', '2 attempts left']);
		expect(strings.passMark).toBe('Pass mark: 70%');
		expect(strings.bestScore).toBe('Your best score is {score}%. The pass mark is 70%.');
	});

	it('keeps values only the browser knows as placeholders', () => {
		const strings = englishStrings(uiQuiz());
		expect(strings.check).toBe('Check answer to question {position}');
		expect(strings.questionOf).toBe('Question {position} of {total}');
		expect(strings.moveUp).toBe('Move up: {step}');
		expect(strings.moved).toBe('{step} is now number {position} of {total}.');
	});

	it('describes a draw only for quizzes that draw fewer questions than they have', () => {
		expect(englishStrings(uiQuiz({ draw: 2 })).draw).toBe('Each attempt asks 2 questions, chosen at random from 7.');
		expect(englishStrings(uiQuiz({ draw: 1 })).draw).toBe('Each attempt asks 1 question, chosen at random from 7.');
		expect(englishStrings(uiQuiz({ draw: 7 })).draw).toBeUndefined();
		expect(englishStrings(uiQuiz()).draw).toBeUndefined();
	});

	it('has no attempts-left list for quizzes without a limit', () => {
		expect(englishStrings(uiQuiz({ attempts: undefined })).attemptsLeft).toEqual(['No attempts left']);
	});
});

describe('isBlockHtml', () => {
	it('tells block prompts (which cannot go in a legend) from inline ones', () => {
		expect(isBlockHtml('<p>One</p><p>Two</p>')).toBe(true);
		expect(isBlockHtml('\n<ul><li>a</li></ul>')).toBe(true);
		expect(isBlockHtml('Which care can you offer <strong>now</strong>?')).toBe(false);
		expect(isBlockHtml('<strong>Bold</strong> start')).toBe(false);
	});
});
