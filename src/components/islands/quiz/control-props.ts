import type { Answer, Question } from '../../../lib/quiz/runtime';
import type { QuizStrings } from './strings';

/** What every question's controls receive from `QuestionCard`. */
export interface ControlProps<Q extends Question = Question> {
	question: Q;
	/** Base for element ids and the radio group name, unique on the page. */
	name: string;
	answer: Answer | undefined;
	/** Shown order of the question's parts (ids). */
	order: string[];
	/** Checked, or the attempt is finished: the answer can no longer change. */
	locked: boolean;
	/** Whether the right answers may be shown. */
	reveal: boolean;
	/**
	 * Reviewing a finished attempt: marks ("Your answer", "Right answer") go beside the options.
	 * While answering they stay in the feedback below the button, so nothing above it moves.
	 */
	review: boolean;
	strings: QuizStrings;
	lang: string;
	onAnswer(answer: Answer): void;
}
