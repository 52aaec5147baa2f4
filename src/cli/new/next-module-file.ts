import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseModuleFileName, splitFrontmatter } from '../../lib/course/module-file';
import { isDirectory, isFile } from '../paths';

/**
 * The names already used in a course folder (module web addresses, and sub-folders such as
 * translations, whose addresses a module must not take), the highest order number, and how
 * many digits the numbers are written with.
 */
export function readModuleNames(courseFolder: string): {
	slugs: string[];
	lastOrder: number;
	digits: number;
} {
	const entries = readdirSync(courseFolder);
	const files = entries.filter(
		(f) => f.toLowerCase().endsWith('.mdx') && isFile(join(courseFolder, f))
	);
	let lastOrder = 0;
	let digits = 2;
	const slugs = entries.filter((f) => !f.startsWith('.') && isDirectory(join(courseFolder, f)));
	for (const file of files) {
		const name = parseModuleFileName(file);
		slugs.push(name.slug);
		const prefix = /^\d+/.exec(file)?.[0];
		if (prefix) digits = Math.max(digits, prefix.length);
		lastOrder = Math.max(
			lastOrder,
			name.order ?? 0,
			frontmatterOrder(join(courseFolder, file)) ?? 0
		);
	}
	return { slugs, lastOrder, digits };
}

/** `07-consent.mdx`: the next free number, written as wide as the course's other numbers. */
export function nextModuleFileName(courseFolder: string, slug: string): string {
	const { lastOrder, digits } = readModuleNames(courseFolder);
	return `${String(lastOrder + 1).padStart(digits, '0')}-${slug}.mdx`;
}

/** An `order:` in the frontmatter overrides the file name's number, so it counts too. */
function frontmatterOrder(path: string): number | undefined {
	const front = splitFrontmatter(readFileSync(path, 'utf8'));
	const match = front && /^order:\s*(\d+)\s*$/m.exec(front.yaml);
	return match ? Number(match[1]) : undefined;
}
