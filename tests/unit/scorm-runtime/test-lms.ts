/**
 * scorm-again 3.4.3 in Node as the LMS for the run-time tests, behind a recording wrapper that
 * logs every call, keeps what each successful commit saved (as an LMS would), and can refuse
 * commits or single SetValues on demand.
 */
import { Scorm12API, Scorm2004API } from 'scorm-again';
import type { CmiPair } from '~/lib/scorm/cmi-pairs';
import type { CmiFamily } from '~/lib/scorm/versions';
import type { FoundApi } from '~/runtime/scorm/api-types';
import type { CourseOutline } from '~/runtime/course-rules';
import { connectCmi } from '~/runtime/scorm/cmi-connection';
import { findScormApi } from '~/runtime/scorm/find-api';
import { LmsSession, type LmsSessionOptions } from '~/runtime/scorm/lms-session';
import { openLmsProgress } from '~/runtime/scorm/open-lms-progress';
import type { MirrorStorage } from '~/runtime/scorm/progress-mirror';
import { Tracker } from '~/runtime/tracker';

/** One API call as the wrapper saw it. */
export interface Call {
	name: string;
	args: string[];
	result: string;
}

const NAMES = {
	'1.2': ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString'],
	'2004': ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString'],
} as const;

/** A stand-in LMS. */
export interface TestLms {
	family: CmiFamily;
	/** The LMS window: the API sits on it as `API` (1.2) or `API_1484_11` (2004); the course frame is below it. */
	window: Window;
	found: FoundApi;
	calls: Call[];
	/** What the last successful commit (or finish) saved. */
	saved: Record<string, unknown> | undefined;
	/** Refuse Commit and Finish (error 101 / 391), as an LMS whose server is down. */
	refuseCommits: boolean;
	/**
	 * Like LMSes that post only the values set since the last commit: values in a refused commit
	 * are lost, so the course must send them again. `committedValue` reads what was kept.
	 */
	forgetOnFailedCommit: boolean;
	committedValue(element: string): string | undefined;
	/** Elements whose SetValue is refused (error 405/406) while listed. */
	refuseSet: Set<string>;
	/** Element values as the LMS holds them right now. */
	value(element: string): string;
	/** Every successful SetValue, in order. */
	setValues(): CmiPair[];
	/** Calls made after Finish/Terminate returned. */
	callsAfterFinish(): Call[];
}

/** A new LMS session, fresh or resuming from what an earlier one saved (as an LMS would). */
export function createTestLms(family: CmiFamily, saved?: Record<string, unknown>, learnerId = 'learner-7'): TestLms {
	const api = family === '1.2' ? new Scorm12API({ logLevel: 5 }) : new Scorm2004API({ logLevel: 5 });
	api.loadFromJSON(launchData(family, saved, learnerId));
	const [, finish, getValue, setValue, commit, getError] = NAMES[family];
	const calls: Call[] = [];
	let forced: string | undefined;
	let finishedAt = -1;
	const pending = new Map<string, string>();
	const committed = new Map<string, string>();
	const lms: TestLms = {
		family,
		calls,
		saved: undefined,
		refuseCommits: false,
		refuseSet: new Set(),
		forgetOnFailedCommit: false,
		committedValue: (element) => committed.get(element),
		window: undefined as unknown as Window,
		found: undefined as unknown as FoundApi,
		value: (element) => String((api as unknown as Record<string, (e: string) => string>)[getValue]!(element)),
		setValues: () => calls.filter((c) => c.name === setValue && c.result === 'true').map((c) => [c.args[0]!, c.args[1]!] as const),
		callsAfterFinish: () => (finishedAt < 0 ? [] : calls.slice(finishedAt + 1)),
	};
	const target = api as unknown as Record<string, (...args: string[]) => unknown>;
	const wrapper: Record<string, (...args: string[]) => string> = {};
	for (const name of NAMES[family]) {
		wrapper[name] = (...args: string[]) => {
			let result: string;
			if (name === getError && forced) result = forced;
			// Finish saves too, so an LMS that refuses commits refuses it as well.
			else if ((name === commit || name === finish) && lms.refuseCommits) {
				result = 'false';
				forced = family === '1.2' ? '101' : '391';
			} else if (name === setValue && lms.refuseSet.has(args[0]!)) {
				result = 'false';
				forced = family === '1.2' ? '405' : '406';
			} else {
				if (!name.includes('Error')) forced = undefined;
				result = String(target[name]!(...args));
			}
			calls.push({ name, args, result });
			if (name === setValue && result === 'true') pending.set(args[0]!, args[1]!);
			if (name === commit || name === finish) {
				if (result === 'true') for (const [element, value] of pending) committed.set(element, value);
				if (result === 'true' || lms.forgetOnFailedCommit) pending.clear();
			}
			if (result === 'true' && (name === commit || name === finish)) lms.saved = JSON.parse(JSON.stringify(api.cmi));
			if (name === finish) finishedAt = calls.length - 1;
			return result;
		};
	}
	const top: Record<string, unknown> = { [family === '1.2' ? 'API' : 'API_1484_11']: wrapper, opener: null };
	top.parent = top;
	top.top = top;
	// The launch page is a frame of the LMS page, as in a real player.
	const launchWindow: Record<string, unknown> = { parent: top, top, opener: null };
	lms.window = launchWindow as unknown as Window;
	const found = findScormApi(lms.window, family);
	if (!found || found.api !== (wrapper as unknown)) throw new Error('API discovery did not find the test LMS.');
	lms.found = found;
	return lms;
}

/** What an LMS hands a new launch: the saved data with `entry` from the last exit. */
function launchData(family: CmiFamily, saved: Record<string, unknown> | undefined, learnerId: string): Record<string, unknown> {
	const data = saved ? (structuredClone(saved) as Record<string, Record<string, unknown>>) : {};
	if (family === '1.2') {
		const core = (data.core ?? {}) as Record<string, unknown>;
		core.entry = !saved ? 'ab-initio' : core.exit === 'suspend' ? 'resume' : '';
		delete core.exit;
		delete core.session_time;
		core.student_id = learnerId;
		data.core = core;
		return data;
	}
	const flat = data as Record<string, unknown>;
	flat.entry = !saved ? 'ab-initio' : flat.exit === 'suspend' ? 'resume' : '';
	delete flat.exit;
	delete flat.session_time;
	flat.learner_id = learnerId;
	return flat;
}

/** A localStorage stand-in. */
export function memoryStorage(): MirrorStorage & { data: Map<string, string> } {
	const data = new Map<string, string>();
	return {
		data,
		getItem: (k) => data.get(k) ?? null,
		setItem: (k, v) => void data.set(k, String(v)),
		removeItem: (k) => void data.delete(k),
	};
}

/** The course every run-time test uses: a page, a graded quiz and a role-play. */
export const OUTLINE: CourseOutline = {
	id: 'scorm-care',
	passMark: 50,
	modules: [
		{ slug: 'welcome', blocks: [] },
		{ slug: 'consent', blocks: [{ id: 'consent-check', graded: true }] },
		{ slug: 'night-shift', blocks: [{ id: 'night-shift', graded: false }] },
	],
};

/** Launches the course in `lms` as the launch page does; returns the pieces and the tracking log. */
export function launchCourse(lms: TestLms, storage: MirrorStorage, options: LmsSessionOptions = {}, outline = OUTLINE) {
	const log: string[] = [];
	let clock = 1_000_000;
	const session = new LmsSession(connectCmi(lms.found, (m) => log.push(m)), {
		now: () => clock,
		log: (m) => log.push(m),
		...options,
	});
	const opened = openLmsProgress(session, outline, storage);
	if (!opened) throw new Error('The test LMS refused to initialise.');
	const tracker = () => new Tracker(outline, opened.backend);
	return {
		session,
		opened,
		log,
		/** A course page's tracker (each page makes its own over the shared back-end). */
		tracker,
		advanceClock: (ms: number) => void (clock += ms),
	};
}

/** Plays the whole course: the page, the quiz (scored `score`), the role-play. */
export function completeCourse(tracker: Tracker, score = 80): void {
	tracker.visit('welcome');
	tracker.markDone('welcome');
	tracker.visit('consent');
	tracker.setBlock('consent-check', { a: { r: { 'first-step': 'private-room' } } }, { d: true, p: score >= 50, s: score });
	tracker.visit('night-shift');
	tracker.setBlock('night-shift', { p: ['arrival', 'listen'], e: 'good-care' }, { d: true });
}
