import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseModule } from '~/lib/course/analyse-module';
import { AUTHOR_BLOCKS } from '~/lib/course/blocks';
import { lintMdx } from '~/lib/lint';
import { parseMdx } from '~/lib/mdx/parse-mdx';

// The trainers' guide shows every example twice from one source (```mdx live). Each example
// must be a valid module body with no errors, so copying it into a course just works.
const dir = 'src/authoring';
const pages = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
const header = '---\ntitle: Example\nsummary: An example.\nobjectives:\n  - Copy it\nestimatedMinutes: 5\n---\n\n';

describe('authoring guide examples', () => {
	it('has pages with live examples of every block', () => {
		const all = pages.map((p) => readFileSync(`${dir}/${p}`, 'utf8')).join('\n');
		expect(pages.length).toBeGreaterThanOrEqual(6);
		for (const name of ['<Quiz', '<Scenario', '<Callout', '<SingleChoice', '<MultipleChoice', '<TrueFalse', '<Ordering', '<Matching', '<Reflection', '<SelfRating']) {
			expect(all, name).toContain(name);
		}
	});
	for (const page of pages) {
		it(`${page}: every live example checks clean`, () => {
			const tree = parseMdx(readFileSync(`${dir}/${page}`, 'utf8'));
			const examples = tree.children.filter((n) => n.type === 'code' && n.lang === 'mdx' && /\blive\b/.test(n.meta ?? ''));
			for (const example of examples) {
				const text = header + (example as { value: string }).value;
				const analysis = analyseModule({ file: `${dir}/${page}`, text, assetExists: () => true, blocks: AUTHOR_BLOCKS });
				expect(analysis.issues.filter((i) => i.severity === 'error')).toEqual([]);
				expect(lintMdx(text, page).filter((i) => i.severity !== 'info')).toEqual([]);
			}
		});
	}
});
