/**
 * The SCORM `ProgressBackend`: the tracker's saves go to the LMS session (status, score,
 * bookmark, suspend data) and, until the LMS confirms them, to a mirror on this device.
 * It lives in the launch page and serves every course page shown in its frame, so values
 * arriving from a page (another realm) are copied before they are kept.
 */
import { decodeSuspendData } from '../../lib/scorm/suspend-data';
import type { LearningRecordLike, ProgressBackend } from '../backend';
import { courseResult, type CourseOutline } from '../course-rules';
import { parseProgress } from '../progress-model';
import type { LmsSession, LmsStart } from './lms-session';
import { toScormRecord } from './map-records';
import type { ProgressMirror } from './progress-mirror';

/**
 * Marks saved data the LMS returned that PeerCourse cannot read. The text is not JSON, so the
 * tracker sets it aside and starts fresh with its usual notice.
 */
const UNREADABLE = 'unreadable-lms-data:';

/** Where the progress of this launch came from. */
export type StartSource = 'lms' | 'mirror' | 'none' | 'unreadable';

/**
 * The progress to start from: the mirror when it holds changes the LMS never confirmed (and the
 * LMS still has the data the mirror built on), else the LMS suspend data, without module flags
 * and bookmark of modules the course no longer has.
 */
export function startingProgress(start: LmsStart, outline: CourseOutline, mirror: ProgressMirror): { text: string | null; source: StartSource } {
	const mirrored = mirror.read();
	if (mirrored && mirrored.base === start.suspendData && parseProgress(mirrored.text).ok) {
		return { text: pruneProgressText(mirrored.text, outline), source: 'mirror' };
	}
	if (mirrored) mirror.clear();
	if (!start.suspendData) return { text: null, source: 'none' };
	const decoded = decodeSuspendData(start.suspendData);
	if (!decoded.ok) return { text: UNREADABLE + start.suspendData, source: 'unreadable' };
	return { text: pruneProgressText(JSON.stringify(decoded.state), outline), source: 'lms' };
}

/**
 * Drops `done`/`seen` flags and the bookmark of modules that are no longer in the course (the
 * course was updated since the learner's last visit). Block states are kept: their readers
 * already ignore ids they do not know.
 */
export function pruneProgressText(text: string, outline: CourseOutline): string {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return text;
	}
	if (!data || typeof data !== 'object' || Array.isArray(data)) return text;
	const record = data as Record<string, unknown>;
	const slugs = new Set(outline.modules.map((m) => m.slug));
	for (const key of ['done', 'seen']) {
		const flags = record[key];
		if (!flags || typeof flags !== 'object') continue;
		for (const slug of Object.keys(flags)) if (!slugs.has(slug)) delete (flags as Record<string, unknown>)[slug];
	}
	if (typeof record.at === 'string' && !slugs.has(record.at)) delete record.at;
	return JSON.stringify(record);
}

/** The back-end the launch page hands to every page of its course. */
export function scormBackend(session: LmsSession, outline: CourseOutline, mirror: ProgressMirror, initialText: string | null): ProgressBackend {
	let current = initialText;
	session.onSynced = () => mirror.clear();
	return {
		kind: session.family === '1.2' ? 'scorm12' : 'scorm2004',
		load: () => current,
		save(text) {
			const parsed = parseProgress(String(text));
			if (!parsed.ok || !parsed.progress) return;
			current = String(text);
			const progress = parsed.progress;
			if (session.open) session.update(progress, courseResult(outline, progress));
			if (session.open && session.settled) mirror.clear();
			else mirror.write({ text: current, base: session.committedSuspendData });
		},
		setAside(text) {
			const original = String(text);
			mirror.setAside(original.startsWith(UNREADABLE) ? original.slice(UNREADABLE.length) : original);
			current = null;
		},
		record(record: LearningRecordLike) {
			let copy: LearningRecordLike;
			try {
				copy = JSON.parse(JSON.stringify(record)) as LearningRecordLike;
			} catch {
				return;
			}
			const mapped = toScormRecord(copy);
			if (mapped) session.addRecords([mapped]);
		},
		clear() {
			current = null;
			mirror.clear();
			session.clearProgress();
		},
	};
}
