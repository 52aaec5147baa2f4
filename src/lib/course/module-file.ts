/** What a module's file name says: `03-first-line-support.mdx` → order 3, slug `first-line-support`. */
export interface ModuleFileName {
	slug: string;
	order?: number;
}

/** Splits a module file name into its order prefix (optional) and slug. */
export function parseModuleFileName(fileName: string): ModuleFileName {
	const base = fileName.replace(/\.mdx$/i, '');
	const match = /^(\d+)[-_.\s]+(.+)$/.exec(base);
	if (match) return { order: Number(match[1]), slug: slugify(match[2]!) };
	return { slug: slugify(base) };
}

/** Lower-case, hyphen-separated slug usable in URLs and as an id. */
export function slugify(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '');
}

/** The frontmatter block of an MDX file, without the `---` fences, and the line it starts on. */
export function splitFrontmatter(text: string): { yaml: string; firstLine: number } | undefined {
	const match = /^---\r?\n([\s\S]*?)\r?\n?---\s*(\r?\n|$)/.exec(text);
	return match ? { yaml: match[1]!, firstLine: 2 } : undefined;
}
