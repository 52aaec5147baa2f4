/**
 * MDX puts consecutive one-line components (`<Line>…</Line>` on adjacent lines) inside one
 * paragraph as inline elements. This lists the children of a component as a flat sequence of
 * elements and Markdown runs, in source order, however the author spaced them.
 */
import type { Paragraph, PhrasingContent, RootContent } from 'mdast';
import { isJsxElement, type JsxElement } from '../mdx/jsx-attributes';

/** One item in a component's body: a JSX element, or a run of plain Markdown between elements. */
export type BodyItem =
	{ kind: 'element'; node: JsxElement } | { kind: 'markdown'; nodes: RootContent[] };

/** Flattens a component's children into elements and Markdown runs (blank text dropped). */
export function flattenChildren(children: readonly (RootContent | PhrasingContent)[]): BodyItem[] {
	const items: BodyItem[] = [];
	const pushMarkdown = (node: RootContent) => {
		const last = items.at(-1);
		if (last?.kind === 'markdown') last.nodes.push(node);
		else items.push({ kind: 'markdown', nodes: [node] });
	};
	for (const child of children) {
		if (isJsxElement(child)) items.push({ kind: 'element', node: child });
		else if (child.type === 'paragraph' && child.children.some(isJsxElement)) {
			flattenParagraph(child, items, pushMarkdown);
		} else if (!isBlank(child)) pushMarkdown(child as RootContent);
	}
	return items;
}

function flattenParagraph(
	paragraph: Paragraph,
	items: BodyItem[],
	pushMarkdown: (node: RootContent) => void
): void {
	let run: PhrasingContent[] = [];
	const flush = () => {
		if (run.some((n) => !isBlank(n))) {
			const first = run[0]!.position?.start;
			const last = run.at(-1)!.position?.end;
			const position = first && last ? { start: first, end: last } : undefined;
			pushMarkdown({ type: 'paragraph', children: trimRun(run), position });
		}
		run = [];
	};
	for (const child of paragraph.children) {
		if (isJsxElement(child)) {
			flush();
			items.push({ kind: 'element', node: child });
		} else run.push(child);
	}
	flush();
}

/** Drops the line breaks that separated the run from neighbouring elements. */
function trimRun(run: PhrasingContent[]): PhrasingContent[] {
	return run.map((n, i) => {
		if (n.type !== 'text') return n;
		let value = n.value;
		if (i === 0) value = value.replace(/^\s+/, '');
		if (i === run.length - 1) value = value.replace(/\s+$/, '');
		return { ...n, value };
	});
}

function isBlank(node: RootContent | PhrasingContent): boolean {
	return node.type === 'text' && node.value.trim() === '';
}
