import type { CourseOutline } from '../runtime/course-rules';
import { fill, pageTracker, readJson } from './page-data';
import { renderStatusBadges } from './status-badges';
import { findRatingChanges } from '../lib/quiz/rating-change';
import type { QuizState } from '../lib/quiz/state';
import type { Quiz } from '../lib/quiz/types';

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
		renderRatingChanges((id) => tracker.blockState<QuizState>(id));
	};
	render();
	tracker.subscribe(render);
}

/** "How your confidence changed": each self-rating answered at the start and at the end. */
function renderRatingChanges(stateOf: (quizId: string) => QuizState | undefined): void {
	const section = document.getElementById('pc-ratings');
	const quizzes = readJson<Quiz[]>('pc-ratings-data');
	if (!section || !quizzes) return;
	const states = Object.fromEntries(quizzes.map((q) => [q.id, stateOf(q.id)]));
	const changes = findRatingChanges(quizzes, states).filter((c) => c.change !== undefined);
	section.hidden = changes.length === 0;
	section.querySelector('ul')!.replaceChildren(
		...changes.map((c) => {
			const li = document.createElement('li');
			li.textContent = fill(section.dataset.item ?? '', { prompt: c.promptText, before: c.before!, after: c.after!, scale: c.scale });
			return li;
		})
	);
}
