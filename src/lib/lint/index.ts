/** Terminology linter: public API. See README.md in this folder for the rule format. */
export { lintMdx } from './lint-mdx';
export { lintText, type LintTextOptions } from './lint-text';
export { loadRulePack, type LoadedRulePack } from './load-rule-pack';
export { builtInRules, englishRules } from './rules/built-in-packs';
export { LINTED_PROPS, WORKER_SPEAKERS } from './jsx-context';
export type {
	Confidence,
	LintOptions,
	NearCondition,
	Rule,
	RuleCategory,
	RulePack,
	RuleSource,
} from './types';
