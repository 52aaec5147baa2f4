import { describe, expect, it } from 'vitest';
import { describeFeedback, escapeHtml, rightAnswerHtml } from '~/components/islands/quiz/feedback';
import { uiQuestion, uiQuiz } from './sample-quiz';
import { englishStrings } from './strings';

const strings = englishStrings(uiQuiz());

describe('describeFeedback', () => {
	it('gives a right answer its word, symbol, the author’s praise, the option’s feedback and the explanation', () => {
		const view = describeFeedback(uiQuestion('single'), 'a', ['a', 'b', 'c'], strings);
		expect(view).toEqual({
			result: 'correct',
			label: 'Correct',
			symbol: '✓',
			messageHtml: 'Yes, <strong>privacy</strong>.',
			choiceFeedback: [{ choiceHtml: 'Private room', feedbackHtml: 'Privacy first.' }],
			explanationHtml: 'Listen <em>first</em>.',
		});
	});

	it('tells a wrong answer what to consider, in supportive words, when the author wrote nothing', () => {
		const view = describeFeedback(uiQuestion('single'), 'b', ['a', 'b', 'c'], strings);
		expect(view.result).toBe('incorrect');
		expect(view.label).toBe('Not quite');
		expect(view.symbol).toBe('✗');
		expect(view.messageHtml).toBe('Consider what the module says about this. It is fine to go back and read it again.');
		expect(view.choiceFeedback).toEqual([{ choiceHtml: 'Police', feedbackHtml: 'Her choice.' }]);
	});

	it('gives partial answers their own word and the feedback of every picked option, in shown order', () => {
		const view = describeFeedback(uiQuestion('multi'), ['c', 'a'], ['c', 'b', 'a'], strings);
		expect(view.result).toBe('incorrect');
		const partial = describeFeedback(uiQuestion('multi'), ['a'], ['c', 'b', 'a'], strings);
		expect(partial).toMatchObject({ result: 'partial', label: 'Partly correct', symbol: '◐' });
		expect(view.choiceFeedback.map((f) => f.feedbackHtml)).toEqual(['Care never waits.', 'Within 72 hours.']);
	});

	it('says a reflection is saved on the device, and shows its explanation', () => {
		const view = describeFeedback(uiQuestion('think'), true, [], strings);
		expect(view).toMatchObject({ result: 'neutral', label: 'Saved', messageHtml: 'Saved on this device only. Nobody else can read it.', explanationHtml: 'Small changes matter.' });
	});

	it('gives a self-rating a neutral result without a message', () => {
		const view = describeFeedback(uiQuestion('sure'), 4, [], strings);
		expect(view.result).toBe('neutral');
		expect(view.messageHtml).toBeUndefined();
		expect(view.choiceFeedback).toEqual([]);
	});
});

describe('escapeHtml', () => {
	it('escapes interface text put next to author HTML', () => {
		expect(escapeHtml('A <b> & "c"')).toBe('A &#60;b&#62; &#38; &#34;c&#34;');
	});
});

describe('rightAnswerHtml', () => {
	it('lists the right options in shown order', () => {
		expect(rightAnswerHtml(uiQuestion('multi'), ['b', 'c', 'a'], strings)).toEqual(['EC', 'PEP']);
		expect(rightAnswerHtml(uiQuestion('single'), ['c', 'b', 'a'], strings)).toEqual(['Private room']);
	});

	it('names the right value of a true/false question, and each left item’s match', () => {
		expect(rightAnswerHtml(uiQuestion('tf'), [], strings)).toEqual(['False']);
		expect(rightAnswerHtml(uiQuestion('match'), ['q', 'p'], strings)).toEqual(['p → p', 'q → q']);
	});

	it('has nothing for questions shown otherwise or never graded', () => {
		expect(rightAnswerHtml(uiQuestion('order'), ['v', 'i', 'l'], strings)).toEqual([]);
		expect(rightAnswerHtml(uiQuestion('think'), [], strings)).toEqual([]);
		expect(rightAnswerHtml(uiQuestion('sure'), [], strings)).toEqual([]);
	});
});
