import type { Severity } from '../issues';

/** The topic a rule belongs to; also the first part of its id (`sw/…`, `hiv/…`). */
export type RuleCategory = 'sex-work' | 'hiv' | 'drugs' | 'gender' | 'violence' | 'children';

/** How well the rule's source was checked: Verified, Secondary, or background Knowledge. */
export type Confidence = 'V' | 'S' | 'K';

/** A document a rule relies on, cited in every message. */
export interface RuleSource {
	/** Short document name, e.g. `UNAIDS Terminology Guidelines`. */
	document: string;
	/** Year of the edition, e.g. `2015`. */
	year?: number | string;
	/** Where to read it. */
	url?: string;
}

/** Words that must appear close by for the rule to apply (e.g. "clean" only near "HIV"). */
export interface NearCondition {
	/** Words or short phrases; the same `(s)` syntax as `avoid`. */
	words: string[];
	/** How many words before or after the hit to look at. */
	within: number;
}

/** One terminology rule, as written in a rule pack. */
export interface Rule {
	/** Permanent id, `<category prefix>/<name>`, used in messages, ignores and options. */
	id: string;
	category: RuleCategory;
	severity: Severity;
	/** Phrases to catch. `(s)` marks an optional ending, `(a|b)` alternatives. */
	avoid: string[];
	/** Preferred wording, best first. */
	prefer: string[];
	/** Plural forms of `prefer`, in the same order, when adding "s" is wrong. */
	plural?: string[];
	/** Completes the sentence "'<term>' …", e.g. `carries moral judgement`. */
	why: string;
	source: RuleSource[];
	confidence: Confidence;
	/** Compare letter case exactly (for acronyms and names such as "john"). */
	matchCase?: boolean;
	/** A patient may use the word about themselves in dialogue (`<Line speaker="…">`). */
	self?: boolean;
	/** Only flag when one of these words is near. */
	near?: NearCondition;
	/** Longer phrases that make a hit fine, e.g. `victim-blaming`. */
	exceptions?: string[];
	/** Must-flag and must-not-flag sentences, checked by the test suite. */
	examples: { flag: string[]; pass: string[] };
	/** 1-based line of the rule in its YAML file, for messages about the pack itself. */
	line?: number;
}

/** All rules for one language. */
export interface RulePack {
	/** BCP 47 tag used for word segmentation and case folding, e.g. `en`, `km`. */
	locale: string;
	/** Human name of the pack. */
	name: string;
	rules: Rule[];
}

/** Options shared by `lintMdx` and `lintText`. */
export interface LintOptions {
	/** The rule pack; defaults to the built-in pack for `locale` (only `en` ships). */
	rules?: RulePack;
	/** Rule ids (or `category-prefix/*`) this course turns off. */
	allow?: string[];
	/** Rule ids (or `category-prefix/*`) this course treats as errors. */
	deny?: string[];
	/** BCP 47 locale of the content; defaults to the pack's locale, then `en`. */
	locale?: string;
}
