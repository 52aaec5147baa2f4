import { afterEach, describe, expect, it, vi } from 'vitest';
import { bindSessionLifecycle, COMMIT_INTERVAL_MS } from '~/runtime/scorm/session-lifecycle';
import { createTestLms, launchCourse, memoryStorage } from './test-lms';

/** A window with just what the lifecycle uses: events, a document with visibility, timers. */
function fakeWindow() {
	const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
	const win = Object.assign(new EventTarget(), {
		document: doc,
		setInterval: (fn: () => void, ms: number) => setInterval(fn, ms),
		clearInterval: (id: ReturnType<typeof setInterval>) => clearInterval(id),
	});
	const hide = () => {
		doc.visibilityState = 'hidden';
		doc.dispatchEvent(new Event('visibilitychange'));
	};
	return { win: win as unknown as Window, hide, fire: (type: string) => win.dispatchEvent(new Event(type)) };
}

afterEach(() => {
	vi.useRealTimers();
});

describe('session lifecycle', () => {
	it('commits when the page is hidden and on a timer, and finishes once on pagehide', () => {
		vi.useFakeTimers();
		const session = { commitIfChanged: vi.fn(() => true), finish: vi.fn(() => true) };
		const { win, hide, fire } = fakeWindow();
		bindSessionLifecycle(win, session);
		hide();
		expect(session.commitIfChanged).toHaveBeenCalledTimes(1);
		vi.advanceTimersByTime(COMMIT_INTERVAL_MS * 2);
		expect(session.commitIfChanged).toHaveBeenCalledTimes(3);
		fire('pagehide');
		fire('unload');
		fire('pagehide');
		expect(session.finish).toHaveBeenCalledTimes(1);
		vi.advanceTimersByTime(COMMIT_INTERVAL_MS * 3);
		expect(session.commitIfChanged).toHaveBeenCalledTimes(3);
	});

	it('sends progress made since the last commit when the page is hidden, then finishes on pagehide', () => {
		const lms = createTestLms('2004');
		const run = launchCourse(lms, memoryStorage());
		const { win, hide, fire } = fakeWindow();
		bindSessionLifecycle(win, run.session);
		const tracker = run.tracker();
		tracker.visit('welcome');
		tracker.markDone('welcome');
		const commits = () => lms.calls.filter((c) => c.name === 'Commit').length;
		const before = commits();
		hide();
		expect(commits()).toBe(before + 1);
		hide();
		expect(commits()).toBe(before + 1);
		fire('pagehide');
		expect(lms.calls.at(-1)?.name).toBe('Terminate');
		expect(lms.callsAfterFinish()).toEqual([]);
	});
});
