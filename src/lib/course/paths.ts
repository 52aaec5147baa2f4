/** Joins and normalises posix paths (`a/b` + `../c.png` → `a/c.png`) without node:path. */
export function joinPath(...parts: string[]): string {
	const out: string[] = [];
	for (const segment of parts.join('/').split('/')) {
		if (!segment || segment === '.') continue;
		if (segment === '..') out.pop();
		else out.push(segment);
	}
	return out.join('/');
}
