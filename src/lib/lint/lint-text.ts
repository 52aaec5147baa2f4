import type { Issue } from '../issues';
import { compileRules } from './compile-rules';
import { formatFinding } from './format-finding';
import { lintRuns } from './lint-runs';
import { selectRules } from './rule-options';
import { builtInRules } from './rules/built-in-packs';
import { runOf } from './text-run';
import type { LintOptions } from './types';

/** Options for `lintText`: where the string starts in its file, for exact places. */
export interface LintTextOptions extends LintOptions {
	/** 1-based place of the string's first character in `file` (default 1:1). */
	at?: { line: number; column: number };
}

/**
 * Lints a plain string, such as a course.yaml title, with the same rules and quotation
 * handling as MDX prose. Lines after the first are assumed to start at column 1.
 */
export function lintText(text: string, file: string, options: LintTextOptions = {}): Issue[] {
	const locale = options.locale ?? options.rules?.locale ?? 'en';
	const pack = options.rules ?? builtInRules(locale);
	if (!pack) return [];
	const run = runOf(text, 0, text, 0);
	const findings = lintRuns([run], text, compileRules(pack), selectRules(options), locale);
	const at = options.at ?? { line: 1, column: 1 };
	return findings.map((f) =>
		formatFinding(
			{
				...f,
				line: f.line + at.line - 1,
				column: f.line === 1 ? f.column + at.column - 1 : f.column,
			},
			file
		)
	);
}
