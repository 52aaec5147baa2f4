import type { Answer } from './answers';

/**
 * Learner state of one quiz, kept as compact JSON (it may travel in SCORM 1.2 suspend_data,
 * 4,096 characters for the whole course): ids only, one-letter keys, optional keys left out.
 * The tracker stores one per quiz id.
 * @example { "v": 1, "n": 1, "a": { "q": ["night-shift", "pep-window"], "o": { "night-shift": ["48w", "uq8"] }, "r": { "night-shift": "uq8" }, "c": ["night-shift"] } }
 */
export interface QuizState {
	/** Format version, so a later format can migrate old states. */
	v: 1;
	/** Attempts started so far. */
	n: number;
	/** Best percent of the finished attempts (best, not last: a retry never lowers a learner's result). */
	b?: number;
	/** The open attempt, or the last finished one (kept for review). */
	a?: AttemptState;
	/** Reflection texts by question id. Device only: drop them with `stripFreeText` before sending state to an LMS. */
	t?: Record<string, string>;
}

/** One attempt. */
export interface AttemptState {
	/** Ids of the questions drawn for this attempt, in order; left out when every question is asked. */
	q?: string[];
	/** Shown order of parts (choice ids, step ids, right-side pair ids) for shuffled questions. */
	o?: Record<string, string[]>;
	/** Answers by question id. */
	r: Record<string, Answer>;
	/** Ids of questions the learner has checked: their answers are locked and feedback shown. */
	c?: string[];
	/** Set once the attempt is finished and graded. */
	f?: 1;
}

/** A state before any attempt. */
export function createQuizState(): QuizState {
	return { v: 1, n: 0 };
}

/** The state without reflection texts, for anything that leaves the device (SCORM suspend_data). */
export function stripFreeText(state: QuizState): QuizState {
	if (!state.t) return state;
	const { t: _texts, ...rest } = state;
	return rest;
}
