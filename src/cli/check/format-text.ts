import type { Issue, Severity } from '../../lib/issues';
import type { Colors } from '../output';
import { countIssues, type CheckReport } from './check-courses';

/**
 * The report for people: a header line per file, then one line per finding
 * (`file:line:column  severity  message hint  [code]`, which editors and terminals link to
 * the place), then a summary.
 */
export function formatCheckText(report: CheckReport, c: Colors): string[] {
	const lines: string[] = [];
	let file: string | undefined;
	for (const issue of report.issues) {
		if (issue.file !== file) {
			if (file !== undefined) lines.push('');
			file = issue.file;
			lines.push(c.bold(c.underline(file)));
		}
		lines.push(`  ${formatFinding(issue, c)}`);
	}
	if (lines.length) lines.push('');
	lines.push(formatSummary(report, c));
	return lines;
}

/** One finding on one line. */
export function formatFinding(issue: Issue, c: Colors): string {
	const where = `${issue.file}:${issue.line ?? 1}:${issue.column ?? 1}`;
	const text = issue.hint ? `${issue.message} ${issue.hint}` : issue.message;
	return `${where}  ${paintSeverity(issue.severity, c)}  ${text}  ${c.dim(`[${issue.code}]`)}`;
}

/** "2 errors and 3 warnings in 2 files." or "No problems found in 1 course (8 modules)." */
export function formatSummary(report: CheckReport, c: Colors): string {
	if (!report.issues.length) {
		return c.green(
			`No problems found in ${count(report.courses, 'course')} (${count(report.modules, 'module')}).`
		);
	}
	const n = countIssues(report.issues);
	const parts = [count(n.errors, 'error'), count(n.warnings, 'warning')];
	if (n.infos) parts.push(count(n.infos, 'suggestion'));
	const text = `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)} in ${count(n.files, 'file')}.`;
	return c.bold(n.errors ? c.red(text) : n.warnings ? c.yellow(text) : text);
}

/** The line printed when `--max-warnings` is exceeded. */
export function formatTooManyWarnings(warnings: number, max: number, c: Colors): string {
	return c.bold(
		c.red(`${count(warnings, 'warning')} found, more than --max-warnings ${max} allows.`)
	);
}

function paintSeverity(severity: Severity, c: Colors): string {
	if (severity === 'error') return c.red(severity);
	if (severity === 'warning') return c.yellow(severity);
	return c.cyan(severity);
}

function count(n: number, word: string): string {
	return `${n} ${n === 1 ? word : `${word}s`}`;
}
