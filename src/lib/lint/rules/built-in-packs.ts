import { loadRulePack } from '../load-rule-pack';
import type { RulePack } from '../types';
import { EN_RULES_YAML } from './en.generated';

let english: RulePack | undefined;

/** The English pack that ships with PeerCourse, parsed once. Source of truth: `rules/en.yaml`. */
export function englishRules(): RulePack {
	english ??= loadRulePack(EN_RULES_YAML, 'src/lib/lint/rules/en.yaml').pack;
	return english;
}

/**
 * The built-in pack for a content locale, or undefined when none ships: packs are written
 * per language by community reviewers, never machine-translated from English.
 */
export function builtInRules(locale = 'en'): RulePack | undefined {
	return locale.toLowerCase().split(/[-_]/)[0] === 'en' ? englishRules() : undefined;
}
