/**
 * The single LMS session of a launch: reads what the LMS kept, reports status, score,
 * bookmark, saved progress and interactions, and commits. Refused calls are kept and sent again
 * at the next commit, so an LMS hiccup loses nothing; after a failed commit everything since the
 * last good one is sent again, because some LMSes (Moodle) only send values that changed.
 * @see SCORM 1.2 RTE 3.4; SCORM 2004 4th Ed. RTE 4.2; shared doc pitfalls B.10–B.18
 */
import type { CmiPair } from '../../lib/scorm/cmi-pairs';
import { scoreSetValues } from '../../lib/scorm/cmi-score';
import {
	mapStatus,
	neverDowngrade,
	parseReportedStatus,
	statusSetValues,
	type ReportedStatus,
	type ReportingPreset,
} from '../../lib/scorm/cmi-status';
import { formatDuration } from '../../lib/scorm/cmi-time';
import type { LearningRecord } from '../../lib/scorm/learning-records';
import { interactionSetValues, type InteractionOptions } from '../../lib/scorm/map-interaction';
import { encodeSuspendData } from '../../lib/scorm/suspend-data';
import { SUSPEND_DATA_LIMIT } from '../../lib/scorm/versions';
import type { CourseResult } from '../course-rules';
import type { CourseProgress } from '../progress-model';
import type { CmiConnection, TrackingLog } from './cmi-connection';
import { ELEMENTS, isFinished, isInteraction, SUSPEND_DATA } from './cmi-elements';

/** An interaction value the LMS keeps refusing is dropped after this many tries (progress never is). */
const MAX_INTERACTION_TRIES = 5;

/** What the LMS had kept from earlier visits. */
export interface LmsStart {
	suspendData: string;
	location: string;
	learnerId: string;
	entry: string;
	/** The status the LMS reported at launch. */
	status?: ReportedStatus;
}

/** Export choices that reach the run time. */
export interface LmsSessionOptions {
	preset?: ReportingPreset;
	interactions?: InteractionOptions;
	/** Clock for session time (tests pass a fake one). */
	now?: () => number;
	log?: TrackingLog;
}

/** The session. Create it, call `start` once, then `update`/`addRecords`, `commit`, `finish`. */
export class LmsSession {
	readonly family: CmiConnection['family'];
	/** Called after a commit that left nothing of the learner's progress unsent. */
	onSynced?: () => void;
	#conn: CmiConnection;
	#preset: ReportingPreset;
	#interactionOptions: InteractionOptions;
	#now: () => number;
	#log: TrackingLog;
	#startedAt = 0;
	#status: ReportedStatus | undefined;
	/** A score the LMS already holds for a finished attempt; a lower one is never sent. */
	#keptScore: number | undefined;
	#accepted = new Map<string, string>();
	#unsent = new Map<string, { value: string; tries: number }>();
	#sinceCommit = new Map<string, string>();
	#commitFailed = false;
	#dirty = false;
	#nextInteraction = 0;
	#committedSuspendData = '';
	#warnedTooLarge = false;

	constructor(connection: CmiConnection, options: LmsSessionOptions = {}) {
		this.#conn = connection;
		this.family = connection.family;
		this.#preset = options.preset ?? 'passed-failed';
		this.#interactionOptions = options.interactions ?? {};
		this.#now = options.now ?? (() => Date.now());
		this.#log = options.log ?? ((m) => console.warn(m));
	}

	/** True between a successful `start` and `finish`. */
	get open(): boolean {
		return this.#conn.state === 'open';
	}

	/** True when the last commit worked and no progress value is waiting to be sent again. */
	get synced(): boolean {
		return !this.#commitFailed && ![...this.#unsent.keys()].some((e) => !isInteraction(e));
	}

	/** True when the LMS has confirmed everything sent so far. */
	get settled(): boolean {
		return this.synced && !this.#dirty;
	}

	/** The suspend data as of the last successful commit: what a relaunch would read. */
	get committedSuspendData(): string {
		return this.#committedSuspendData;
	}

	/** Initialises the LMS session and reads what it kept; undefined when the LMS refuses. */
	start(): LmsStart | undefined {
		if (!this.#conn.initialize()) return undefined;
		this.#startedAt = this.#now();
		const e = ELEMENTS[this.family];
		const get = (element: string) => this.#conn.get(element);
		const kept: Record<string, string> =
			this.family === '1.2'
				? { 'cmi.core.lesson_status': get('cmi.core.lesson_status') }
				: {
						'cmi.completion_status': get('cmi.completion_status'),
						'cmi.success_status': get('cmi.success_status'),
					};
		const status = parseReportedStatus(this.family, {
			lessonStatus: kept['cmi.core.lesson_status'],
			completionStatus: kept['cmi.completion_status'],
			successStatus: kept['cmi.success_status'],
		});
		const start: LmsStart = {
			suspendData: get(SUSPEND_DATA),
			location: get(e.location),
			learnerId: get(e.learnerId),
			entry: get(e.entry),
			status,
		};
		const count = Number(get('cmi.interactions._count'));
		this.#nextInteraction = Number.isInteger(count) && count > 0 ? count : 0;
		const raw = get(e.scoreRaw);
		if (raw !== '' && Number.isFinite(Number(raw)) && isFinished(status)) this.#keptScore = Number(raw);
		// What the LMS already holds counts as sent, so unchanged values are not written again.
		for (const [element, value] of Object.entries(kept)) this.#accepted.set(element, value);
		this.#accepted.set(SUSPEND_DATA, start.suspendData);
		this.#accepted.set(e.location, start.location);
		this.#committedSuspendData = start.suspendData;

		// A launched course is at least incomplete (Moodle turns a 1.2 status still "not attempted"
		// into "completed" on finish), and never less than what the LMS already reported.
		this.#status = neverDowngrade(status, mapStatus(this.family, { started: true, complete: false }, this.#preset));
		this.#put(statusSetValues(this.#status));
		// Suspend from the start, so the LMS keeps the saved progress however the visit ends.
		this.#send(e.exit, 'suspend');
		this.commit();
		return start;
	}

	/** Reports the learner's progress; commits at once when status, score or bookmark changed. */
	update(progress: CourseProgress, result: CourseResult): void {
		if (!this.open) return;
		const e = ELEMENTS[this.family];
		const passed = result.score === undefined ? undefined : result.passed;
		const next = mapStatus(this.family, { started: true, complete: result.complete, passed }, this.#preset);
		this.#status = neverDowngrade(this.#status, next);
		let urgent = this.#put(statusSetValues(this.#status));
		// The course score is sent once the course is complete: a partial score in a grade book
		// reads as a final grade, and 1.2 LMSes with a mastery score would mark it failed.
		if (result.complete && result.score !== undefined && !(result.score < (this.#keptScore ?? 0))) {
			urgent = this.#put(scoreSetValues(this.family, result.score / 100)) || urgent;
		}
		if (progress.at && progress.at.length <= e.locationLimit) {
			urgent = this.#put([[e.location, progress.at]]) || urgent;
		}
		const data = encodeSuspendData(progress);
		if (data.length <= SUSPEND_DATA_LIMIT[this.family]) this.#put([[SUSPEND_DATA, data]]);
		else if (!this.#warnedTooLarge) {
			this.#warnedTooLarge = true;
			this.#log(`[tracking] The saved progress is ${data.length} characters, over the SCORM ${this.family} limit of ${SUSPEND_DATA_LIMIT[this.family]}; it is kept on this device only.`);
		}
		if (urgent) this.commit();
	}

	/** Sends learning records as interactions, numbered on from what the LMS already holds. */
	addRecords(records: readonly LearningRecord[]): void {
		if (!this.open) return;
		for (const record of records) {
			const pairs = interactionSetValues(this.family, record, this.#nextInteraction, this.#interactionOptions);
			if (!pairs.length) continue;
			this.#nextInteraction += 1;
			for (const [element, value] of pairs) this.#send(element, value);
		}
	}

	/** Empties the saved progress and bookmark in the LMS ("start again"); statuses stay. */
	clearProgress(): void {
		this.#put([
			[SUSPEND_DATA, ''],
			[ELEMENTS[this.family].location, ''],
		]);
		this.commit();
	}

	/** Sends refused values again, then commits. */
	commit(): boolean {
		if (!this.open) return false;
		for (const [element, pending] of [...this.#unsent]) {
			if (this.#conn.set(element, pending.value)) {
				this.#unsent.delete(element);
				this.#accept(element, pending.value);
				continue;
			}
			pending.tries += 1;
			if (isInteraction(element) && pending.tries >= MAX_INTERACTION_TRIES) {
				this.#unsent.delete(element);
				this.#log(`[tracking] Gave up sending ${element} after ${pending.tries} refusals.`);
			}
		}
		if (this.#commitFailed) {
			for (const [element, value] of this.#sinceCommit) this.#conn.set(element, value);
		}
		if (!this.#conn.commit()) {
			this.#commitFailed = true;
			return false;
		}
		this.#commitFailed = false;
		this.#sinceCommit.clear();
		this.#dirty = this.#unsent.size > 0;
		if (!this.#unsent.has(SUSPEND_DATA)) {
			this.#committedSuspendData = this.#accepted.get(SUSPEND_DATA) ?? this.#committedSuspendData;
		}
		if (this.synced) this.onSynced?.();
		return true;
	}

	/** Commits when anything changed or is waiting since the last good commit (timer, page hidden). */
	commitIfChanged(): boolean {
		return this.#dirty || this.#commitFailed ? this.commit() : false;
	}

	/** Ends the session once: session time, a last commit, then Finish/Terminate. */
	finish(): boolean {
		if (!this.open) return false;
		this.#send(ELEMENTS[this.family].sessionTime, formatDuration(this.family, this.#now() - this.#startedAt));
		this.commit();
		return this.#conn.finish();
	}

	/** Sends the pairs whose value differs from what the LMS holds; true when any differed. */
	#put(pairs: readonly CmiPair[]): boolean {
		let changed = false;
		for (const [element, value] of pairs) {
			if (this.#accepted.get(element) === value && !this.#unsent.has(element)) continue;
			changed = true;
			this.#send(element, value);
		}
		return changed;
	}

	#send(element: string, value: string): void {
		this.#dirty = true;
		if (this.#conn.set(element, value)) {
			this.#unsent.delete(element);
			this.#accept(element, value);
			return;
		}
		const pending = this.#unsent.get(element);
		if (pending) pending.value = value;
		else this.#unsent.set(element, { value, tries: 1 });
	}

	#accept(element: string, value: string): void {
		this.#accepted.set(element, value);
		this.#sinceCommit.set(element, value);
	}
}
