/**
 * Course progress → LMS status, with per-export reporting presets.
 * @see SCORM 1.2 RTE 3.4.2 cmi.core.lesson_status; SCORM 2004 4th Ed. RTE 4.2.4 completion_status, 4.2.22 success_status
 */
import type { CmiPair } from './cmi-pairs';
import type { CmiFamily } from './versions';

/** What the course rules say about the learner. `passed` is undefined when there is no pass mark. */
export interface CourseProgress {
	started: boolean;
	complete: boolean;
	passed?: boolean;
}

/**
 * How results are reported:
 * - `passed-failed` (default): passed / failed / completed / incomplete.
 * - `completed-incomplete`: never `passed` or `failed`; a failed attempt stays `incomplete` so the
 *   learner can retry (Cornerstone keeps a 1.2 course "In Progress" for ever once it gets `failed`).
 * - `completed-passed`: never `failed`; a failed attempt is reported `completed` (Adapt's
 *   `_setCompletedWhenFailed`), a pass as `passed`.
 */
export type ReportingPreset = 'passed-failed' | 'completed-incomplete' | 'completed-passed';

/** 1.2 `cmi.core.lesson_status` values (a SCO may not set `not attempted`, but the LMS may report it). */
export type LessonStatus =
	'passed' | 'completed' | 'failed' | 'incomplete' | 'browsed' | 'not attempted';
/** 2004 `cmi.completion_status` values. */
export type CompletionStatus = 'completed' | 'incomplete' | 'not attempted' | 'unknown';
/** 2004 `cmi.success_status` values. */
export type SuccessStatus = 'passed' | 'failed' | 'unknown';

/** A status to report, tagged with its data model family. */
export type ReportedStatus =
	| { family: '1.2'; lessonStatus: LessonStatus }
	| { family: '2004'; completionStatus: CompletionStatus; successStatus: SuccessStatus };

/** Maps course progress to the status the LMS should receive under `preset`. */
export function mapStatus(
	family: CmiFamily,
	progress: CourseProgress,
	preset: ReportingPreset = 'passed-failed'
): ReportedStatus {
	// A launched SCO is at least `incomplete`: Moodle turns a still-`not attempted` 1.2 status into
	// `completed` on LMSFinish.
	const failed = progress.complete && progress.passed === false;
	const passed = progress.complete && progress.passed === true;
	if (family === '1.2') {
		let lessonStatus: LessonStatus = progress.complete ? 'completed' : 'incomplete';
		if (passed && preset !== 'completed-incomplete') lessonStatus = 'passed';
		if (failed && preset === 'passed-failed') lessonStatus = 'failed';
		if (failed && preset === 'completed-incomplete') lessonStatus = 'incomplete';
		return { family, lessonStatus };
	}
	const completionStatus: CompletionStatus =
		progress.complete && !(failed && preset === 'completed-incomplete')
			? 'completed'
			: 'incomplete';
	let successStatus: SuccessStatus = 'unknown';
	if (passed && preset !== 'completed-incomplete') successStatus = 'passed';
	if (failed && preset === 'passed-failed') successStatus = 'failed';
	return { family, completionStatus, successStatus };
}

const LESSON_RANK: Record<LessonStatus, number> = {
	'not attempted': 0,
	browsed: 1,
	incomplete: 2,
	failed: 3,
	completed: 4,
	passed: 5,
};
const COMPLETION_RANK: Record<CompletionStatus, number> = {
	unknown: 0,
	'not attempted': 0,
	incomplete: 1,
	completed: 2,
};
const SUCCESS_RANK: Record<SuccessStatus, number> = { unknown: 0, failed: 1, passed: 2 };

/**
 * Keeps the better of the stored and the new status, so a course once passed (or completed) is
 * never reported as incomplete or failed again, e.g. when a learner reviews and retries a quiz.
 * Statuses of different families are not compared: `next` wins.
 */
export function neverDowngrade(
	previous: ReportedStatus | undefined,
	next: ReportedStatus
): ReportedStatus {
	if (!previous || previous.family !== next.family) return next;
	if (previous.family === '1.2' && next.family === '1.2') {
		return rank(LESSON_RANK, previous.lessonStatus) > rank(LESSON_RANK, next.lessonStatus)
			? previous
			: next;
	}
	if (previous.family === '2004' && next.family === '2004') {
		const keepCompletion =
			rank(COMPLETION_RANK, previous.completionStatus) >
			rank(COMPLETION_RANK, next.completionStatus);
		const keepSuccess =
			rank(SUCCESS_RANK, previous.successStatus) > rank(SUCCESS_RANK, next.successStatus);
		return {
			family: '2004',
			completionStatus: keepCompletion ? previous.completionStatus : next.completionStatus,
			successStatus: keepSuccess ? previous.successStatus : next.successStatus,
		};
	}
	return next;
}

/** Ranks a value read back from an LMS, which may be outside the vocabulary (then 0). */
function rank<T extends string>(table: Record<T, number>, value: string): number {
	return (table as Record<string, number>)[value] ?? 0;
}

/** Reads a status the LMS returned (1.2 `lesson_status`, 2004 completion + success) into a ReportedStatus. */
export function parseReportedStatus(
	family: CmiFamily,
	values: { lessonStatus?: string; completionStatus?: string; successStatus?: string }
): ReportedStatus | undefined {
	if (family === '1.2') {
		const s = values.lessonStatus ?? '';
		return s in LESSON_RANK ? { family, lessonStatus: s as LessonStatus } : undefined;
	}
	const c = values.completionStatus ?? '';
	const s = values.successStatus ?? '';
	return {
		family,
		completionStatus: c in COMPLETION_RANK ? (c as CompletionStatus) : 'unknown',
		successStatus: s in SUCCESS_RANK ? (s as SuccessStatus) : 'unknown',
	};
}

/** The SetValue calls for a status. */
export function statusSetValues(status: ReportedStatus): CmiPair[] {
	if (status.family === '1.2') {
		// `not attempted` is LMS-only (RTE 3.4.2): a SCO must not write it.
		const value = status.lessonStatus === 'not attempted' ? 'incomplete' : status.lessonStatus;
		return [['cmi.core.lesson_status', value]];
	}
	return [
		['cmi.completion_status', status.completionStatus],
		['cmi.success_status', status.successStatus],
	];
}
