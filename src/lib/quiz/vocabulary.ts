import type { QuestionType } from './types';

/**
 * The MDX components and props authors may write inside `<Quiz>`. The extractor, the lead's
 * "unknown component" check and the linter all read these lists, so they never disagree.
 */

/** Question component name → question type. */
export const QUESTION_COMPONENTS = {
	SingleChoice: 'single-choice',
	MultipleChoice: 'multiple-choice',
	TrueFalse: 'true-false',
	Ordering: 'ordering',
	Matching: 'matching',
	Reflection: 'reflection',
	SelfRating: 'self-rating',
} as const satisfies Record<string, QuestionType>;

/** The name of a question component. */
export type QuestionComponent = keyof typeof QUESTION_COMPONENTS;

/** Components that only make sense inside a question. */
export const PART_COMPONENTS = ['Choice', 'Step', 'Pair', 'Feedback', 'Explanation'] as const;

/** Every component name this library reads, `Quiz` first. */
export const QUIZ_COMPONENT_NAMES: readonly string[] = [
	'Quiz',
	...Object.keys(QUESTION_COMPONENTS),
	...PART_COMPONENTS,
];

const FEEDBACK = ['correct', 'incorrect'] as const;
const FEEDBACK_PARTIAL = ['correct', 'partial', 'incorrect'] as const;

/** Props each component accepts. */
export const QUIZ_COMPONENT_PROPS: Readonly<Record<string, readonly string[]>> = {
	Quiz: ['id', 'title', 'passMark', 'attempts', 'graded', 'shuffle', 'draw'],
	SingleChoice: ['id', 'prompt', 'shuffle', ...FEEDBACK],
	MultipleChoice: ['id', 'prompt', 'shuffle', ...FEEDBACK_PARTIAL],
	TrueFalse: ['id', 'prompt', 'answer', ...FEEDBACK],
	Ordering: ['id', 'prompt', ...FEEDBACK_PARTIAL],
	Matching: ['id', 'prompt', ...FEEDBACK_PARTIAL],
	Reflection: ['id', 'prompt'],
	SelfRating: ['id', 'prompt', 'scale', 'minLabel', 'maxLabel', 'phase'],
	Choice: ['id', 'correct', 'feedback'],
	Step: ['id'],
	Pair: ['id', 'left', 'right'],
	Feedback: [...FEEDBACK_PARTIAL],
	Explanation: [],
};

/** Child components each component accepts (Markdown is always allowed besides these). */
export const QUIZ_COMPONENT_CHILDREN: Readonly<Record<string, readonly string[]>> = {
	Quiz: Object.keys(QUESTION_COMPONENTS),
	SingleChoice: ['Choice', 'Feedback', 'Explanation'],
	MultipleChoice: ['Choice', 'Feedback', 'Explanation'],
	TrueFalse: ['Feedback', 'Explanation'],
	Ordering: ['Step', 'Feedback', 'Explanation'],
	Matching: ['Pair', 'Feedback', 'Explanation'],
	Reflection: ['Explanation'],
	SelfRating: [],
};

/** Pass mark used when neither the quiz nor the course sets one. */
export const DEFAULT_PASS_MARK = 80;

/** Points on a self-rating scale when `scale` is not set. */
export const DEFAULT_RATING_SCALE = 5;

/** Largest self-rating scale we draw (more points stop being readable on a phone). */
export const MAX_RATING_SCALE = 10;

/** Whether a component name is a question component. */
export function isQuestionComponent(name: string): name is QuestionComponent {
	return Object.hasOwn(QUESTION_COMPONENTS, name);
}
