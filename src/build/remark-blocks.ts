import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { AUTHOR_BLOCKS } from '../lib/course/blocks';
import { formatIssue } from '../lib/issues';
import { isJsxElement } from '../lib/mdx/jsx-attributes';
import { parseMdx } from '../lib/mdx/parse-mdx';
import type { Scenario } from '../lib/scenario/types';
import { buildPortraitImports } from '../components/islands/scenario/portrait-imports';
import { relative, sep } from 'node:path';

/**
 * Remark plugin: replaces each author block (`<Quiz>`, `<Scenario>`) by its Astro wrapper
 * with the extracted model as JSON data, so the React island receives plain data
 * (Astro hands islands their children as HTML, not as elements). A block with errors stops
 * the page with the file, line and what to do (the dev overlay shows it).
 */
export function remarkBlocks() {
	return (tree: Root, file: VFile) => {
		const path = relative(process.cwd(), file.path).split(sep).join('/');
		const imports: RootContent[] = [];
		if (path.startsWith('src/authoring/')) expandLiveExamples(tree);
		replaceBlocks(tree.children, path, file, imports);
		// Role-play portraits are imported like Markdown images, so Vite resolves and builds them.
		tree.children.unshift(...imports);
	};
}

/**
 * The authoring guide shows each example twice from one source: a fenced ```mdx live block
 * shows the code, and the same code rendered right after it with the components learners see.
 */
function expandLiveExamples(tree: Root): void {
	tree.children = tree.children.flatMap((node) => {
		if (node.type !== 'code' || node.lang !== 'mdx' || !/\blive\b/.test(node.meta ?? '')) return [node];
		const rendered = parseMdx(node.value).children.filter((n) => n.type !== 'yaml');
		const figure = {
			type: 'mdxJsxFlowElement',
			name: 'figure',
			attributes: [{ type: 'mdxJsxAttribute', name: 'className', value: 'live-example' }],
			children: [
				{ type: 'mdxJsxFlowElement', name: 'figcaption', attributes: [], children: [{ type: 'paragraph', children: [{ type: 'text', value: 'What learners see:' }] }] },
				...rendered,
			],
		} as RootContent;
		return [node, figure];
	});
}

/** Source places are for build messages only: learners' pages need not download them. */
function withoutPlaces(key: string, value: unknown): unknown {
	return key === 'place' ? undefined : value;
}

function replaceBlocks(nodes: RootContent[], path: string, file: VFile, imports: RootContent[]): void {
	nodes.forEach((node, index) => {
		if (!isJsxElement(node)) {
			if ('children' in node && Array.isArray(node.children)) replaceBlocks(node.children as RootContent[], path, file, imports);
			return;
		}
		const block = AUTHOR_BLOCKS.find((b) => b.name === node.name);
		if (!block) {
			replaceBlocks(node.children as RootContent[], path, file, imports);
			return;
		}
		const { model, issues } = block.extract(node, path);
		const errors = issues.filter((i) => i.severity === 'error');
		if (errors.length || model === undefined) {
			const first = errors[0];
			const message = file.message(errors.map(formatIssue).join('\n') || `This <${block.name}> could not be read.`, {
				place: first?.line ? { line: first.line, column: first.column ?? 1 } : node.position,
				ruleId: first?.code,
				source: 'peercourse',
			});
			message.fatal = true;
			throw message;
		}
		const portraits = block.name === 'Scenario' ? buildPortraitImports(model as Scenario, imports.length) : undefined;
		imports.push(...(portraits?.imports ?? []));
		nodes[index] = {
			type: 'mdxJsxFlowElement',
			name: block.wrapper,
			attributes: [{ type: 'mdxJsxAttribute', name: 'data', value: JSON.stringify(model, withoutPlaces) }, ...(portraits?.attribute ? [portraits.attribute] : [])],
			children: [],
			position: node.position,
		} as RootContent;
	});
}
