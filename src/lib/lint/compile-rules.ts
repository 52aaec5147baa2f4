import { expandPhrase } from './expand-phrase';
import { phraseKey } from './segment-words';
import type { Rule, RulePack } from './types';

/** One concrete phrase of a rule, ready to compare with text tokens. */
export interface Pattern {
	key: string;
	/** The phrase as written after expansion, e.g. `prostitutes`. */
	variant: string;
	/** The variant is the plural of another variant of the same rule. */
	plural: boolean;
	rule: CompiledRule;
}

/** A rule with its phrases expanded and normalised. */
export interface CompiledRule {
	rule: Rule;
	patterns: Pattern[];
	exceptionKeys: string[];
	nearKeys: string[];
}

/** A pack indexed by the first character of each phrase key, for fast lookup. */
export interface CompiledPack {
	locale: string;
	rules: CompiledRule[];
	/** Case-folded patterns by first character. */
	folded: Map<string, Pattern[]>;
	/** Case-exact patterns (`matchCase` rules) by first character. */
	exact: Map<string, Pattern[]>;
}

const cache = new WeakMap<RulePack, CompiledPack>();

/** Expands and indexes a pack once; later calls with the same pack object reuse it. */
export function compileRules(pack: RulePack): CompiledPack {
	const cached = cache.get(pack);
	if (cached) return cached;
	const compiled: CompiledPack = {
		locale: pack.locale,
		rules: [],
		folded: new Map(),
		exact: new Map(),
	};
	for (const rule of pack.rules) {
		const item = compileRule(rule, pack.locale);
		compiled.rules.push(item);
		const index = rule.matchCase ? compiled.exact : compiled.folded;
		for (const pattern of item.patterns) {
			const first = pattern.key[0]!;
			index.set(first, [...(index.get(first) ?? []), pattern]);
		}
	}
	cache.set(pack, compiled);
	return compiled;
}

function compileRule(rule: Rule, locale: string): CompiledRule {
	const caseSensitive = rule.matchCase === true;
	const keysOf = (phrases: readonly string[] = [], exact = caseSensitive) =>
		phrases
			.flatMap(expandPhrase)
			.map((p) => phraseKey(p, locale, exact))
			.filter(Boolean);
	const item: CompiledRule = {
		rule,
		patterns: [],
		exceptionKeys: keysOf(rule.exceptions),
		nearKeys: keysOf(rule.near?.words, false),
	};
	const variants = rule.avoid.flatMap(expandPhrase);
	const lastWords = new Set(variants.map(lastWord));
	for (const variant of variants) {
		const key = phraseKey(variant, locale, caseSensitive);
		if (!key || item.patterns.some((p) => p.key === key)) continue;
		item.patterns.push({
			key,
			variant,
			plural: isPlural(lastWord(variant), lastWords),
			rule: item,
		});
	}
	return item;
}

const IRREGULAR_PLURALS = new Set(['women', 'men', 'people', 'children', 'persons']);

function lastWord(phrase: string): string {
	return (
		phrase
			.toLowerCase()
			.split(/[\s/-]+/)
			.pop() ?? ''
	).replace(/['\u2019]/g, '');
}

/** English-only guess: "prostitutes" is plural when "prostitute" is also listed. */
function isPlural(word: string, lastWords: ReadonlySet<string>): boolean {
	if (IRREGULAR_PLURALS.has(word)) return true;
	return /s$/.test(word) && (lastWords.has(word.slice(0, -1)) || lastWords.has(word.slice(0, -2)));
}
