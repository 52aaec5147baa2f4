import { describe, expect, it } from 'vitest';
import { lintMdx, lintText, loadRulePack } from '~/lib/lint';

// A tiny test pack, not real guidance: real packs are written by native-speaking reviewers.
const THAI = `
locale: th
name: Thai test pack
rules:
  - id: sw/thai-test
    category: sex-work
    severity: warning
    avoid: [โสเภณี]
    prefer: [พนักงานบริการ]
    why: is only a test phrase
    source: [{ document: Test }]
    confidence: K
    examples: { flag: [เธอเป็นโสเภณี], pass: [เธอเป็นพนักงานบริการ] }
`;
const KHMER = `
locale: km
name: Khmer test pack
rules:
  - id: sw/khmer-test
    category: sex-work
    severity: warning
    avoid: [ស្រីពេស្យា]
    prefer: [អ្នកលក់សេវាផ្លូវភេទ]
    why: is only a test phrase
    source: [{ document: Test }]
    confidence: K
    examples: { flag: [នាងជាស្រីពេស្យា], pass: [នាងជាអ្នកលក់សេវាផ្លូវភេទ] }
`;

describe('unspaced scripts', () => {
	const thai = loadRulePack(THAI, 'th.yaml');
	const khmer = loadRulePack(KHMER, 'km.yaml');
	it('loads the test packs', () => {
		expect([...thai.issues, ...khmer.issues]).toEqual([]);
	});
	it('finds a Thai word inside a sentence with no spaces, at the right column', () => {
		const text = 'เธอเป็นโสเภณีที่กรุงเทพ';
		const issues = lintMdx(text, 'th.mdx', { rules: thai.pack });
		expect(issues.map((i) => [i.code, i.line, i.column])).toEqual([
			['sw/thai-test', 1, text.indexOf('โสเภณี') + 1],
		]);
		expect(issues[0]!.message).toContain("'พนักงานบริการ'");
	});
	it('finds a Khmer word between others and after a zero-width space', () => {
		const text = 'នាងជាស្រីពេស្យានៅភ្នំពេញ។ ហើយ\u200Bស្រីពេស្យា';
		const columns = lintText(text, 'km.txt', { rules: khmer.pack }).map((i) => i.column);
		expect(columns).toEqual([text.indexOf('ស្រីពេស្យា') + 1, text.lastIndexOf('ស្រីពេស្យា') + 1]);
	});
	it('does not match inside a longer word', () => {
		// "ស្រី" (woman) is the start of the avoided word but not the word.
		expect(lintText('ស្រី', 'km.txt', { rules: khmer.pack })).toEqual([]);
		expect(lintText('prostitutes', 'x', { rules: thai.pack })).toEqual([]);
	});
	it('compares NFC forms, so decomposed input still matches', () => {
		const pack = loadRulePack(
			THAI.replace('โสเภณี', 'café').replace('locale: th', 'locale: fr'),
			'fr.yaml'
		).pack;
		const decomposed = 'un cafe\u0301 ouvert';
		expect(lintText(decomposed, 'fr.txt', { rules: pack }).map((i) => i.column)).toEqual([4]);
	});
});
