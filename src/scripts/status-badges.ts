import type { Tracker } from '../runtime/tracker';

/**
 * Updates every `[data-module-status="slug"]` badge with that module's status. The words
 * come from the page (`data-label-*`), so translations stay on the server.
 */
export function renderStatusBadges(tracker: Tracker, root: ParentNode = document): void {
	for (const el of root.querySelectorAll<HTMLElement>('[data-module-status]')) {
		const status = tracker.moduleStatus(el.dataset.moduleStatus!);
		el.dataset.status = status;
		el.textContent = el.dataset[`label${status === 'done' ? 'Done' : status === 'in-progress' ? 'InProgress' : 'NotStarted'}`] ?? status;
		el.hidden = false;
	}
}
