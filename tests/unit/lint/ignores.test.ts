import { describe, expect, it } from 'vitest';
import { lintMdx } from '~/lib/lint';
import { readEnglishPack } from './helpers';

const { pack } = readEnglishPack();
const lint = (text: string) =>
	lintMdx(text, 'm.mdx', { rules: pack }).map((i) => [i.code, i.line, i.severity]);

describe('inline ignores', () => {
	it('silences the named rule in the next block when a reason is given', () => {
		const text = [
			'{/* peercourse-lint ignore sw/prostitution -- quoting the 1956 Act */}',
			'The 1956 law was about suppressing prostitution',
			'and brothels.',
			'',
			'Prostitution is still a word to avoid here.',
		].join('\n');
		expect(lint(text)).toEqual([['sw/prostitution', 5, 'warning']]);
	});

	it('silences only the rules it names', () => {
		const text =
			'{/* peercourse-lint ignore sw/prostitute -- quoting a 1990 report */}\nA prostitute with an AIDS test.';
		expect(lint(text)).toEqual([['hiv/aids-test', 2, 'warning']]);
	});

	it('works inline for the same and the next line', () => {
		const text =
			'A quote from 1998 {/* peercourse-lint ignore hiv/hiv-aids -- title of the 1998 report */}\nHIV/AIDS in the region.\n\nHIV/AIDS again.';
		expect(lint(text)).toEqual([['hiv/hiv-aids', 4, 'warning']]);
	});

	it('reports an ignore without a reason and does not apply it', () => {
		const text = '{/* peercourse-lint ignore sw/prostitute */}\nA prostitute came in.';
		expect(lint(text)).toEqual([
			['LINT_IGNORE_NO_REASON', 1, 'warning'],
			['sw/prostitute', 2, 'warning'],
		]);
	});

	it('reports an unused ignore', () => {
		const text = '{/* peercourse-lint ignore sw/prostitute -- old quote */}\nA sex worker came in.';
		const issues = lintMdx(text, 'm.mdx', { rules: pack });
		expect(issues.map((i) => [i.code, i.line, i.column, i.severity])).toEqual([
			['LINT_IGNORE_UNUSED', 1, 1, 'warning'],
		]);
		expect(issues[0]!.message).toContain('sw/prostitute');
	});

	it('reports an unknown rule id with the closest known one', () => {
		const text = '{/* peercourse-lint ignore sw/prostitue -- old quote */}\nA prostitute came in.';
		const issues = lintMdx(text, 'm.mdx', { rules: pack });
		expect(issues.map((i) => i.code)).toEqual(['LINT_IGNORE_UNKNOWN_RULE', 'sw/prostitute']);
		expect(issues[0]!.hint).toContain('Did you mean "sw/prostitute"?');
	});

	it('reads ignores written as YAML comments in frontmatter', () => {
		const text =
			'---\n# peercourse-lint ignore hiv/hiv-aids -- name of the 2005 programme\ntitle: The HIV/AIDS programme\nsummary: HIV/AIDS facts\n---\n';
		expect(lint(text)).toEqual([['hiv/hiv-aids', 4, 'warning']]);
	});

	it('leaves ordinary comments alone', () => {
		expect(lint('{/* a note for editors */}\nA sex worker came in.')).toEqual([]);
	});
});
