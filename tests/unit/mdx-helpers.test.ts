import { describe, expect, it } from 'vitest';
import { parseMdx } from '~/lib/mdx/parse-mdx';
import { markdownToHtml, markdownToText } from '~/lib/mdx/to-html';
import { parseLiteral, readProps, isJsxElement } from '~/lib/mdx/jsx-attributes';
import { didYouMean } from '~/lib/text/did-you-mean';

describe('mdx helpers', () => {
	const tree = parseMdx('---\ntitle: x\n---\n\n<Choice correct id="a" scores={{ respect: 2, safety: -1 }}>\n  **Listen** first\n</Choice>\n');
	const el = tree.children.find((n) => isJsxElement(n))!;
	it('reads props with places', () => {
		expect(isJsxElement(el)).toBe(true);
		const props = readProps(el as never);
		expect(props.map((p) => [p.name, p.value])).toEqual([
			['correct', true],
			['id', 'a'],
			['scores', '{ respect: 2, safety: -1 }'],
		]);
		expect(props[0]!.line).toBe(5);
		expect(parseLiteral(props[2]!.value as string)).toEqual({ respect: 2, safety: -1 });
	});
	it('renders inline markdown to html and text', () => {
		const children = (el as { children: never[] }).children;
		expect(markdownToHtml(children).replace(/\s+/g, ' ')).toBe('<strong>Listen</strong> first');
		expect(markdownToText(children)).toBe('Listen first');
	});
	it('keeps inline markdown on one line, without a wrapping paragraph', () => {
		const inline = (parseMdx('<Line>Offer **PEP**, now</Line>').children[0] as { children: { children: never[] }[] }).children[0]!;
		expect(markdownToHtml(inline.children)).toBe('Offer <strong>PEP</strong>, now');
		const para = parseMdx('Offer **PEP**, now').children;
		expect(markdownToHtml(para as never)).toBe('Offer <strong>PEP</strong>, now');
		const list = parseMdx('- one\n- two').children;
		expect(markdownToHtml(list as never)).toContain('<ul>');
	});
	it('parses literals', () => {
		expect(parseLiteral('3')).toBe(3);
		expect(parseLiteral("['a', 'b',]")).toEqual(['a', 'b']);
		expect(parseLiteral('someVar')).toBeUndefined();
	});
	it('suggests close names only', () => {
		expect(didYouMean('Qiuz', ['Quiz', 'Scenario'])).toBe('Quiz');
		expect(didYouMean('Banana', ['Quiz', 'Scenario'])).toBeUndefined();
	});
});
