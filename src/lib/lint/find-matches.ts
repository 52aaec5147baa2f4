import type { CompiledPack, CompiledRule, Pattern } from './compile-rules';
import type { Token } from './segment-words';

/** A phrase of a rule found in a token list. */
export interface Hit {
	pattern: Pattern;
	/** Index of the first and last token of the hit. */
	first: number;
	last: number;
}

/**
 * Returns the index of the last token when `key` starts at token `k`, else -1.
 * Tokens are compared joined, so a phrase matches however the segmenter split it.
 */
export function matchKeyAt(
	tokens: readonly Token[],
	k: number,
	key: string,
	exact: boolean
): number {
	let joined = '';
	for (let m = k; m < tokens.length; m++) {
		joined += exact ? tokens[m]!.exact : tokens[m]!.fold;
		if (joined === key) return m;
		if (joined.length >= key.length || !key.startsWith(joined)) return -1;
	}
	return -1;
}

/** Finds every avoided phrase of the pack in the tokens (no context checks yet). */
export function findHits(tokens: readonly Token[], pack: CompiledPack): Hit[] {
	const hits: Hit[] = [];
	for (let k = 0; k < tokens.length; k++) {
		const token = tokens[k]!;
		const candidates = [
			...(pack.folded.get(token.fold[0]!) ?? []).map((p) => [p, false] as const),
			...(pack.exact.get(token.exact[0]!) ?? []).map((p) => [p, true] as const),
		];
		for (const [pattern, exact] of candidates) {
			const last = matchKeyAt(tokens, k, pattern.key, exact);
			if (last >= 0) hits.push({ pattern, first: k, last });
		}
	}
	return hits;
}

/** Whether one of the rule's exception phrases covers the hit (e.g. "victim-blaming"). */
export function isException(tokens: readonly Token[], hit: Hit, rule: CompiledRule): boolean {
	const exact = rule.rule.matchCase === true;
	for (const key of rule.exceptionKeys) {
		for (let s = Math.max(0, hit.first - 8); s <= hit.first; s++) {
			const end = matchKeyAt(tokens, s, key, exact);
			if (end >= hit.last) return true;
		}
	}
	return false;
}

/** Whether the rule's `near` condition holds (always true when it has none). */
export function isNearEnough(tokens: readonly Token[], hit: Hit, rule: CompiledRule): boolean {
	const near = rule.rule.near;
	if (!near) return true;
	const from = Math.max(0, hit.first - near.within);
	const to = Math.min(tokens.length - 1, hit.last + near.within);
	for (let s = from; s <= to; s++) {
		if (s >= hit.first && s <= hit.last) continue;
		if (rule.nearKeys.some((key) => matchKeyAt(tokens, s, key, false) >= 0)) return true;
	}
	return false;
}
