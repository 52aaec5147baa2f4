/**
 * The launch page (`/<course>/launch/`), the single SCO of a package. It owns the one LMS session
 * of the visit and shows the course pages in a same-origin frame; pages find its back-end through
 * `window.peercourseHost` (see `findHostBackend` in ../tracker.ts), so moving between modules never
 * starts or ends the session.
 */
import type { ProgressBackend } from '../backend';
import type { CourseOutline } from '../course-rules';
import { connectCmi } from './cmi-connection';
import { findScormApi } from './find-api';
import { parseLaunchConfig } from './launch-config';
import { LmsSession } from './lms-session';
import { openLmsProgress } from './open-lms-progress';
import { bindSessionLifecycle } from './session-lifecycle';

/** What course pages look for on the launch page's window. */
export interface PeercourseHost {
	backend(outline: CourseOutline): ProgressBackend | undefined;
}

const frame = document.getElementById('pc-content') as HTMLIFrameElement | null;
const status = document.getElementById('pc-lms-status');
const exitButton = document.getElementById('pc-save-exit') as HTMLButtonElement | null;
const ended = document.getElementById('pc-ended');
const outline = readJson<CourseOutline>('pc-outline');

if (frame && outline) {
	const courseHref = new URL(frame.dataset.href ?? '../', location.href);
	if (insideAnotherLaunch()) {
		// A link led back to a launch page inside the course frame: show the course instead of
		// opening a second LMS session.
		location.replace(courseHref.href);
	} else {
		launch(frame, outline, courseHref);
	}
}

function launch(frame: HTMLIFrameElement, outline: CourseOutline, courseHref: URL): void {
	const config = parseLaunchConfig(document.getElementById('pc-scorm-config')?.textContent);
	const found = findScormApi(window, config.family);
	const session = found
		? new LmsSession(connectCmi(found), { preset: config.preset, interactions: { freeText: config.freeText } })
		: undefined;
	const opened = session && openLmsProgress(session, outline);
	if (session && opened) {
		const host: PeercourseHost = { backend: (o) => (o && o.id === outline.id ? opened.backend : undefined) };
		(window as unknown as { peercourseHost?: PeercourseHost }).peercourseHost = host;
		const unbind = bindSessionLifecycle(window, session);
		showStatus('lms');
		if (exitButton) {
			exitButton.hidden = false;
			exitButton.addEventListener('click', () => {
				unbind();
				session.finish();
				frame.remove();
				exitButton.hidden = true;
				showStatus('ended');
				if (ended) {
					ended.hidden = false;
					// Focus the heading, so screen readers announce that the visit ended.
					ended.querySelector<HTMLElement>('h1')?.focus();
				}
			});
		}
	} else {
		// No LMS (or it refused the session): the pages keep progress in this browser.
		showStatus(found ? 'refused' : 'local');
	}
	frame.addEventListener('load', () => adoptFramePage(frame));
	// Only now, with the host in place, may the first course page load (toolchain note G11).
	const bookmark = opened?.bookmark;
	frame.src = bookmark ? new URL(`${encodeURIComponent(bookmark)}/index.html`, courseHref).href : courseHref.href;
}

/** Shows the message for the tracking mode, written by the server into data attributes. */
function showStatus(mode: 'lms' | 'local' | 'refused' | 'ended'): void {
	if (!status) return;
	status.textContent = status.dataset[mode] ?? '';
	status.dataset.mode = mode;
}

/** Follows the page in the frame: its title, and links to other sites open in a new tab. */
function adoptFramePage(frame: HTMLIFrameElement): void {
	try {
		const doc = frame.contentDocument;
		if (!doc) return;
		if (doc.title) document.title = doc.title;
		for (const link of Array.from(doc.querySelectorAll<HTMLAnchorElement>('a[href]'))) {
			if (link.origin !== location.origin && /^https?:$/.test(link.protocol)) {
				link.target = '_blank';
				link.rel = 'noopener noreferrer';
			}
		}
	} catch {
		// The frame shows a page of another origin: nothing to adjust.
	}
}

/** True when a window above this one already runs a PeerCourse launch page. */
function insideAnotherLaunch(): boolean {
	let win: Window = window;
	for (let level = 0; level < 20; level++) {
		let parent: Window;
		try {
			parent = win.parent;
			if (parent === win) return false;
			if ((parent as unknown as { peercourseHost?: unknown }).peercourseHost) return true;
		} catch {
			return false;
		}
		win = parent;
	}
	return false;
}

function readJson<T>(id: string): T | undefined {
	try {
		return JSON.parse(document.getElementById(id)?.textContent ?? '') as T;
	} catch {
		return undefined;
	}
}
