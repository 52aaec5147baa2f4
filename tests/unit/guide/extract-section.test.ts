import { describe, expect, it } from 'vitest';
import { extractSection } from '~/lib/guide';
import { parseMdx } from '~/lib/mdx/parse-mdx';

const section = (mdx: string, names = ['Key messages']) => extractSection(parseMdx(mdx), names);

describe('extractSection', () => {
	it('takes the list items up to the next heading of the same level, subheadings included', () => {
		const mdx = '## Key messages:\n\n- One\n\n### More\n\n- Two\n\n## Next\n\n- Not this\n';
		expect(section(mdx)).toEqual({ found: true, heading: 'Key messages:', itemsHtml: ['One', 'Two'] });
	});

	it('matches the heading whatever its case and level', () => {
		expect(section('# KEY MESSAGES\n\n* Listen\n').itemsHtml).toEqual(['Listen']);
	});

	it('skips MDX comments and falls back to paragraphs when the section has no list', () => {
		expect(section('## Sources\n\n{/* note */}\n\nWHO, 2013.\n\nNSWP, 2017.\n', ['Sources']).itemsHtml).toEqual(['WHO, 2013.', 'NSWP, 2017.']);
	});

	it('reports a missing section instead of inventing one', () => {
		expect(section('## Key points\n\n- Listen\n')).toEqual({ found: false, itemsHtml: [] });
	});
});
