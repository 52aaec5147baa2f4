/**
 * Starts the LMS session and the back-end that every course page of the launch will share:
 * reads what the LMS kept, prefers progress this device still holds unconfirmed, sends that to
 * the LMS at once, and finds the module to resume at.
 */
import type { ProgressBackend } from '../backend';
import { courseResult, type CourseOutline } from '../course-rules';
import { parseProgress } from '../progress-model';
import type { LmsSession, LmsStart } from './lms-session';
import { progressMirror, type MirrorStorage } from './progress-mirror';
import { scormBackend, startingProgress, type StartSource } from './scorm-backend';

/** An opened LMS launch. */
export interface LmsProgress {
	backend: ProgressBackend;
	start: LmsStart;
	/** Where the starting progress came from. */
	source: StartSource;
	/** The module to show first, when the learner has been here before and it still exists. */
	bookmark?: string;
}

/** Starts `session`; undefined when the LMS refuses to initialise. */
export function openLmsProgress(session: LmsSession, outline: CourseOutline, storage?: MirrorStorage): LmsProgress | undefined {
	const start = session.start();
	if (!start) return undefined;
	const mirror = progressMirror(outline.id, start.learnerId, storage);
	const initial = startingProgress(start, outline, mirror);
	const backend = scormBackend(session, outline, mirror, initial.text);
	const parsed = parseProgress(initial.text);
	const progress = parsed.ok ? parsed.progress : undefined;
	// Progress the LMS refused last time goes to it now, before the learner does anything.
	if (initial.source === 'mirror' && progress) {
		backend.save(initial.text!, progress, courseResult(outline, progress));
		session.commit();
	}
	const at = progress?.at;
	const bookmark = at && outline.modules.some((m) => m.slug === at) ? at : undefined;
	return { backend, start, source: initial.source, bookmark };
}
