import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Paragraph, Root, RootContent } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { markdownToHtml, markdownToText } from '../mdx/to-html';
import { unwrapJsx } from './children';

/** HTML and plain text of one piece of author Markdown. */
export interface Rendered {
	html: string;
	text: string;
}

// Made on first use, so importing this module costs nothing where nothing is parsed.
let parser: ReturnType<typeof createParser> | undefined;

function createParser() {
	return unified().use(remarkParse).use(remarkGfm);
}

/**
 * Renders a string prop (`prompt="Meena *asks*…"`, `feedback="…"`) as Markdown. It is parsed
 * as plain Markdown + GFM, not MDX, so a `<` or `{` in a prop is just text; raw HTML is
 * dropped by `markdownToHtml`. A single paragraph comes out inline (no `<p>`).
 */
export function renderMarkdownString(source: string): Rendered {
	parser ??= createParser();
	const tree = parser.runSync(parser.parse(source)) as Root;
	return renderNodes(tree.children);
}

/** Renders Markdown children of an element (already parsed with the module). */
export function renderNodes(nodes: readonly RootContent[]): Rendered {
	const plain = unwrapJsx(nodes);
	const only = plain.length === 1 ? plain[0]! : undefined;
	// NOTE: markdownToHtml joins a lone paragraph's inline nodes with "\n", so
	// `[LIVES](…).` shows as "LIVES ." in the browser. Render the paragraph whole and drop its
	// <p> instead; go back to markdownToHtml alone once the shared helper is fixed.
	const html = only?.type === 'paragraph' ? renderParagraphInline(only) : markdownToHtml(plain);
	return { html, text: markdownToText(plain) };
}

function renderParagraphInline(p: Paragraph): string {
	return toHtml(toHast(p))
		.replace(/^<p>|<\/p>$/g, '')
		.trim();
}

/** Joins rendered pieces (prop first, then children) into one block; inline pieces get a `<p>`. */
export function joinRendered(parts: readonly (Rendered | undefined)[]): Rendered {
	const present = parts.filter((p): p is Rendered => !!p && p.html !== '');
	if (present.length === 1) return present[0]!;
	return {
		html: present.map((p) => (BLOCK.test(p.html) ? p.html : `<p>${p.html}</p>`)).join('\n'),
		text: present.map((p) => p.text).join(' '),
	};
}

const BLOCK = /^<(p|ul|ol|h[1-6]|blockquote|table|pre|hr)\b/;
