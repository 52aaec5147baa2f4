import { LineCounter, isSeq, parseDocument, type Node } from 'yaml';
import { issueAt, type Issue } from '../issues';
import type { Rule, RulePack } from './types';
import { validateRule } from './validate-rule';

/** A loaded pack plus the problems found in it; invalid rules are left out of `pack`. */
export interface LoadedRulePack {
	pack: RulePack;
	issues: Issue[];
}

/**
 * Reads a rule pack written in YAML (see README.md in this folder). Never throws:
 * YAML and rule mistakes come back as issues naming the rule and field.
 */
export function loadRulePack(yamlText: string, file = 'rules.yaml'): LoadedRulePack {
	const lines = new LineCounter();
	const doc = parseDocument(yamlText, { lineCounter: lines });
	const issues: Issue[] = doc.errors.map((e) =>
		issueAt(
			file,
			lines.linePos(e.pos[0]),
			'LINT_RULES_YAML',
			`The rule file is not valid YAML: ${e.message.split('\n')[0]}`,
			'Check the indentation and quotes on that line.'
		)
	);
	const data = (doc.errors.length === 0 ? doc.toJS() : {}) as Record<string, unknown>;
	const pack: RulePack = {
		locale: typeof data.locale === 'string' ? data.locale : 'en',
		name: typeof data.name === 'string' ? data.name : file,
		rules: [],
	};
	const nodes = doc.get('rules');
	const rawRules = Array.isArray(data.rules) ? (data.rules as Record<string, unknown>[]) : [];
	if (doc.errors.length === 0 && !isSeq(nodes))
		issues.push(
			issueAt(
				file,
				{ line: 1, column: 1 },
				'LINT_RULE_INVALID',
				'The rule file has no "rules" list.',
				'Add "rules:" followed by a list of rules.'
			)
		);
	rawRules.forEach((raw, i) => {
		const node = isSeq(nodes) ? (nodes.items[i] as Node | undefined) : undefined;
		const place = node?.range ? lines.linePos(node.range[0]) : undefined;
		const rule = readRule(raw, place?.line, pack, file, issues);
		if (rule) pack.rules.push(rule);
	});
	return { pack, issues };
}

function readRule(
	raw: unknown,
	line: number | undefined,
	pack: RulePack,
	file: string,
	issues: Issue[]
): Rule | undefined {
	const place = { line, column: 3 };
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
		issues.push(
			issueAt(
				file,
				place,
				'LINT_RULE_INVALID',
				'A rule entry is not a set of fields.',
				'Write each rule as "- id: …" followed by its fields.'
			)
		);
		return undefined;
	}
	const fields = raw as Record<string, unknown>;
	const name = typeof fields.id === 'string' ? `Rule "${fields.id}"` : 'A rule';
	const problems = validateRule(fields);
	if (problems.length > 0) {
		issues.push(
			issueAt(
				file,
				place,
				'LINT_RULE_INVALID',
				`${name} was skipped: ${problems.join(' ')}`,
				'Fix the fields named above; README.md in src/lib/lint describes each one.'
			)
		);
		return undefined;
	}
	const rule = {
		...fields,
		line,
		examples: { flag: [], pass: [], ...(fields.examples as object) },
	} as unknown as Rule;
	rule.examples.pass ??= [];
	if (pack.rules.some((r) => r.id === rule.id)) {
		issues.push(
			issueAt(
				file,
				place,
				'LINT_RULE_DUPLICATE_ID',
				`${name} appears twice; the second copy was skipped.`,
				'Give each rule its own id.'
			)
		);
		return undefined;
	}
	if (rule.severity === 'error' && rule.confidence !== 'V')
		issues.push(
			issueAt(
				file,
				place,
				'LINT_RULE_UNVERIFIED_ERROR',
				`${name} is an error, but its source is not verified (confidence ${rule.confidence}).`,
				'Check the primary source and set confidence to V, or lower the severity to warning.',
				'warning'
			)
		);
	return rule;
}
