import type { Question } from './types';

/**
 * A learner's answer as kept in quiz state: ids only, never text, so it stays small.
 * - single-choice: the choice id (`"uq8"`)
 * - multiple-choice: the picked choice ids (`["uq8", "ple"]`)
 * - true-false: `true` or `false`
 * - ordering: step ids in the learner's order
 * - matching: left pair id → the pair id whose right side the learner put there (`{ "rbe": "lxb" }`)
 * - reflection: `true` once written (the text itself is in `QuizState.n`, device only)
 * - self-rating: the point picked, 1…scale
 */
export type Answer = string | boolean | number | string[] | Record<string, string>;

/** The right answer of a graded question in `Answer` form, or undefined for reflections and self-ratings. */
export function correctAnswer(question: Question): Answer | undefined {
	switch (question.type) {
		case 'single-choice':
			return question.choices.find((c) => c.correct)?.id;
		case 'multiple-choice':
			return question.choices.filter((c) => c.correct).map((c) => c.id);
		case 'true-false':
			return question.answer;
		case 'ordering':
			return question.steps.map((s) => s.id);
		case 'matching':
			return Object.fromEntries(question.pairs.map((p) => [p.id, p.id]));
		default:
			return undefined;
	}
}

/**
 * Whether a stored answer has the right shape and only known ids for this question. Answers
 * come back from storage after re-publishing, so a removed choice must not crash the island.
 */
export function isValidAnswer(question: Question, answer: unknown): answer is Answer {
	switch (question.type) {
		case 'single-choice':
			return typeof answer === 'string' && question.choices.some((c) => c.id === answer);
		case 'multiple-choice':
			return isIdList(
				answer,
				question.choices.map((c) => c.id)
			);
		case 'true-false':
			return typeof answer === 'boolean';
		case 'ordering':
			return (
				isIdList(
					answer,
					question.steps.map((s) => s.id)
				) && answer.length === question.steps.length
			);
		case 'matching': {
			const ids = question.pairs.map((p) => p.id);
			return (
				isRecord(answer) &&
				Object.entries(answer).every(
					([l, rt]) => ids.includes(l) && typeof rt === 'string' && ids.includes(rt)
				)
			);
		}
		case 'reflection':
			return answer === true;
		case 'self-rating':
			return (
				typeof answer === 'number' &&
				Number.isInteger(answer) &&
				answer >= 1 &&
				answer <= question.scale
			);
	}
}

function isIdList(value: unknown, ids: readonly string[]): value is string[] {
	return (
		Array.isArray(value) &&
		value.every((v) => typeof v === 'string' && ids.includes(v)) &&
		new Set(value).size === value.length
	);
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
