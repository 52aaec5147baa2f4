import { describe, expect, it } from 'vitest';
import { fillTemplate, splitTemplate } from '~/components/islands/quiz/fill-template';

describe('fillTemplate', () => {
	it('fills placeholders with strings and locale-formatted numbers', () => {
		expect(fillTemplate('Question {position} of {total}', { position: 2, total: 7 })).toBe('Question 2 of 7');
		expect(fillTemplate('You scored {score}%.', { score: 66.6667 }, 'en')).toBe('You scored 66.67%.');
		expect(fillTemplate('{score}', { score: 1234.5 }, 'de')).toBe('1.234,5');
		expect(fillTemplate('Move up: {step}', { step: 'Listen' })).toBe('Move up: Listen');
	});

	it('leaves an unknown placeholder empty rather than showing its name', () => {
		expect(fillTemplate('Attempt {current} of {total}', { current: 1 })).toBe('Attempt 1 of ');
	});

	it('uses the digits of the page language', () => {
		expect(fillTemplate('{n}', { n: 3 }, 'ar-EG')).toBe('٣');
	});
});

describe('splitTemplate', () => {
	it('splits text and placeholders in order', () => {
		expect(splitTemplate('This certifies that {name} completed {course} on {date}.')).toEqual([
			'This certifies that ',
			{ name: 'name' },
			' completed ',
			{ name: 'course' },
			' on ',
			{ name: 'date' },
			'.',
		]);
	});

	it('handles placeholders at both ends and templates without any', () => {
		expect(splitTemplate('{a}{b}')).toEqual([{ name: 'a' }, { name: 'b' }]);
		expect(splitTemplate('No placeholders.')).toEqual(['No placeholders.']);
		expect(splitTemplate('')).toEqual([]);
	});
});
