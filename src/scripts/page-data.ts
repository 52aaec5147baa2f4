import type { CourseOutline } from '../runtime/course-rules';
import { getTracker, type Tracker } from '../runtime/tracker';

/** Reads a JSON block the layout wrote into the page. */
export function readJson<T>(id: string): T | undefined {
	const el = document.getElementById(id);
	if (!el?.textContent) return undefined;
	try {
		return JSON.parse(el.textContent) as T;
	} catch {
		return undefined;
	}
}

/** The tracker of the page's course, with its notices shown in the page's status region. */
export function pageTracker(outline: CourseOutline): Tracker {
	const tracker = getTracker(outline);
	showNotices(tracker);
	return tracker;
}

/** Shows tracker notices (progress set aside, storage unavailable) once, politely. */
export function showNotices(tracker: Tracker): void {
	const box = document.getElementById('pc-notice');
	const messages = readJson<Record<string, string>>('pc-messages') ?? {};
	if (!box || !tracker.notices.length) return;
	box.textContent = tracker.notices
		.map((n) => (n === 'progress-reset' ? messages.progressReset : messages.storageUnavailable))
		.join(' ');
}

/** Fills `{name}` placeholders of a message the server already translated. */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (_m, k: string) => String(values[k] ?? ''));
}
