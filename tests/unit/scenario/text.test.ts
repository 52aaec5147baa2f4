import { describe, expect, it } from 'vitest';
import { parseMdx } from '~/lib/mdx/parse-mdx';
import { isTerminologyExempt } from '~/lib/scenario/terminology-exempt';
import { deriveChoiceId, isKebabCase, slugify, truncateText } from '~/lib/scenario/text';

describe('scenario text helpers', () => {
	it('slugifies display names and camelCase keys to the same id', () => {
		expect(slugify('Clinical care')).toBe('clinical-care');
		expect(slugify('clinicalCare')).toBe('clinical-care');
		expect(slugify('  Confidentiality! ')).toBe('confidentiality');
		expect(isKebabCase('night-shift')).toBe(true);
		expect(isKebabCase('Night_Shift')).toBe(false);
	});

	it('derives short choice ids from the first words', () => {
		expect(deriveChoiceId('Ask her quietly to come to a private room.')).toBe('ask-her-quietly-to');
		expect(deriveChoiceId('"In your line of work, what did you expect?"')).toBe('in-your-line-of');
		expect(deriveChoiceId('Anticontraceptionalistically-speaking words')).toBe(
			'anticontraceptionalistically'
		);
	});

	it('truncates at a word boundary with an ellipsis', () => {
		expect(truncateText('Offer PEP and emergency contraception', 20)).toBe('Offer PEP and…');
		expect(truncateText('Short', 20)).toBe('Short');
	});
});

describe('isTerminologyExempt', () => {
	// A one-line element sits inside a paragraph as an inline (text) element.
	const first = (mdx: string) => {
		const block = parseMdx(mdx).children[0]!;
		return block.type === 'paragraph' ? block.children[0]! : block;
	};
	it('exempts stigmatising choices and lines only', () => {
		expect(isTerminologyExempt(first('<Choice to="a" stigmatising>x</Choice>'))).toBe(true);
		expect(isTerminologyExempt(first('<Line speaker="a" stigmatising={true}>x</Line>'))).toBe(true);
		expect(isTerminologyExempt(first('<Choice to="a" stigmatising={false}>x</Choice>'))).toBe(
			false
		);
		expect(isTerminologyExempt(first('<Choice to="a">x</Choice>'))).toBe(false);
		expect(isTerminologyExempt(first('<Narration stigmatising>x</Narration>'))).toBe(false);
		expect(isTerminologyExempt(first('<Choice to="a" stigmatising>\n  x\n</Choice>'))).toBe(true);
	});
});
