import { assignPartIds } from './assign-ids';
import type { RawPart } from './extract-parts';
import type { QuestionContext } from './extract-question';
import { normaliseForId } from './ids';
import type {
	ChoiceItem,
	MatchingQuestion,
	MultipleChoiceQuestion,
	OrderingQuestion,
	SingleChoiceQuestion,
} from './types';

/** Builds a single- or multiple-choice question, checking it has right answers to find. */
export function buildChoiceQuestion(
	{ props, base, quizShuffle, r }: QuestionContext,
	type: 'single-choice' | 'multiple-choice',
	parts: RawPart[]
): SingleChoiceQuestion | MultipleChoiceQuestion {
	const name = type === 'single-choice' ? 'SingleChoice' : 'MultipleChoice';
	const ids = assignPartIds(parts, 'Choice', base.id, r);
	const choices = parts.map((p, i): ChoiceItem => {
		const c: ChoiceItem = { id: ids[i]!, html: p.main.html, correct: p.correct };
		if (p.feedbackHtml) c.feedbackHtml = p.feedbackHtml;
		return c;
	});
	const correct = choices.filter((c) => c.correct).length;
	if (choices.length < 2) {
		r.report(
			props.place,
			'QUIZ_TOO_FEW_CHOICES',
			`The <${name}> "${base.id}" has ${choices.length} <Choice>, so there is nothing to choose between.`,
			`Add at least two <Choice> items inside the <${name}>.`
		);
	} else if (correct === 0) {
		r.report(
			props.place,
			'QUIZ_NO_CORRECT_CHOICE',
			`The <${name}> "${base.id}" has no correct choice, so no answer could ever be right.`,
			`Mark the right answer${type === 'multiple-choice' ? 's' : ''} with <Choice correct>.`
		);
	} else if (correct > 1 && type === 'single-choice') {
		r.report(
			props.place,
			'QUIZ_SINGLE_CHOICE_MANY_CORRECT',
			`The <SingleChoice> "${base.id}" has ${correct} correct choices, but learners can pick only one.`,
			'Keep `correct` on one <Choice>, or change <SingleChoice> to <MultipleChoice> (and its closing tag).'
		);
	}
	const shuffle = props.boolean('shuffle') ?? quizShuffle;
	return { ...base, type, choices, shuffle } as SingleChoiceQuestion | MultipleChoiceQuestion;
}

/** Builds an ordering question; the authored order of `<Step>`s is the right order. */
export function buildOrderingQuestion(
	{ props, base, r }: QuestionContext,
	parts: RawPart[]
): OrderingQuestion {
	const ids = assignPartIds(parts, 'Step', base.id, r);
	if (parts.length < 2) {
		r.report(
			props.place,
			'QUIZ_ORDERING_TOO_FEW_STEPS',
			`The <Ordering> "${base.id}" has ${parts.length} <Step>, so there is no order to find.`,
			'Add at least two <Step> items, written in the right order.'
		);
	}
	return {
		...base,
		type: 'ordering',
		steps: parts.map((p, i) => ({ id: ids[i]!, html: p.main.html })),
	};
}

/** Builds a matching question, checking every pair has two sides and no side repeats. */
export function buildMatchingQuestion(
	{ props, base, r }: QuestionContext,
	parts: RawPart[]
): MatchingQuestion {
	const complete = parts.filter((p) => p.main.html && p.right);
	const ids = assignPartIds(complete, 'Pair', base.id, r);
	if (parts.length < 2) {
		r.report(
			props.place,
			'QUIZ_MATCHING_TOO_FEW_PAIRS',
			`The <Matching> "${base.id}" has ${parts.length} <Pair>, so there is nothing to match.`,
			'Add at least two <Pair left="…" right="…" /> items.'
		);
	}
	for (const side of ['left', 'right'] as const) {
		const seen = new Set<string>();
		for (const p of complete) {
			const text = normaliseForId(side === 'left' ? p.main.text : p.right!.text);
			if (seen.has(text)) {
				r.report(
					p.place,
					'QUIZ_MATCHING_DUPLICATE_SIDE',
					`Two <Pair> items in the <Matching> "${base.id}" have the same ${side} side ("${text}"), so learners cannot tell which match is meant.`,
					`Make every ${side} side different, or join the two pairs into one.`
				);
			}
			seen.add(text);
		}
	}
	const pairs = complete.map((p, i) => ({
		id: ids[i]!,
		leftHtml: p.main.html,
		rightHtml: p.right!.html,
	}));
	return { ...base, type: 'matching', pairs };
}
