/**
 * Problems found in author content, as values (never thrown from pure code).
 * The build, the dev overlay and `peercourse check` all format the same `Issue`s,
 * so the three never disagree about what is wrong.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Issue {
	/** Permanent, searchable name listed in the README, e.g. `QUIZ_NO_CORRECT_CHOICE`. */
	code: string;
	severity: Severity;
	/** Path relative to the project root, with forward slashes, e.g. `courses/respectful-care/01-why.mdx`. */
	file: string;
	/** 1-based line, when the problem has a place in the file. */
	line?: number;
	/** 1-based column. */
	column?: number;
	/** What happened, as a full sentence. */
	message: string;
	/** What to do about it, as a full sentence. */
	hint?: string;
}

/** A position as unist/mdast nodes carry it. */
export interface Place {
	line?: number;
	column?: number;
}

/** Builds an issue at a unist position (or the file start when there is none). */
export function issueAt(
	file: string,
	place: Place | undefined,
	code: string,
	message: string,
	hint?: string,
	severity: Severity = 'error'
): Issue {
	return { code, severity, file, line: place?.line, column: place?.column, message, hint };
}

export function hasErrors(issues: readonly Issue[]): boolean {
	return issues.some((i) => i.severity === 'error');
}

/** Sorts by file, then line, then column, so reports read top to bottom. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
	return [...issues].sort(
		(a, b) =>
			a.file.localeCompare(b.file) ||
			(a.line ?? 0) - (b.line ?? 0) ||
			(a.column ?? 0) - (b.column ?? 0)
	);
}

/** One line per issue: `file:line:column  severity  message hint  [code]`. */
export function formatIssue(issue: Issue): string {
	const where = `${issue.file}:${issue.line ?? 1}:${issue.column ?? 1}`;
	const text = issue.hint ? `${issue.message} ${issue.hint}` : issue.message;
	return `${where}  ${issue.severity}  ${text}  [${issue.code}]`;
}

/** A short plain report: the issues, then a summary line. */
export function formatReport(issues: readonly Issue[]): string {
	const sorted = sortIssues(issues);
	const errors = sorted.filter((i) => i.severity === 'error').length;
	const warnings = sorted.filter((i) => i.severity === 'warning').length;
	const lines = sorted.map(formatIssue);
	lines.push(`${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}.`);
	return lines.join('\n');
}
