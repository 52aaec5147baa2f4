import GithubSlugger from 'github-slugger';
import type { RootContent } from 'mdast';
import { isJsxElement } from '../mdx/jsx-attributes';
import { parseMdx } from '../mdx/parse-mdx';
import { markdownToText } from '../mdx/to-html';

/** One searchable section of a module: the text under one heading. */
export interface SearchSection {
	/** `module-slug#heading-id`, or `module-slug` for the text before the first heading. */
	id: string;
	module: string;
	moduleTitle: string;
	/** The nearest heading above the text (the module title for the opening text). */
	heading: string;
	/** The heading's element id on the page, as Astro writes it; empty for the opening text. */
	anchor: string;
	text: string;
}

/** Parts of blocks that would give answers away or add noise to results. */
const SKIPPED_COMPONENTS = new Set(['Feedback', 'Explanation', 'Speaker']);

/**
 * Splits a module into sections at its `##` and `###` headings, with the same heading ids
 * Astro writes (github-slugger), so a result can link straight to the heading. Quiz
 * questions and role-play dialogue count as text; feedback and explanations do not.
 */
export function moduleSections(mdx: string, module: string, moduleTitle: string): SearchSection[] {
	const tree = parseMdx(mdx);
	const slugger = new GithubSlugger();
	const sections: SearchSection[] = [{ id: module, module, moduleTitle, heading: moduleTitle, anchor: '', text: '' }];
	const add = (text: string) => {
		const current = sections[sections.length - 1]!;
		if (text) current.text = current.text ? `${current.text} ${text}` : text;
	};
	for (const node of tree.children) {
		if (node.type === 'yaml' || node.type === 'mdxjsEsm') continue;
		if (node.type === 'heading') {
			const heading = markdownToText(node.children);
			const anchor = slugger.slug(heading);
			if (node.depth === 2 || node.depth === 3) {
				sections.push({ id: `${module}#${anchor}`, module, moduleTitle, heading, anchor, text: '' });
				continue;
			}
		}
		add(textOf(node).trim());
	}
	return sections.filter((s) => s.text || s.anchor);
}

function textOf(node: RootContent): string {
	if (isJsxElement(node)) {
		if (node.name && SKIPPED_COMPONENTS.has(node.name)) return '';
		const parts = node.children.map((c) => textOf(c as RootContent));
		const title = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && (a.name === 'title' || a.name === 'prompt'));
		if (title && typeof title.value === 'string') parts.unshift(title.value);
		return parts.filter(Boolean).join(' ');
	}
	if ('children' in node && Array.isArray(node.children)) {
		// Inline pieces join as written; blocks (list items, quotes) are separated by a space.
		const inline = node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell' || node.type === 'emphasis' || node.type === 'strong' || node.type === 'link' || node.type === 'delete';
		return (node.children as RootContent[]).map(textOf).filter(Boolean).join(inline ? '' : ' ').replace(/\s+/g, ' ');
	}
	if (node.type === 'code' || node.type === 'inlineCode' || node.type.startsWith('mdx')) return '';
	return 'value' in node && typeof node.value === 'string' ? node.value.replace(/\s+/g, ' ') : '';
}
