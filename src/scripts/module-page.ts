import type { CourseOutline } from '../runtime/course-rules';
import { pageTracker, readJson } from './page-data';
import { renderStatusBadges } from './status-badges';

// Module page: bookmark this module, and the "Mark as done" rule for modules without blocks.
const outline = readJson<CourseOutline>('pc-outline');
const slug = document.querySelector<HTMLElement>('[data-module]')?.dataset.module;
if (outline && slug) {
	const tracker = pageTracker(outline);
	tracker.visit(slug);
	const button = document.querySelector<HTMLButtonElement>('[data-mark-done]');
	const doneText = document.querySelector<HTMLElement>('[data-done-text]');
	const render = () => {
		renderStatusBadges(tracker);
		const done = tracker.moduleStatus(slug) === 'done';
		if (button) button.hidden = done;
		if (doneText) doneText.hidden = !done;
	};
	button?.addEventListener('click', () => {
		tracker.markDone(slug);
		doneText?.focus();
	});
	// "Next" counts as finishing a module that has no quiz or role-play.
	document.querySelector<HTMLAnchorElement>('[data-next]')?.addEventListener('click', () => {
		if (button) tracker.markDone(slug);
	});
	render();
	tracker.subscribe(render);
}
