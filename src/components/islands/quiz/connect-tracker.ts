import type { CourseOutline } from '../../../runtime/course-rules';
import { getTracker, type Tracker } from '../../../runtime/tracker';
import { readJson } from '../../../scripts/page-data';
import type { TextStorage } from './reflection-store';

/**
 * The page's tracker (the layout writes the course outline into `#pc-outline`). The same
 * instance as the module page's script, so its status badge updates as soon as a quiz is done.
 * Undefined on a page without an outline: the quiz then works for this visit only.
 */
export function connectTracker(): Tracker | undefined {
	const outline = readJson<CourseOutline>('pc-outline');
	return outline ? getTracker(outline) : undefined;
}

/** localStorage when the browser allows it (private modes may throw on access). */
export function deviceStorage(): TextStorage | undefined {
	try {
		return globalThis.localStorage ?? undefined;
	} catch {
		return undefined;
	}
}
