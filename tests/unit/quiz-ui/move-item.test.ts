import { describe, expect, it } from 'vitest';
import { moveItem } from '~/components/islands/quiz/move-item';

describe('moveItem', () => {
	const steps = ['listen', 'inquire', 'validate'] as const;

	it('moves an item up or down by one place', () => {
		expect(moveItem(steps, 2, -1)).toEqual(['listen', 'validate', 'inquire']);
		expect(moveItem(steps, 0, 1)).toEqual(['inquire', 'listen', 'validate']);
	});

	it('returns the same list when the move would leave it', () => {
		expect(moveItem(steps, 0, -1)).toBe(steps);
		expect(moveItem(steps, 2, 1)).toBe(steps);
		expect(moveItem(steps, 5, -1)).toBe(steps);
		expect(moveItem(steps, 1, 0)).toBe(steps);
	});

	it('never changes the list it was given', () => {
		const list = ['a', 'b'];
		moveItem(list, 1, -1);
		expect(list).toEqual(['a', 'b']);
	});
});
