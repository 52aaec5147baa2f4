import { describe, expect, it } from 'vitest';
import { hasErrors } from '~/lib/issues';
import { lintMdx } from '~/lib/lint';
import { readEnglishPack } from './helpers';

const { pack } = readEnglishPack();

describe('course options', () => {
	const text = 'The prostitute said her pimp took her money.';
	it('allow turns rules off, by id or by prefix', () => {
		expect(lintMdx(text, 'm.mdx', { rules: pack, allow: ['sw/pimp'] }).map((i) => i.code)).toEqual([
			'sw/prostitute',
		]);
		expect(lintMdx(text, 'm.mdx', { rules: pack, allow: ['sw/*'] })).toEqual([]);
	});
	it('deny makes a rule an error, which fails the build', () => {
		expect(hasErrors(lintMdx(text, 'm.mdx', { rules: pack }))).toBe(false);
		const issues = lintMdx(text, 'm.mdx', { rules: pack, deny: ['sw/pimp'] });
		expect(issues.map((i) => [i.code, i.severity])).toEqual([
			['sw/prostitute', 'warning'],
			['sw/pimp', 'error'],
		]);
		expect(hasErrors(issues)).toBe(true);
	});
	it('uses the built-in English pack when none is given', () => {
		expect(lintMdx('An AIDS carrier.', 'm.mdx').map((i) => i.code)).toEqual(['hiv/aids-carrier']);
		expect(lintMdx('An AIDS carrier.', 'm.mdx', { locale: 'km' })).toEqual([]);
	});
});

describe('what is not prose', () => {
	it('skips code, inline code, imports, exports and expressions', () => {
		const text = [
			"import Note from './prostitute.astro';",
			'export const label = "prostitute";',
			'',
			'Inline `prostitute` code and {"prostitute"} expression.',
			'',
			'```txt',
			'prostitute',
			'```',
			'',
			'<Note title={"prostitute"} id="prostitute" href="/prostitute" />',
		].join('\n');
		expect(lintMdx(text, 'm.mdx', { rules: pack })).toEqual([]);
	});
	it('does not join words across code or expressions', () => {
		expect(lintMdx('commercial `x` sex worker', 'm.mdx', { rules: pack })).toEqual([]);
	});
	it('checks only the listed string props', () => {
		const codes = lintMdx(
			'<Slider minLabel="AIDS test" maxLabel="HIV test" className="AIDS test" />',
			'm.mdx',
			{
				rules: pack,
			}
		).map((i) => i.code);
		expect(codes).toEqual(['hiv/aids-test']);
	});
	it('returns nothing for MDX that does not parse (the compiler reports that)', () => {
		expect(lintMdx('<Quiz title="prostitute"', 'm.mdx', { rules: pack })).toEqual([]);
	});
});

describe('messages', () => {
	const first = (text: string) => lintMdx(text, 'courses/x/01.mdx', { rules: pack })[0]!;
	it('teaches: suggestion, reason and source, with the file and rule id', () => {
		const issue = first('A prostitute came in.');
		expect(issue.message).toBe(
			"Consider 'sex worker': 'prostitute' carries moral judgement and does not describe sex work as work (UNAIDS Terminology Guidelines 2015; UNFPA One Voice 2013)."
		);
		expect(issue).toMatchObject({
			code: 'sw/prostitute',
			file: 'courses/x/01.mdx',
			severity: 'warning',
		});
		expect(issue.hint).toContain('peercourse-lint ignore sw/prostitute -- ');
	});
	it('keeps the author’s case and number', () => {
		expect(first('Prostitutes came in.').message).toMatch(/^Consider 'Sex workers': 'Prostitutes'/);
		expect(first('# PROSTITUTES').message).toMatch(/^Consider 'SEX WORKERS'/);
		expect(first("The prostitute's file.").message).toMatch(/^Consider 'sex worker': 'prostitute'/);
		expect(first('Two AIDS carriers.').message).toMatch(/^Consider 'people living with HIV'/);
		expect(first('Prostituted women.').message).toMatch(/^Consider 'Sex workers'/);
	});
	it('lists the other preferred wordings in the hint', () => {
		expect(first('Prostitution is work.').hint).toMatch(
			/^Other wording that works: 'Commercial sex', 'The sale of sexual services'\./
		);
	});
});
