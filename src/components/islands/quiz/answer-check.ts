import type { Answer, Question } from '../../../lib/quiz/runtime';
import type { QuizStrings } from './strings';

/**
 * Why an answer cannot be checked yet (a polite sentence for the learner), or undefined
 * when it can. Matching needs every item matched; a reflection needs some text.
 */
export function missingAnswerMessage(
	question: Question,
	answer: Answer | undefined,
	strings: QuizStrings,
	reflectionText = ''
): string | undefined {
	switch (question.type) {
		case 'single-choice':
		case 'true-false':
			return answer === undefined ? strings.needChoice : undefined;
		case 'multiple-choice':
			return Array.isArray(answer) && answer.length ? undefined : strings.needChoice;
		case 'ordering':
			return undefined;
		case 'matching': {
			const matched = answer && typeof answer === 'object' && !Array.isArray(answer) ? answer : {};
			return question.pairs.every((p) => matched[p.id]) ? undefined : strings.needMatches;
		}
		case 'reflection':
			return reflectionText.trim() ? undefined : strings.needText;
		case 'self-rating':
			return typeof answer === 'number' ? undefined : strings.needRating;
	}
}

/** A copy of the picked ids with `id` added or removed, kept in the order the options are shown. */
export function toggleChoice(
	picked: readonly string[],
	id: string,
	on: boolean,
	order: readonly string[]
): string[] {
	const next = new Set(picked);
	if (on) next.add(id);
	else next.delete(id);
	return order.filter((x) => next.has(x));
}

/** A copy of a matching answer with `left` matched to `right`, or unmatched when `right` is empty. */
export function setMatch(
	matches: Readonly<Record<string, string>>,
	left: string,
	right: string
): Record<string, string> {
	const { [left]: _old, ...rest } = matches;
	return right ? { ...rest, [left]: right } : rest;
}
