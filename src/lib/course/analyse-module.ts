import type { Root, RootContent } from 'mdast';
import { issueAt, type Issue } from '../issues';
import type { BlockExtractor } from '../mdx/blocks';
import { STATIC_COMPONENTS } from '../mdx/blocks';
import { isJsxElement, readProps, type JsxElement } from '../mdx/jsx-attributes';
import { parseMdx } from '../mdx/parse-mdx';
import { didYouMeanSentence } from '../text/did-you-mean';
import { parseModuleFileName, splitFrontmatter } from './module-file';
import { ModuleMetaSchema, type ModuleMeta } from './schema';
import { validateMeta } from './validate-meta';
import { parsePlacedYaml } from './yaml-places';
import { joinPath } from './paths';

/** A block (quiz, scenario…) found in a module, with its extracted model. */
export interface ModuleBlock {
	name: string;
	id: string;
	model: unknown;
	line?: number;
}

/** A link from a module to another module of the same course (`../lives/`). */
export interface ModuleLink {
	target: string;
	line?: number;
	column?: number;
}

export interface ModuleAnalysis {
	file: string;
	slug: string;
	/** Order from the frontmatter `order`, else the file-name prefix. */
	order?: number;
	meta?: ModuleMeta;
	blocks: ModuleBlock[];
	links: ModuleLink[];
	/** Images the module uses, as project-relative paths. */
	images: string[];
	issues: Issue[];
}

export interface ModuleInput {
	/** Project-relative posix path, e.g. `courses/respectful-care/01-why.mdx`. */
	file: string;
	text: string;
	/** Whether a project-relative posix path exists (images). */
	assetExists(path: string): boolean;
	blocks: readonly BlockExtractor[];
}

/** Reads one module: frontmatter, MDX syntax, components, blocks, images and links. */
export function analyseModule(input: ModuleInput): ModuleAnalysis {
	const { file, text } = input;
	const fileName = file.split('/').pop()!;
	const name = parseModuleFileName(fileName);
	const result: ModuleAnalysis = { file, slug: name.slug, order: name.order, blocks: [], links: [], images: [], issues: [] };
	const front = splitFrontmatter(text);
	if (!front) {
		result.issues.push(
			issueAt(file, { line: 1, column: 1 }, 'MODULE_FRONTMATTER_MISSING', 'This module has no frontmatter.', 'Start the file with a block between two "---" lines holding title, summary, objectives and estimatedMinutes (see README.md#module-frontmatter).')
		);
	} else {
		const yaml = parsePlacedYaml(front.yaml, front.firstLine - 1);
		for (const e of yaml.syntaxErrors) result.issues.push(issueAt(file, e.place, 'YAML_SYNTAX', e.message, 'Check the indentation and the colon after each field name.'));
		if (!yaml.syntaxErrors.length) {
			const { data, issues } = validateMeta(ModuleMetaSchema, yaml, file, 'the module frontmatter');
			result.issues.push(...issues);
			result.meta = data;
			if (data?.order !== undefined) result.order = data.order;
		}
	}
	let tree: Root;
	try {
		tree = parseMdx(text);
	} catch (error) {
		result.issues.push(mdxSyntaxIssue(file, error));
		return result;
	}
	const imported = importedNames(tree);
	walk(tree.children, input, result, imported);
	return result;
}

/** Names a module imports itself (`import Chart from './chart.tsx'`): not our components, not unknown. */
function importedNames(tree: Root): Set<string> {
	const names = new Set<string>();
	for (const node of tree.children) {
		if (node.type !== 'mdxjsEsm') continue;
		for (const m of node.value.matchAll(/import\s+([\w$]+)?\s*,?\s*(?:\{([^}]*)\})?\s*from/g)) {
			if (m[1]) names.add(m[1]);
			for (const part of (m[2] ?? '').split(',')) {
				const name = part.split(/\s+as\s+/).pop()?.trim();
				if (name) names.add(name);
			}
		}
	}
	return names;
}

/** Turns an MDX/micromark syntax error into an issue at its place. */
export function mdxSyntaxIssue(file: string, error: unknown): Issue {
	const e = error as { reason?: string; message?: string; line?: number; column?: number; place?: { line?: number; column?: number; start?: { line: number; column: number } } };
	const place = e.place && 'start' in e.place ? e.place.start : e.place;
	const reason = (e.reason ?? e.message ?? String(error)).replace(/\s+/g, ' ').trim();
	return issueAt(file, { line: e.line ?? place?.line, column: e.column ?? place?.column }, 'MDX_SYNTAX', `This MDX cannot be read: ${reason.replace(/\.?$/, '.')}`, 'Check for an unclosed tag, a stray "<" or "{" (write "&lt;" or "\\{" for the character itself), or a missing closing quote.');
}

function walk(nodes: readonly RootContent[], input: ModuleInput, out: ModuleAnalysis, imported: Set<string>): void {
	for (const node of nodes) {
		if (isJsxElement(node)) {
			if (node.name && imported.has(node.name.split('.')[0]!)) continue;
			if (!visitJsx(node, input, out)) continue;
		} else if (node.type === 'image') {
			checkImage(node.url, node.alt ?? '', node.position?.start, input, out);
		} else if (node.type === 'link' && /^\.\.\/[^/]+\/?(#.*)?$/.test(node.url)) {
			out.links.push({ target: node.url.slice(3).replace(/[/#].*$/, ''), line: node.position?.start.line, column: node.position?.start.column });
		} else if (node.type === 'mdxjsEsm') {
			out.issues.push(issueAt(input.file, node.position?.start, 'MDX_IMPORT', 'This module imports or exports code.', 'Remove the import: every PeerCourse component is available in modules without one.', 'warning'));
		}
		if ('children' in node && Array.isArray(node.children)) walk(node.children as RootContent[], input, out, imported);
	}
}

/** Handles one JSX element; returns whether to walk into its children. */
function visitJsx(node: JsxElement, input: ModuleInput, out: ModuleAnalysis): boolean {
	const name = node.name;
	if (!name) return true; // a fragment
	const place = node.position?.start;
	const block = input.blocks.find((b) => b.name === name);
	if (block) {
		const { model, issues } = block.extract(node, input.file);
		out.issues.push(...issues);
		if (model !== undefined) {
			out.blocks.push({ name, id: block.idOf(model), model, line: place?.line });
			for (const src of block.images?.(model) ?? []) checkImage(src, 'described by the block', place, input, out);
		}
		return false;
	}
	if ((STATIC_COMPONENTS as readonly string[]).includes(name)) return true;
	if (/^[a-z]/.test(name)) {
		if (name === 'img') {
			const props = readProps(node);
			const src = props.find((p) => p.name === 'src')?.value;
			const alt = props.find((p) => p.name === 'alt')?.value;
			if (typeof src === 'string') checkImage(src, typeof alt === 'string' ? alt : '', place, input, out);
		}
		return true;
	}
	const owner = input.blocks.find((b) => b.innerComponents.includes(name));
	if (owner) {
		out.issues.push(issueAt(input.file, place, 'COMPONENT_OUTSIDE_BLOCK', `<${name}> is written outside a <${owner.name}>.`, `Move it inside a <${owner.name}> … </${owner.name}> block.`));
		return false;
	}
	const known = [...input.blocks.map((b) => b.name), ...STATIC_COMPONENTS];
	out.issues.push(issueAt(input.file, place, 'COMPONENT_UNKNOWN', `<${name}> is not a PeerCourse component.${didYouMeanSentence(name, known)}`, `Use one of: ${known.join(', ')} (see README.md#components).`));
	return false;
}

function checkImage(url: string, alt: string, place: { line: number; column: number } | undefined, input: ModuleInput, out: ModuleAnalysis): void {
	if (/^[a-z]+:|^\/\//i.test(url)) {
		out.issues.push(issueAt(input.file, place, 'IMAGE_REMOTE', `The image "${url}" is loaded from another website.`, 'Save the picture in the course folder (for example images/) and link to it with a relative path: learners must never load anything from third parties.'));
		return;
	}
	const dir = input.file.split('/').slice(0, -1).join('/');
	const path = joinPath(dir, decodeURI(url));
	if (!input.assetExists(path)) {
		out.issues.push(issueAt(input.file, place, 'IMAGE_MISSING', `The image "${url}" does not exist (looked for ${path}).`, 'Check the file name and its capital letters, or add the picture to the course folder.'));
	} else out.images.push(path);
	if (!alt.trim()) {
		out.issues.push(issueAt(input.file, place, 'IMAGE_NO_ALT', `The image "${url}" has no alt text.`, 'Describe what the picture shows for people who cannot see it: ![Two nurses talking in a clinic](./images/clinic.jpg).'));
	}
}
