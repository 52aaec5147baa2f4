import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { AUTHOR_BLOCKS } from '../lib/course/blocks';
import { formatIssue } from '../lib/issues';
import { isJsxElement } from '../lib/mdx/jsx-attributes';
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
		replaceBlocks(tree.children, path, file);
	};
}

function replaceBlocks(nodes: RootContent[], path: string, file: VFile): void {
	nodes.forEach((node, index) => {
		if (!isJsxElement(node)) {
			if ('children' in node && Array.isArray(node.children)) replaceBlocks(node.children as RootContent[], path, file);
			return;
		}
		const block = AUTHOR_BLOCKS.find((b) => b.name === node.name);
		if (!block) {
			replaceBlocks(node.children as RootContent[], path, file);
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
		nodes[index] = {
			type: 'mdxJsxFlowElement',
			name: block.wrapper,
			attributes: [{ type: 'mdxJsxAttribute', name: 'data', value: JSON.stringify(model) }],
			children: [],
			position: node.position,
		} as RootContent;
	});
}
