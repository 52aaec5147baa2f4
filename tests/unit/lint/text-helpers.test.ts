import { describe, expect, it } from 'vitest';
import { alignOffsets } from '~/lib/lint/align-offsets';
import { expandPhrase } from '~/lib/lint/expand-phrase';
import { readIgnore } from '~/lib/lint/ignore-comment';
import { findQuoteSpans } from '~/lib/lint/quote-spans';

describe('expandPhrase', () => {
	it('expands optional endings and alternatives', () => {
		expect(expandPhrase('prostitute(s)')).toEqual(['prostitute', 'prostitutes']);
		expect(expandPhrase('born (a )(man|boy)')).toEqual([
			'born man',
			'born boy',
			'born a man',
			'born a boy',
		]);
		expect(expandPhrase('rescue(|s|d)')).toEqual(['rescue', 'rescues', 'rescued']);
	});
});

describe('findQuoteSpans', () => {
	const quoted = (text: string) => findQuoteSpans(text).map(([s, e]) => text.slice(s, e));
	it('finds straight, curly and guillemet quotes', () => {
		expect(quoted('say "a b" and “c d” and «e»')).toEqual(['a b', 'c d', 'e']);
	});
	it('tells single quotes from apostrophes', () => {
		expect(quoted("don't say 'x y', it's the workers' choice")).toEqual(['x y']);
		expect(quoted('she’s ‘quoted’ here')).toEqual(['quoted']);
	});
});

describe('alignOffsets', () => {
	it('skips blockquote markers, escapes and entities', () => {
		expect(alignOffsets('> a\n> b', 2, 'a\nb')).toEqual([2, 3, 6]);
		expect(alignOffsets('x \\*y', 2, '*y')).toEqual([3, 4]);
		expect(alignOffsets('a &amp; b', 0, 'a & b')).toEqual([0, 1, 2, 7, 8]);
	});
	it('matches a folded YAML line break to the whitespace it replaced', () => {
		expect(alignOffsets('  one\n  two', 2, 'one two')).toEqual([2, 3, 4, 5, 8, 9, 10]);
	});
});

describe('readIgnore', () => {
	it('reads rule ids and the reason', () => {
		expect(
			readIgnore('/* peercourse-lint ignore sw/prostitute, hiv/hiv-aids -- quoting the 1956 Act */')
		).toEqual({
			ids: ['sw/prostitute', 'hiv/hiv-aids'],
			reason: 'quoting the 1956 Act',
		});
		expect(readIgnore('# peercourse-lint ignore sw/x')).toEqual({ ids: ['sw/x'], reason: '' });
		expect(readIgnore('/* an ordinary comment */')).toBeUndefined();
	});
});
