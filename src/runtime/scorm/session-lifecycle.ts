/**
 * When the launch page commits and finishes: on a timer (LMS sessions time out, and SuccessFactors
 * drops idle ones after 30 minutes), when the page is hidden (often the last event a phone sends),
 * and finishes once on `pagehide` (Chrome blocks synchronous requests in `unload`, so finishing
 * earlier gives the LMS its best chance).
 * @see shared doc pitfalls B.12 and B.17
 */
import type { LmsSession } from './lms-session';

/** Commit at least this often while anything is unsaved. */
export const COMMIT_INTERVAL_MS = 60_000;

/** Binds the session to the page; returns a function that unbinds everything. */
export function bindSessionLifecycle(win: Window, session: Pick<LmsSession, 'commitIfChanged' | 'finish'>, intervalMs = COMMIT_INTERVAL_MS): () => void {
	const doc = win.document;
	const onVisibility = () => {
		if (doc.visibilityState === 'hidden') session.commitIfChanged();
	};
	const onLeave = () => {
		session.finish();
		unbind();
	};
	const timer = win.setInterval(() => session.commitIfChanged(), intervalMs);
	doc.addEventListener('visibilitychange', onVisibility);
	win.addEventListener('pagehide', onLeave);
	// A fallback for browsers that skip pagehide; finish() does nothing the second time.
	win.addEventListener('unload', onLeave);
	function unbind() {
		win.clearInterval(timer);
		doc.removeEventListener('visibilitychange', onVisibility);
		win.removeEventListener('pagehide', onLeave);
		win.removeEventListener('unload', onLeave);
	}
	return unbind;
}
