import { isException, isNearEnough, type Hit } from './find-matches';
import { isInside } from './quote-spans';
import type { Token } from './segment-words';
import { EXEMPT, SELF, type TextRun } from './text-run';

/** Lower-case words allowed inside a law's title between the term and "Act". */
const TITLE_GLUE = new Set(['and', 'of', 'the', 'on', 'for', 'in', 'to', '&', '(', ')', ',']);

/**
 * Whether a hit is fine where it stands: a mention (quotes, `<Term>`, `<Avoid>`, `<Law>`,
 * stigmatising examples), a law's title ("… Act"), a patient's self-description for
 * `self` rules, a listed exception, or missing the words the rule needs nearby.
 */
export function isExcused(
	run: TextRun,
	tokens: readonly Token[],
	hit: Hit,
	quotes: Array<[number, number]>
): boolean {
	const rule = hit.pattern.rule;
	const start = tokens[hit.first]!.start;
	const end = tokens[hit.last]!.end;
	const flags = run.flags.slice(start, end);
	if (flags.some((f) => f & EXEMPT)) return true;
	if (rule.rule.self && flags.some((f) => f & SELF)) return true;
	if (isInside(quotes, start, end) || isInLawTitle(tokens, hit.last)) return true;
	return isException(tokens, hit, rule) || !isNearEnough(tokens, hit, rule);
}

/** "the HIV/AIDS Prevention and Control Act": capitalised title words lead to "Act". */
function isInLawTitle(tokens: readonly Token[], last: number): boolean {
	for (let k = last + 1; k < tokens.length && k <= last + 8; k++) {
		const word = tokens[k]!.exact;
		if (word === 'Act') return true;
		const titled = /^[\p{Lu}\p{N}]/u.test(word) || TITLE_GLUE.has(word);
		if (!titled) return false;
	}
	return false;
}
