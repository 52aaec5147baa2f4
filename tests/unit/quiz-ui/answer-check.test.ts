import { describe, expect, it } from 'vitest';
import { missingAnswerMessage, setMatch, toggleChoice } from '~/components/islands/quiz/answer-check';
import { uiQuestion, uiQuiz } from './sample-quiz';
import { englishStrings } from './strings';

const strings = englishStrings(uiQuiz());

describe('missingAnswerMessage', () => {
	it('asks for a choice before a choice question is checked', () => {
		expect(missingAnswerMessage(uiQuestion('single'), undefined, strings)).toBe('Choose an answer first, then check it.');
		expect(missingAnswerMessage(uiQuestion('single'), 'a', strings)).toBeUndefined();
		expect(missingAnswerMessage(uiQuestion('tf'), false, strings)).toBeUndefined();
		expect(missingAnswerMessage(uiQuestion('multi'), [], strings)).toBe('Choose an answer first, then check it.');
		expect(missingAnswerMessage(uiQuestion('multi'), ['b'], strings)).toBeUndefined();
	});

	it('needs every item matched, and some text in a reflection', () => {
		expect(missingAnswerMessage(uiQuestion('match'), { p: 'q' }, strings)).toBe('Choose a match for every item first, then check.');
		expect(missingAnswerMessage(uiQuestion('match'), { p: 'q', q: 'p' }, strings)).toBeUndefined();
		expect(missingAnswerMessage(uiQuestion('think'), true, strings, '   ')).toBe('Write a few words first, then check.');
		expect(missingAnswerMessage(uiQuestion('think'), true, strings, 'Listen more.')).toBeUndefined();
	});

	it('accepts an ordering as shown, and needs a point on a rating scale', () => {
		expect(missingAnswerMessage(uiQuestion('order'), undefined, strings)).toBeUndefined();
		expect(missingAnswerMessage(uiQuestion('sure'), undefined, strings)).toBe('Choose a point on the scale first, then check.');
		expect(missingAnswerMessage(uiQuestion('sure'), 1, strings)).toBeUndefined();
	});
});

describe('toggleChoice', () => {
	it('adds and removes ids, keeping the shown order', () => {
		expect(toggleChoice(['c'], 'a', true, ['c', 'b', 'a'])).toEqual(['c', 'a']);
		expect(toggleChoice(['a'], 'c', true, ['c', 'b', 'a'])).toEqual(['c', 'a']);
		expect(toggleChoice(['c', 'a'], 'c', false, ['c', 'b', 'a'])).toEqual(['a']);
		expect(toggleChoice(['a'], 'a', true, ['a'])).toEqual(['a']);
	});
});

describe('setMatch', () => {
	it('sets, changes and clears one match without touching the others', () => {
		expect(setMatch({}, 'p', 'q')).toEqual({ p: 'q' });
		expect(setMatch({ p: 'q', q: 'p' }, 'p', 'p')).toEqual({ p: 'p', q: 'p' });
		expect(setMatch({ p: 'q', q: 'p' }, 'p', '')).toEqual({ q: 'p' });
	});
});
