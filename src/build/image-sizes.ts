import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { CourseAnalysis } from '../lib/course/analyse-course';
import type { ModuleAnalysis } from '../lib/course/analyse-module';
import { joinPath } from '../lib/course/paths';
import { parsePlacedYaml } from '../lib/course/yaml-places';
import { issueAt, type Issue, type Place } from '../lib/issues';
import { isJsxElement, readProps } from '../lib/mdx/jsx-attributes';
import { parseMdx } from '../lib/mdx/parse-mdx';

/** Largest picture, in bytes, before a warning: many learners pay for data on slow phone connections. */
export const IMAGE_BUDGET_BYTES = 300 * 1024;

type SizeOf = (path: string) => number;

/** Warns about each picture of a course (cover, module and translation images, role-play portraits) over the budget. */
export function checkImageSizes(
	course: CourseAnalysis,
	root: string,
	budget = IMAGE_BUDGET_BYTES
): Issue[] {
	const sizeOf: SizeOf = (path) => fileSize(join(root, path));
	const issues: Issue[] = [];
	const cover = course.meta?.cover?.image;
	if (cover && sizeOf(joinPath(course.dir, cover)) > budget) {
		const file = `${course.dir}/course.yaml`;
		const place = parsePlacedYaml(readFileSync(join(root, file), 'utf8')).placeOf([
			'cover',
			'image',
		]);
		issues.push(tooLarge(file, place, cover, sizeOf(joinPath(course.dir, cover)), budget));
	}
	const modules = [...course.modules, ...(course.translations ?? []).flatMap((t) => t.modules)];
	for (const m of modules) issues.push(...checkModule(m, root, sizeOf, budget));
	return issues;
}

function checkModule(m: ModuleAnalysis, root: string, sizeOf: SizeOf, budget: number): Issue[] {
	const dir = m.file.split('/').slice(0, -1).join('/');
	const portraits = m.blocks.flatMap((b) => (b.name === 'Scenario' ? portraitsOf(b.model) : []));
	const candidates = [...m.images, ...portraits.map((p) => resolve(dir, p))];
	// Parse again (for places) only in the rare module that has a picture over budget.
	if (!candidates.some((p) => p && sizeOf(p) > budget)) return [];
	const issues: Issue[] = [];
	const reported = new Set<string>();
	for (const ref of listImageReferences(parseMdx(readFileSync(join(root, m.file), 'utf8')))) {
		const path = resolve(dir, ref.url);
		if (!path || reported.has(path) || sizeOf(path) <= budget) continue;
		reported.add(path);
		issues.push(tooLarge(m.file, ref.place, ref.url, sizeOf(path), budget));
	}
	return issues;
}

/** Every picture a module refers to: Markdown images, `<img src>` and `<Speaker portrait>`. */
function listImageReferences(tree: Root): { url: string; place?: Place }[] {
	const refs: { url: string; place?: Place }[] = [];
	visit(tree, (node) => {
		if (node.type === 'image') refs.push({ url: node.url, place: node.position?.start });
		if (!isJsxElement(node)) return;
		const prop = node.name === 'img' ? 'src' : node.name === 'Speaker' ? 'portrait' : undefined;
		const found = readProps(node).find((p) => p.name === prop && typeof p.value === 'string');
		if (found)
			refs.push({ url: found.value as string, place: { line: found.line, column: found.column } });
	});
	return refs;
}

function portraitsOf(model: unknown): string[] {
	const speakers = (model as { speakers?: { portrait?: string }[] }).speakers ?? [];
	return speakers.flatMap((s) => (s.portrait ? [s.portrait] : []));
}

/** The project-relative path of a local picture, or undefined for remote or unreadable URLs. */
function resolve(dir: string, url: string): string | undefined {
	if (/^[a-z]+:|^\/\//i.test(url)) return undefined;
	try {
		return joinPath(dir, decodeURI(url));
	} catch {
		return undefined;
	}
}

function fileSize(path: string): number {
	try {
		const stat = statSync(path);
		return stat.isFile() ? stat.size : 0;
	} catch {
		return 0;
	}
}

function tooLarge(
	file: string,
	place: Place | undefined,
	url: string,
	size: number,
	budget: number
): Issue {
	return issueAt(
		file,
		place,
		'IMAGE_TOO_LARGE',
		`The image "${url}" is ${formatBytes(size)}, over the budget of ${formatBytes(budget)} for one picture.`,
		'Many learners use phones on slow connections and pay for data: resize it to about 1,200 pixels wide and save it as JPEG or WebP at about 80% quality.',
		'warning'
	);
}

/** `412 KB`, `1.2 MB` (1 KB = 1,024 bytes, as file managers show). */
export function formatBytes(bytes: number): string {
	if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024).toLocaleString('en')} KB`;
	return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
