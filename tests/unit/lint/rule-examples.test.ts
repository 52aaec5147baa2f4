import { describe, expect, it } from 'vitest';
import { lintMdx, lintText } from '~/lib/lint';
import { readEnglishPack } from './helpers';

const { pack, issues } = readEnglishPack();
const codesIn = (text: string) => lintMdx(text, 'example.mdx', { rules: pack }).map((i) => i.code);

describe('English rule pack', () => {
	it('loads without problems', () => {
		expect(issues).toEqual([]);
		expect(pack.rules.length).toBeGreaterThanOrEqual(56);
	});

	describe.each(pack.rules.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
		it.each(rule.examples.flag)('flags: %s', (text) => {
			expect(codesIn(text)).toContain(rule.id);
		});
		it.each(rule.examples.pass.length > 0 ? rule.examples.pass : ['(no pass examples)'])(
			'passes: %s',
			(text) => {
				expect(codesIn(text)).not.toContain(rule.id);
			}
		);
	});

	// The alex#78 pattern: a suggestion that is itself flagged leaves authors stuck.
	it('has no dead ends: no preferred wording is flagged by any rule', () => {
		const deadEnds = pack.rules.flatMap((rule) =>
			[...rule.prefer, ...(rule.plural ?? [])].flatMap((wording) =>
				lintText(wording, 'prefer', { rules: pack }).map(
					(i) => `${rule.id}: "${wording}" → ${i.code}`
				)
			)
		);
		expect(deadEnds).toEqual([]);
	});

	it('follows the severities of docs/terminology.md', () => {
		const severity = (id: string) => pack.rules.find((r) => r.id === id)?.severity;
		expect(severity('sw/prostitute')).toBe('warning');
		expect(severity('sw/slurs')).toBe('error');
		expect(severity('children/child-prostitute')).toBe('error');
		expect(severity('hiv/aids-carrier')).toBe('error');
		expect(severity('gender/trans-slurs')).toBe('error');
		expect(severity('violence/victim')).toBe('info');
		for (const contested of [
			'sw/csw',
			'sw/pimp',
			'sw/punter',
			'hiv/unprotected-sex',
			'drugs/drug-abuse',
		])
			expect(severity(contested)).toBe('info');
	});

	it('does not flag self-identification or clinical disclosure language', () => {
		expect(
			codesIn('Gay men and lesbians are welcome. Women who disclose violence need support.')
		).toEqual([]);
		expect(codesIn('Disclosure of HIV status is her choice.')).toEqual([]);
	});

	it('sorts every rule into a category whose prefix it carries', () => {
		for (const rule of pack.rules)
			expect(rule.id.split('/')[0]).toMatch(/^(sw|hiv|drugs|gender|violence|children)$/);
	});
});
