import type { Rule } from './types';

/**
 * The preferred wording for a hit, in the same number and letter case as the author's
 * words: "Prostitutes" → "Sex workers", "PROSTITUTE" → "SEX WORKER".
 */
export function suggestWording(
	rule: Rule,
	matched: string,
	variant: string,
	plural: boolean,
	index = 0
): string {
	const singular = rule.prefer[index] ?? '';
	const wording = plural ? (rule.plural?.[index] ?? pluralise(singular)) : singular;
	return matchCase(wording, matched, variant);
}

/** English plural of the last word; packs give `plural` when this guess would be wrong. */
function pluralise(phrase: string): string {
	if (/(s|x|z|ch|sh)$/i.test(phrase)) return `${phrase}es`;
	if (/[^aeiou]y$/i.test(phrase)) return `${phrase.slice(0, -1)}ies`;
	return `${phrase}s`;
}

function matchCase(wording: string, matched: string, variant: string): string {
	const letters = matched.replace(/[^\p{L}]/gu, '');
	const shouting =
		letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
	if (shouting && variant !== variant.toUpperCase()) return wording.toUpperCase();
	const first = matched[0] ?? '';
	const authoredLower = variant[0] === variant[0]?.toLowerCase();
	if (first !== first.toLowerCase() && authoredLower)
		return wording[0]!.toUpperCase() + wording.slice(1);
	return wording;
}
