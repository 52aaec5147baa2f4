import { describe, expect, it } from 'vitest';
import { lintMdx, lintText } from '~/lib/lint';
import { placeOf, readEnglishPack } from './helpers';

const { pack } = readEnglishPack();
const places = (source: string, code: string) =>
	lintMdx(source, 'm.mdx', { rules: pack })
		.filter((i) => i.code === code)
		.map((i) => ({ line: i.line, column: i.column }));

const source = [
	'---', // 1
	'title: "A day in the life of a prostitute"', // 2
	'objectives:', // 3
	'  - Explain why HIV/AIDS is imprecise', // 4
	'summary: >-', // 5
	'  Long text that folds', // 6
	'  and names an AIDS carrier.', // 7
	'---', // 8
	'', // 9
	'## Caring for a prostitute', // 10
	'', // 11
	'Body text with *an emphasised* prostitute and [a link about prostitutes](/x).', // 12
	'', // 13
	'![A hooker waits at the bus stop](bus.png)', // 14
	'', // 15
	'| Term | Note |', // 16
	'| --- | --- |', // 17
	'| safe sex | Say safer. |', // 18
	'', // 19
	'<Quiz title="Quiz about the AIDS test">', // 20
	'  <Choice label="Offer &amp; test for STDs" correct>x</Choice>', // 21
	'</Quiz>', // 22
	'', // 23
	'A line that ends with commercial', // 24
	'sex worker and goes on.', // 25
	'', // 26
	'> Quoted block with a', // 27
	'> junkie in the middle.', // 28
	'', // 29
	'- item one', // 30
	'  continues with full-blown AIDS', // 31
].join('\n');

describe('finding places', () => {
	it('points into frontmatter strings, plain, quoted and folded', () => {
		expect(places(source, 'sw/prostitute')[0]).toEqual(placeOf(source, 2, 'prostitute'));
		expect(places(source, 'hiv/hiv-aids')).toEqual([placeOf(source, 4, 'HIV/AIDS')]);
		expect(places(source, 'hiv/aids-carrier')).toEqual([placeOf(source, 7, 'AIDS carrier')]);
	});
	it('points into headings, emphasis and link text', () => {
		expect(places(source, 'sw/prostitute')).toEqual([
			placeOf(source, 2, 'prostitute'),
			placeOf(source, 10, 'prostitute'),
			placeOf(source, 12, 'prostitute'),
			placeOf(source, 12, 'prostitutes'),
		]);
	});
	it('points into image alt text and table cells', () => {
		expect(places(source, 'sw/slurs')).toEqual([placeOf(source, 14, 'hooker')]);
		expect(places(source, 'hiv/safe-sex')).toEqual([placeOf(source, 18, 'safe sex')]);
	});
	it('points into string props, past character references', () => {
		expect(places(source, 'hiv/aids-test')).toEqual([placeOf(source, 20, 'AIDS test')]);
		expect(places(source, 'hiv/std')).toEqual([placeOf(source, 21, 'STDs')]);
	});
	it('points at the start of a phrase that spans two lines, and past blockquote and list markers', () => {
		expect(places(source, 'sw/commercial-sex-worker')).toEqual([placeOf(source, 24, 'commercial')]);
		expect(places(source, 'drugs/addict')).toEqual([placeOf(source, 28, 'junkie')]);
		expect(places(source, 'hiv/full-blown-aids')).toEqual([placeOf(source, 31, 'full-blown')]);
	});
	it('places lintText hits relative to where the string starts', () => {
		const [issue] = lintText('An AIDS carrier', 'course.yaml', {
			rules: pack,
			at: { line: 3, column: 8 },
		});
		expect([issue?.line, issue?.column]).toEqual([3, 11]);
		const [second] = lintText('First line\nthen an AIDS carrier', 'course.yaml', {
			rules: pack,
			at: { line: 3, column: 8 },
		});
		expect([second?.line, second?.column]).toEqual([4, 9]);
	});
});
