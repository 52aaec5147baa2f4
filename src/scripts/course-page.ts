import type { CourseOutline } from '../runtime/course-rules';
import { fill, pageTracker, readJson } from './page-data';
import { renderStatusBadges } from './status-badges';

// Course page: per-module status, Start / Continue, and the course result.
const outline = readJson<CourseOutline>('pc-outline');
if (outline) {
	const tracker = pageTracker(outline);
	const render = () => {
		renderStatusBadges(tracker);
		const result = tracker.result;
		const start = document.querySelector<HTMLAnchorElement>('[data-start]');
		const label = document.getElementById('pc-result');
		const started = Object.keys(tracker.progress.seen).length > 0;
		if (start) {
			const next = result.nextModule ?? outline.modules[0]?.slug;
			const link = document.querySelector<HTMLAnchorElement>(`[data-module-link="${next}"]`);
			if (link) start.href = link.href;
			start.textContent = result.complete
				? start.dataset.labelReview!
				: started
					? fill(start.dataset.labelContinue!, { module: link?.textContent?.trim() ?? '' })
					: start.dataset.labelStart!;
		}
		if (label) {
			const d = label.dataset;
			const values = { done: result.modulesDone, total: result.modulesTotal, score: result.score ?? 0, passMark: outline.passMark };
			label.textContent = fill(
				!started && !result.modulesDone ? d.notStarted! : !result.complete ? d.inProgress! : result.score === undefined ? d.completeNoScore! : result.passed ? d.passed! : d.failed!,
				values
			);
		}
		const certificate = document.getElementById('pc-certificate');
		if (certificate) certificate.hidden = !result.passed;
	};
	render();
	tracker.subscribe(render);
}
