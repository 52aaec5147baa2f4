import type { Yaml } from 'mdast';
import { isPair, isScalar, parseDocument, visit } from 'yaml';
import type { Collected } from './collect-runs';
import { readIgnore } from './ignore-comment';
import { runOf } from './text-run';

/** Frontmatter keys that hold identifiers, paths or settings rather than prose. */
const NOT_PROSE = new Set([
	'id',
	'slug',
	'lang',
	'locale',
	'layout',
	'image',
	'src',
	'href',
	'url',
	'permalink',
]);

/**
 * Adds every string value of the YAML frontmatter (titles, summaries, objectives…) as a
 * run, and `# peercourse-lint ignore …` comments, which cover the next line. Invalid YAML
 * is left to the frontmatter validator, which reports it.
 */
export function collectFrontmatter(node: Yaml, source: string, out: Collected): void {
	const fence = node.position?.start.offset ?? 0;
	const base = source.indexOf('\n', fence) + 1;
	const firstLine = (node.position?.start.line ?? 1) + 1;
	const doc = parseDocument(node.value);
	if (doc.errors.length > 0) return;
	visit(doc, {
		Scalar(key, scalar, path) {
			if (key === 'key' || typeof scalar.value !== 'string' || !scalar.range) return;
			const pair = [...path].reverse().find(isPair);
			const name = pair && isScalar(pair.key) ? String(pair.key.value) : '';
			if (NOT_PROSE.has(name)) return;
			// Block scalars (`|`, `>`) start on the line after their header.
			const header = scalar.type?.startsWith('BLOCK')
				? node.value.indexOf('\n', scalar.range[0]) + 1
				: 0;
			out.runs.push(runOf(source, base + Math.max(scalar.range[0], header), scalar.value, 0));
		},
	});
	node.value.split('\n').forEach((text, i) => {
		const hash = text.indexOf('#');
		const parsed = hash >= 0 ? readIgnore(text.slice(hash)) : undefined;
		if (!parsed) return;
		const line = firstLine + i;
		const fromLine = text.slice(0, hash).trim() ? line : line + 1;
		out.ignores.push({ ...parsed, line, column: hash + 1, fromLine, toLine: line + 1 });
	});
}
