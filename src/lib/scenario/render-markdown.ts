/** Renders author Markdown held in components or in string props to HTML and plain text. */
import type { Element } from 'hast';
import type { PhrasingContent, RootContent } from 'mdast';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import { parseMdx } from '../mdx/parse-mdx';
import { markdownToHtml as sharedMarkdownToHtml, markdownToText } from '../mdx/to-html';
import { flattenChildren } from './flatten-children';

type Nodes = readonly (RootContent | PhrasingContent)[];

/**
 * Like the shared `markdownToHtml`, but a single paragraph renders without the line breaks
 * that `toHast` puts between root children: the shared helper turns "Offer **PEP**, now" into
 * "Offer \n<strong>PEP</strong>\n, now", which browsers show with a space before the comma.
 * TODO: remove once `src/lib/mdx/to-html.ts` unwraps after converting (reported to the lead).
 */
export function markdownToHtml(nodes: readonly (RootContent | PhrasingContent)[]): string {
	const children = nodes.filter((n) => !n.type.startsWith('mdx'));
	// Text inside a one-line component (`<Line>Hi *there*</Line>`) is phrasing, not blocks.
	const inline = children.every((n) => !BLOCK_TYPES.has(n.type));
	const single = children.length === 1 && children[0]!.type === 'paragraph';
	if (!inline && !single) return sharedMarkdownToHtml(nodes);
	const paragraph = single ? children[0]! : { type: 'paragraph', children };
	const hast = toHast({ type: 'root', children: [paragraph] as RootContent[] });
	const p = (hast as { children: Element[] }).children.find((c) => c.type === 'element');
	return p ? toHtml(p.children).trim() : '';
}

const BLOCK_TYPES = new Set([
	'paragraph',
	'heading',
	'list',
	'blockquote',
	'code',
	'table',
	'thematicBreak',
	'html',
	'definition',
	'footnoteDefinition',
]);

/** The Markdown of a component body without its nested components, as HTML and plain text. */
export function renderBody(children: Nodes): { html: string; text: string } {
	const nodes = flattenChildren(children).flatMap((item) =>
		item.kind === 'markdown' ? item.nodes : []
	);
	return { html: markdownToHtml(nodes), text: markdownToText(nodes) };
}

/**
 * Renders Markdown written in a string prop (`feedback="Good: **listen** first."`). Text that is
 * not valid MDX (a stray `<` or `{`) is shown as written rather than failing the build.
 */
export function renderStringMarkdown(source: string): string {
	try {
		return markdownToHtml(parseMdx(source).children);
	} catch {
		return escapeHtml(source);
	}
}

/** Escapes text for HTML and XML element content and attribute values. */
export function escapeHtml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}
