import type { QuizState } from './state';
import type { Quiz } from './types';

/** A self-rating asked before and after a course, with what the learner picked each time. */
export interface RatingChange {
	questionId: string;
	/** Prompt of the "after" rating (or the "before" one when there is no "after" yet), as plain text. */
	promptText: string;
	scale: number;
	before?: number;
	after?: number;
	/** `after − before`, once both are answered. */
	change?: number;
}

/**
 * Pairs each `<SelfRating phase="before">` with the `phase="after"` rating of the same id
 * across the course's quizzes and reads the learner's picks from the quiz states.
 */
export function findRatingChanges(
	quizzes: readonly Quiz[],
	states: Readonly<Record<string, QuizState | undefined>>
): RatingChange[] {
	const byId = new Map<string, RatingChange>();
	for (const quiz of quizzes) {
		for (const q of quiz.questions) {
			if (q.type !== 'self-rating' || !q.phase) continue;
			const entry = byId.get(q.id) ?? {
				questionId: q.id,
				promptText: q.promptText,
				scale: q.scale,
			};
			const picked = states[quiz.id]?.a?.r[q.id];
			if (typeof picked === 'number') entry[q.phase] = picked;
			if (q.phase === 'after') entry.promptText = q.promptText;
			byId.set(q.id, entry);
		}
	}
	return [...byId.values()].map((e) =>
		e.before !== undefined && e.after !== undefined ? { ...e, change: e.after - e.before } : e
	);
}
