import type { CourseOutline } from '../runtime/course-rules';
import { getTracker } from '../runtime/tracker';
import { fill, readJson, showNotices } from './page-data';

// Home page: each course's progress, if the learner has started it.
for (const outline of readJson<CourseOutline[]>('pc-outlines') ?? []) {
	const tracker = getTracker(outline);
	showNotices(tracker);
	const el = document.querySelector<HTMLElement>(`[data-course-progress="${outline.id}"]`);
	const bar = document.querySelector<HTMLProgressElement>(`[data-course-bar="${outline.id}"]`);
	const result = tracker.result;
	const started = Object.keys(tracker.progress.seen).length > 0;
	if (el && started) {
		el.textContent = fill(el.dataset.template!, { done: result.modulesDone, total: result.modulesTotal });
		el.hidden = false;
		if (bar) {
			bar.max = result.modulesTotal;
			bar.value = result.modulesDone;
			bar.hidden = false;
		}
	}
}
