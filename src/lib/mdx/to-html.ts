import type { RootContent, PhrasingContent } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';

/**
 * Renders author Markdown (bold, links, lists…) that sits inside one of our components
 * to an HTML string, so it can travel to a React island as serialisable data.
 * MDX JSX and expressions inside are dropped: islands receive data, not components.
 *
 * @example markdownToHtml(choiceNode.children) // '<strong>Listen</strong> first'
 */
export function markdownToHtml(nodes: readonly (RootContent | PhrasingContent)[]): string {
	const kept = nodes.filter((n) => !isMdxNode(n.type));
	// Bare inline content goes in a paragraph first, or toHast separates it with line breaks.
	const inline = kept.length > 0 && kept.every((n) => PHRASING.has(n.type));
	const children = inline ? [{ type: 'paragraph', children: kept } as RootContent] : kept;
	const hast = toHast({ type: 'root', children: children as RootContent[] });
	const html = toHtml(hast).trim();
	// A single paragraph renders inline: choice text should not be wrapped in <p>.
	// (Unwrap after converting: toHast puts line breaks between root children.)
	const single = /^<p>([\s\S]*)<\/p>$/.exec(html);
	return single && !single[1]!.includes('<p>') ? single[1]! : html;
}

/** The plain text of author Markdown, for search, ids and screen-reader labels. */
export function markdownToText(nodes: readonly (RootContent | PhrasingContent)[]): string {
	const parts: string[] = [];
	const walk = (n: { type: string; value?: unknown; children?: unknown[] }) => {
		if (isMdxNode(n.type) && n.type !== 'mdxJsxTextElement' && n.type !== 'mdxJsxFlowElement') return;
		if (typeof n.value === 'string' && n.type !== 'yaml') parts.push(n.value);
		if (Array.isArray(n.children)) for (const c of n.children) walk(c as typeof n);
		if (n.type === 'paragraph' || n.type === 'heading' || n.type === 'listItem') parts.push(' ');
	};
	for (const n of nodes) walk(n as never);
	return parts.join('').replace(/\s+/g, ' ').trim();
}

const PHRASING = new Set(['text', 'emphasis', 'strong', 'delete', 'inlineCode', 'break', 'link', 'linkReference', 'image', 'imageReference', 'footnoteReference', 'html']);

function isMdxNode(type: string): boolean {
	return type.startsWith('mdx');
}
