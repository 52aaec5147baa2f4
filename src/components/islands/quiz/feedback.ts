import {
	gradeQuestion,
	type Answer,
	type Question,
	type QuestionResult,
} from '../../../lib/quiz/runtime';
import type { QuizStrings } from './strings';

/** What the feedback area of a checked question shows. */
export interface QuestionFeedbackView {
	result: QuestionResult;
	/** The result word ("Correct", "Partly correct"…). */
	label: string;
	/** A symbol beside the word, so the result never rests on colour alone. */
	symbol: string;
	/** The author's question-level feedback (HTML), or supportive default text. */
	messageHtml?: string;
	/** Feedback the author wrote on the options the learner picked (HTML), in shown order. */
	choiceFeedback: { choiceHtml: string; feedbackHtml: string }[];
	/** The explanation (HTML), shown once a question is checked. */
	explanationHtml?: string;
}

const SYMBOLS: Record<QuestionResult, string> = {
	correct: '✓',
	partial: '◐',
	incorrect: '✗',
	neutral: '✓',
};

/**
 * The feedback for a checked answer: the result word and symbol, the author's feedback for
 * that result (or our default: right answers are praised, wrong ones say what to consider),
 * feedback on each picked option, and the explanation.
 */
export function describeFeedback(
	question: Question,
	answer: Answer | undefined,
	order: readonly string[],
	strings: QuizStrings
): QuestionFeedbackView {
	const { result } = gradeQuestion(question, answer);
	const view: QuestionFeedbackView = {
		result,
		label: strings.result[result],
		symbol: SYMBOLS[result],
		choiceFeedback: pickedFeedback(question, answer, order),
	};
	if (result === 'neutral') {
		if (question.type === 'reflection') view.messageHtml = escapeHtml(strings.reflectionSaved);
	} else {
		view.messageHtml = question.feedback[result] ?? escapeHtml(strings.feedback[result]);
	}
	if (question.explanationHtml) view.explanationHtml = question.explanationHtml;
	return view;
}

function pickedFeedback(
	question: Question,
	answer: Answer | undefined,
	order: readonly string[]
): QuestionFeedbackView['choiceFeedback'] {
	if (question.type !== 'single-choice' && question.type !== 'multiple-choice') return [];
	const picked = new Set(Array.isArray(answer) ? answer : typeof answer === 'string' ? [answer] : []);
	return order.flatMap((id) => {
		const choice = question.choices.find((c) => c.id === id);
		return choice?.feedbackHtml && picked.has(id)
			? [{ choiceHtml: choice.html, feedbackHtml: choice.feedbackHtml }]
			: [];
	});
}

/**
 * The right answer as HTML items, for the feedback of a checked question when it may be
 * shown: the right options, or each left item with its match. Empty for ordering (shown as a
 * list of steps), reflections and self-ratings.
 */
export function rightAnswerHtml(question: Question, order: readonly string[], strings: QuizStrings): string[] {
	switch (question.type) {
		case 'single-choice':
		case 'multiple-choice':
			return order.flatMap((id) => question.choices.filter((c) => c.id === id && c.correct).map((c) => c.html));
		case 'true-false':
			return [escapeHtml(question.answer ? strings.true : strings.false)];
		case 'matching':
			return question.pairs.map((p) => `${p.leftHtml} → ${p.rightHtml}`);
		default:
			return [];
	}
}

/** Escapes interface text that goes next to author HTML. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
