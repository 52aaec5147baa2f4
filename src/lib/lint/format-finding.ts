import type { Issue, Severity } from '../issues';
import { suggestWording } from './suggest-wording';
import type { Rule } from './types';

/** A rule hit that survived every context check, before it becomes an `Issue`. */
export interface Finding {
	rule: Rule;
	severity: Severity;
	line: number;
	column: number;
	/** The author's words, whitespace collapsed. */
	matched: string;
	variant: string;
	plural: boolean;
}

/**
 * Turns a finding into a teaching message: the suggestion, the reason and the source,
 * e.g. "Consider 'sex worker': 'prostitute' carries moral judgement (UNAIDS 2015)."
 */
export function formatFinding(finding: Finding, file: string): Issue {
	const { rule, matched, variant, plural } = finding;
	const suggestion = suggestWording(rule, matched, variant, plural);
	const others = rule.prefer
		.slice(1)
		.map((_, i) => `'${suggestWording(rule, matched, variant, plural, i + 1)}'`);
	const hint = [
		others.length > 0 ? `Other wording that works: ${others.join(', ')}.` : '',
		`If you are quoting the words on purpose, put them in quotation marks, or add {/* peercourse-lint ignore ${rule.id} -- your reason */} on the line above.`,
		rule.source[0]?.url ? `See ${rule.source[0].url} for the source.` : '',
	];
	return {
		code: rule.id,
		severity: finding.severity,
		file,
		line: finding.line,
		column: finding.column,
		message: `Consider '${suggestion}': '${matched}' ${rule.why} (${citeSources(rule)}).`,
		hint: hint.filter(Boolean).join(' '),
	};
}

function citeSources(rule: Rule): string {
	return rule.source
		.slice(0, 2)
		.map((s) => (s.year ? `${s.document} ${s.year}` : s.document))
		.join('; ');
}
