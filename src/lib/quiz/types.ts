/**
 * The quiz model: what the extractor builds from `<Quiz>` MDX and what the React island receives
 * as JSON props. Plain data only; every `…Html` field is already-rendered, trusted HTML.
 */

/** The kinds of question an author can write, one per component. */
export type QuestionType =
	| 'single-choice'
	| 'multiple-choice'
	| 'true-false'
	| 'ordering'
	| 'matching'
	| 'reflection'
	| 'self-rating';

/** Feedback shown after a question is checked, picked by the result. */
export interface QuestionFeedback {
	/** Shown when the answer is fully right. */
	correct?: string;
	/** Shown when the answer earns some but not all credit. */
	partial?: string;
	/** Shown when the answer earns no credit. */
	incorrect?: string;
}

/** Fields every question has. */
export interface QuestionBase {
	/** Stable id: authored, or derived from the prompt text (never from position). */
	id: string;
	/** The prompt as HTML (prop first, then any Markdown written inside the element). */
	promptHtml: string;
	/** The prompt as plain text, for records and screen-reader labels. */
	promptText: string;
	/** Result-dependent feedback as HTML. */
	feedback: QuestionFeedback;
	/** Shown after checking and in review, as HTML. */
	explanationHtml?: string;
	/** Line of the question element in the module file, for course-wide checks. */
	line?: number;
}

/** One option of a choice question. */
export interface ChoiceItem {
	/** Short id, unique within the question. */
	id: string;
	/** The option text as HTML. */
	html: string;
	/** Whether picking it is right. */
	correct: boolean;
	/** Feedback for this option as HTML, shown when the learner picked it. */
	feedbackHtml?: string;
}

/** Pick exactly one option. */
export interface SingleChoiceQuestion extends QuestionBase {
	type: 'single-choice';
	choices: ChoiceItem[];
	/** Whether options are shown in a new order on each attempt. */
	shuffle: boolean;
}

/** Pick every option that applies. */
export interface MultipleChoiceQuestion extends QuestionBase {
	type: 'multiple-choice';
	choices: ChoiceItem[];
	/** Whether options are shown in a new order on each attempt. */
	shuffle: boolean;
}

/** A statement that is true or false. */
export interface TrueFalseQuestion extends QuestionBase {
	type: 'true-false';
	/** The right answer. */
	answer: boolean;
}

/** A step of an ordering question; the authored order is the right order. */
export interface StepItem {
	/** Short id, unique within the question. */
	id: string;
	/** The step text as HTML. */
	html: string;
}

/** Put steps in the right order (always shown shuffled). */
export interface OrderingQuestion extends QuestionBase {
	type: 'ordering';
	/** Steps in the right order. */
	steps: StepItem[];
}

/** A left item and the right item it belongs with. */
export interface PairItem {
	/** Short id, unique within the question; names both sides of the pair. */
	id: string;
	leftHtml: string;
	rightHtml: string;
}

/** Match each left item to a right item (right items always shown shuffled). */
export interface MatchingQuestion extends QuestionBase {
	type: 'matching';
	pairs: PairItem[];
}

/** Free-text reflection: never graded, the text stays on the device. */
export interface ReflectionQuestion extends QuestionBase {
	type: 'reflection';
}

/** When a self-rating is asked, so the change between the two can be shown. */
export type RatingPhase = 'before' | 'after';

/** A 1…scale self-rating: never graded. */
export interface SelfRatingQuestion extends QuestionBase {
	type: 'self-rating';
	/** Highest point of the scale (the lowest is 1). */
	scale: number;
	/** Label of point 1, as HTML. */
	minLabelHtml?: string;
	/** Label of the highest point, as HTML. */
	maxLabelHtml?: string;
	/** Set when the same id is asked at the start and at the end of a course. */
	phase?: RatingPhase;
}

/** Any question. */
export type Question =
	| SingleChoiceQuestion
	| MultipleChoiceQuestion
	| TrueFalseQuestion
	| OrderingQuestion
	| MatchingQuestion
	| ReflectionQuestion
	| SelfRatingQuestion;

/** A quiz as authored with `<Quiz>`. */
export interface Quiz {
	/** Kebab-case id, unique in the course. */
	id: string;
	/** Heading shown above the quiz, as plain text. */
	title?: string;
	/** Markdown written directly inside `<Quiz>` (not in a question), as HTML. */
	introHtml?: string;
	/** Percent needed to pass; unset means the course default applies (`withCoursePassMark`). */
	passMark?: number;
	/** Allowed attempts; unset means unlimited. */
	attempts?: number;
	/** Graded quizzes count for completion and score; practice quizzes only need answering. */
	graded: boolean;
	/** Questions drawn per attempt; unset means all. */
	draw?: number;
	/** The question bank in authored order. */
	questions: Question[];
}

/** Whether a question type ever earns credit. */
export function isGradedType(type: QuestionType): boolean {
	return type !== 'reflection' && type !== 'self-rating';
}
