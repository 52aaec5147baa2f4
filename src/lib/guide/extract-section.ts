/** Finds a named section of a module (`## Key messages`, `## Sources`) and lists its items. */
import type { Heading, List, Root, RootContent } from 'mdast';
import { markdownToHtml, markdownToText } from '../mdx/to-html';
import type { GuideSection } from './types';

/**
 * The items under the first heading whose text is one of `names` (any level, case and a
 * trailing colon ignored), up to the next heading of the same or a higher level. Items are
 * the section's list items; a section written as paragraphs gives one item per paragraph.
 *
 * @example extractSection(tree, ['Key messages']) // { found: true, itemsHtml: ['Listen first.', …] }
 */
export function extractSection(tree: Root, names: readonly string[]): GuideSection {
	const wanted = new Set(names.map(normalise));
	const nodes = tree.children;
	const start = nodes.findIndex((n) => n.type === 'heading' && wanted.has(normalise(markdownToText(n.children))));
	if (start < 0) return { found: false, itemsHtml: [] };
	const heading = nodes[start] as Heading;
	const body: RootContent[] = [];
	for (const node of nodes.slice(start + 1)) {
		if (node.type === 'heading' && node.depth <= heading.depth) break;
		body.push(node);
	}
	const lists = body.filter((n): n is List => n.type === 'list');
	const items = lists.length
		? lists.flatMap((list) => list.children.map((item) => markdownToHtml(item.children)))
		: body.filter((n) => n.type === 'paragraph').map((p) => markdownToHtml([p]));
	return { found: true, heading: markdownToText(heading.children), itemsHtml: items.filter((h) => h !== '') };
}

function normalise(text: string): string {
	return text.trim().replace(/[:：]\s*$/, '').replace(/\s+/g, ' ').toLocaleLowerCase();
}
