import type { Nodes, Parent, Root, RootContent } from 'mdast';
import { isJsxElement, type JsxElement } from '../mdx/jsx-attributes';
import { collectFrontmatter } from './collect-frontmatter';
import type { IgnoreComment } from './ignore-comment';
import { readIgnore } from './ignore-comment';
import { LINTED_PROPS, childFlags, propFlags } from './jsx-context';
import { BARRIER, appendChar, appendText, createRun, runOf, type TextRun } from './text-run';

/** Everything the linter reads from one MDX file. */
export interface Collected {
	runs: TextRun[];
	ignores: IgnoreComment[];
}

/** Block nodes whose inline content forms one run of text. */
const RUN_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
/** Nodes that hold no author prose. */
const SKIPPED = new Set([
	'code',
	'inlineCode',
	'mdxjsEsm',
	'html',
	'definition',
	'math',
	'inlineMath',
]);
/** Inline containers whose text continues the surrounding sentence. */
const INLINE_CONTAINERS = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference']);

/**
 * Walks an MDX tree and gathers every stretch of prose an author wrote (body, headings,
 * table cells, alt text, link text, linted component props, frontmatter strings) plus the
 * ignore comments. Code, imports/exports and `{expressions}` are left out.
 */
export function collectRuns(tree: Root, source: string): Collected {
	const out: Collected = { runs: [], ignores: [] };
	walkBlocks(tree.children, 0, source, out);
	return out;
}

function walkBlocks(
	nodes: readonly RootContent[],
	flags: number,
	source: string,
	out: Collected
): void {
	nodes.forEach((node, i) => {
		if (node.type === 'yaml') collectFrontmatter(node, source, out);
		else if (node.type === 'mdxFlowExpression') addIgnore(node, nodes[i + 1], out);
		else if (SKIPPED.has(node.type)) return;
		else if (RUN_BLOCKS.has(node.type)) {
			const run = createRun();
			appendInline((node as Parent).children, run, flags, source, out);
			out.runs.push(run);
		} else if (isJsxElement(node)) {
			addPropRuns(node, flags, source, out);
			walkBlocks(node.children as RootContent[], childFlags(node, flags), source, out);
		} else if ('children' in node) walkBlocks(node.children as RootContent[], flags, source, out);
	});
}

function appendInline(
	nodes: readonly Nodes[],
	run: TextRun,
	flags: number,
	source: string,
	out: Collected
): void {
	for (const node of nodes) {
		const at = node.position?.start.offset ?? -1;
		if (node.type === 'text') appendText(run, source, at, node.value, flags);
		else if (node.type === 'break') appendChar(run, '\n', at, flags);
		else if (INLINE_CONTAINERS.has(node.type))
			appendInline((node as Parent).children, run, flags, source, out);
		else if (isJsxElement(node)) {
			addPropRuns(node, flags, source, out);
			appendInline(node.children, run, childFlags(node, flags), source, out);
		} else {
			if (node.type === 'image' && node.alt) out.runs.push(runOf(source, at + 2, node.alt, flags));
			if (node.type === 'mdxTextExpression') addIgnore(node, undefined, out);
			appendChar(run, BARRIER, at, flags);
		}
	}
}

function addPropRuns(node: JsxElement, flags: number, source: string, out: Collected): void {
	for (const attr of node.attributes) {
		if (attr.type !== 'mdxJsxAttribute' || typeof attr.value !== 'string') continue;
		if (!LINTED_PROPS.has(attr.name) || !attr.position) continue;
		const start = attr.position.start.offset ?? 0;
		const opening = /^[^=]*=\s*["']/.exec(source.slice(start, start + attr.name.length + 40));
		if (!opening) continue;
		out.runs.push(
			runOf(source, start + opening[0].length, attr.value, propFlags(node, attr.name, flags))
		);
	}
}

/** Registers `{/* peercourse-lint ignore … *\/}`: a block comment covers the next block, an inline one its line and the next. */
function addIgnore(
	node: Nodes & { value: string },
	next: RootContent | undefined,
	out: Collected
): void {
	const parsed = readIgnore(node.value);
	const place = node.position;
	if (!parsed || !place) return;
	const line = place.start.line;
	const fromLine = next?.position ? next.position.start.line : place.end.line;
	const toLine = next?.position ? next.position.end.line : place.end.line + 1;
	out.ignores.push({ ...parsed, line, column: place.start.column, fromLine, toLine });
}
