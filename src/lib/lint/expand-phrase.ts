/** Expansion stops here so a typo in a pack cannot create millions of variants. */
const MAX_VARIANTS = 256;

/**
 * Expands the rule phrase syntax into plain phrases. `(x)` is optional text and
 * `(a|b)` picks one alternative (`(|s)` is the same as `(s)`). Groups do not nest.
 *
 * @example expandPhrase('prostitute(s)') // ['prostitute', 'prostitutes']
 * @example expandPhrase('born a (man|woman)') // ['born a man', 'born a woman']
 */
export function expandPhrase(phrase: string): string[] {
	let variants = [''];
	const pattern = /\(([^()]*)\)|[^(]+|\(/g;
	for (const match of phrase.matchAll(pattern)) {
		const options = readOptions(match[1]);
		const piece = options ?? [match[0]];
		const next: string[] = [];
		for (const head of variants) for (const tail of piece) next.push(head + tail);
		variants = next.slice(0, MAX_VARIANTS);
	}
	return [...new Set(variants.map((v) => v.replace(/\s+/g, ' ').trim()).filter(Boolean))];
}

function readOptions(group: string | undefined): string[] | undefined {
	if (group === undefined) return undefined;
	const options = group.split('|');
	return options.length === 1 ? ['', group] : options;
}

/** Whether a phrase uses the group syntax incorrectly (an unclosed or nested bracket). */
export function hasBadGroups(phrase: string): boolean {
	let depth = 0;
	for (const ch of phrase) {
		if (ch === '(') depth += 1;
		if (ch === ')') depth -= 1;
		if (depth < 0 || depth > 1) return true;
	}
	return depth !== 0;
}
