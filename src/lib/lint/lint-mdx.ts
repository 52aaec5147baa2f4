import { sortIssues, type Issue } from '../issues';
import { parseMdx } from '../mdx/parse-mdx';
import { applyIgnores } from './apply-ignores';
import { collectRuns } from './collect-runs';
import { compileRules } from './compile-rules';
import { formatFinding } from './format-finding';
import { lintRuns } from './lint-runs';
import { selectRules } from './rule-options';
import { builtInRules } from './rules/built-in-packs';
import type { LintOptions } from './types';

/**
 * Checks the wording of one MDX module against a terminology rule pack and returns one
 * issue per finding, with the exact line and column in `text`. Only rules with severity
 * `error` (or listed in `deny`) fail a build. Invalid MDX returns no findings: the MDX
 * compiler reports the syntax error itself.
 *
 * @example lintMdx('A prostitute came in.', 'courses/x/01-intro.mdx')[0].code // 'sw/prostitute'
 */
export function lintMdx(text: string, file: string, options: LintOptions = {}): Issue[] {
	const locale = options.locale ?? options.rules?.locale ?? 'en';
	const pack = options.rules ?? builtInRules(locale);
	if (!pack) return [];
	let tree;
	try {
		tree = parseMdx(text);
	} catch {
		return [];
	}
	const { runs, ignores } = collectRuns(tree, text);
	const findings = lintRuns(runs, text, compileRules(pack), selectRules(options), locale);
	const ids = pack.rules.map((r) => r.id);
	const { kept, issues } = applyIgnores(findings, ignores, ids, file);
	return sortIssues([...kept.map((f) => formatFinding(f, file)), ...issues]);
}
