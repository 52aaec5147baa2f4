import type { Severity } from '../issues';
import type { LintOptions, Rule } from './types';

/** A course's choices about rules: which are off, and which count as errors. */
export interface RuleSelection {
	isOn(rule: Rule): boolean;
	severityOf(rule: Rule): Severity;
}

/** Reads `allow` (turn off) and `deny` (make an error) lists; `sw/*` names a whole prefix. */
export function selectRules(options: Pick<LintOptions, 'allow' | 'deny'> = {}): RuleSelection {
	const allow = options.allow ?? [];
	const deny = options.deny ?? [];
	return {
		isOn: (rule) => !allow.some((id) => namesRule(id, rule.id)),
		severityOf: (rule) => (deny.some((id) => namesRule(id, rule.id)) ? 'error' : rule.severity),
	};
}

/** Whether an option entry names the rule id (exactly, or by `prefix/*`). */
export function namesRule(entry: string, id: string): boolean {
	return entry.endsWith('/*') ? id.startsWith(entry.slice(0, -1)) : entry === id;
}
