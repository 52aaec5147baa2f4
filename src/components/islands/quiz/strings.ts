import type { QuestionResult } from '../../../lib/quiz/runtime';

/**
 * The interface words a quiz island needs, translated on the server (`build-quiz-strings.ts`)
 * so the island never bundles a message formatter. Plurals are already resolved; the few
 * `{placeholders}` left are filled with `fillTemplate`.
 */
export interface QuizStrings {
	/** Heading when the author gave no title. */
	title: string;
	/** "Practice: not counted in your score". */
	practice: string;
	/** "Pass mark: 80%", resolved. */
	passMark: string;
	/** "Each attempt asks 2 of the 4 questions…", resolved; only for quizzes that draw. */
	draw?: string;
	/** "Attempt {current} of {total}". */
	attemptOf: string;
	/** "Attempt {current}", for quizzes without a limit. */
	attemptNumber: string;
	/** Attempts left, resolved for each count from 0 to the quiz's limit (index = count). */
	attemptsLeft: string[];
	/** Shown instead of attempts left when the quiz sets no limit. */
	unlimited: string;
	/** "Question {position} of {total}". */
	questionOf: string;
	/** "Check answer to question {position}". */
	check: string;
	/** Result words, shown with a symbol (never colour alone). */
	result: Record<QuestionResult, string>;
	/** Question feedback when the author wrote none. */
	feedback: { correct: string; partial: string; incorrect: string };
	/** Said when the learner checks before answering. */
	needChoice: string;
	needMatches: string;
	needText: string;
	needRating: string;
	/** Labels of a true/false question's two options. */
	true: string;
	false: string;
	/** "Move up: {step}", "Move down: {step}", "{step} is now number {position} of {total}." */
	moveUp: string;
	moveDown: string;
	moved: string;
	/** How ordering works, for everyone. */
	orderHint: string;
	/** The empty option of a matching select. */
	choose: string;
	/** Label of a reflection's text box. */
	reflectionLabel: string;
	/** Feedback after a reflection is saved. */
	reflectionSaved: string;
	/** Markers in feedback and review. */
	yourAnswer: string;
	rightAnswer: string;
	/** "The right order:". */
	rightOrder: string;
	/** "Right match: {answer}". */
	rightMatch: string;
	/** Result section. */
	resultHeading: string;
	/** "You scored {score}% in this attempt." */
	attemptScore: string;
	/** "Your best score is {score}%. The pass mark is {passMark}%." */
	bestScore: string;
	status: { passed: string; retry: string; failed: string; completed: string };
	tryAgain: string;
	showReview: string;
	hideReview: string;
}
