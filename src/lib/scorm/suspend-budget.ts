/**
 * Worst-case size of suspend data, so `peercourse check` can warn before a long course overflows
 * the SCORM 1.2 limit of 4,096 characters (LMSes then truncate and resume breaks).
 * @see SCORM 1.2 RTE 3.4.2 cmi.suspend_data; shared doc pitfall B.10
 */
import { issueAt, type Issue } from '../issues';
import { SUSPEND_DATA_PREFIX_LENGTH, toAsciiJson } from './suspend-data';
import { cmiFamilyOf, SUSPEND_DATA_LIMIT, type CmiFamily, type ScormVersion } from './versions';

/** A named part of the state and its worst-case JSON length. */
export interface SuspendPart {
	/** What the part holds, in words, e.g. `answers of quiz "consent-check"`. */
	name: string;
	size: number;
}

/** The budget verdict. */
export interface SuspendSizeReport {
	limit: number;
	total: number;
	fits: boolean;
	/** The biggest parts first (at most three), to say what to shrink. */
	largest: SuspendPart[];
}

/** Length of a value's JSON as `encodeSuspendData` writes it (ASCII-escaped). */
export function measureSuspendJson(value: unknown): number {
	return toAsciiJson(value).length;
}

/**
 * Worst-case encoded length of a state object whose top-level members (`"key":value`) have the
 * given JSON lengths: prefix + braces + commas. Compression is not counted on, since it is only
 * used when it helps.
 * @example worstCaseSuspendSize([10, 20]) === 5 + 2 + 30 + 1
 */
export function worstCaseSuspendSize(parts: readonly number[]): number {
	const members = parts.reduce((sum, size) => sum + size, 0);
	return SUSPEND_DATA_PREFIX_LENGTH + 2 + members + Math.max(0, parts.length - 1);
}

/** Compares the worst case with the version's limit and names the largest contributors. */
export function reportSuspendSize(
	version: ScormVersion | CmiFamily,
	parts: readonly SuspendPart[]
): SuspendSizeReport {
	const limit = SUSPEND_DATA_LIMIT[cmiFamilyOf(version)];
	const total = worstCaseSuspendSize(parts.map((p) => p.size));
	const largest = [...parts].sort((a, b) => b.size - a.size).slice(0, 3);
	return { limit, total, fits: total <= limit, largest };
}

/** An issue when the report does not fit, naming the largest parts; none when it fits. */
export function suspendSizeIssues(report: SuspendSizeReport, file: string): Issue[] {
	if (report.fits) return [];
	const names = report.largest.map((p) => `${p.name} (${p.size.toLocaleString('en')})`);
	return [
		issueAt(
			file,
			undefined,
			'SCORM_SUSPEND_DATA_TOO_LARGE',
			`Saved progress could need ${report.total.toLocaleString('en')} characters, over the LMS limit of ${report.limit.toLocaleString('en')}. The largest parts are ${joinWords(names)}.`,
			'Split the course into smaller courses or shorten the largest quizzes or scenarios, or export as SCORM 2004, which allows 64,000 characters.'
		),
	];
}

function joinWords(items: readonly string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
