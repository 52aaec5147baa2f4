import { describe, expect, it } from 'vitest';
import { isNcName, toNcName } from '~/lib/scorm/nc-name';

describe('toNcName', () => {
	it.each([
		['respectful-care', 'respectful-care'],
		['1-intro', 'id-1-intro'],
		['2024', 'id-2024'],
		['Prise en charge', 'Prise-en-charge'],
		['santé & droits', 'sante-droits'],
		['a:b', 'a-b'],
		['_private', '_private'],
		['-lead', 'lead'],
		['', 'id'],
		['日本', 'id'],
	])('%j → %j', (input, expected) => {
		expect(toNcName(input)).toBe(expected);
		expect(isNcName(toNcName(input))).toBe(true);
	});
});

describe('isNcName', () => {
	it.each(['ORG-x', '_a', 'a.b-c_d', 'résumé'])('accepts %j', (id) =>
		expect(isNcName(id)).toBe(true)
	);
	it.each(['1-intro', 'a b', 'a:b', '-a', '.a', ''])('rejects %j', (id) =>
		expect(isNcName(id)).toBe(false)
	);
});
