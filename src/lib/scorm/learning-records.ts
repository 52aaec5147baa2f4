/**
 * The learning records the quiz and scenario helpers produce, as the SCORM mapper accepts them.
 * Ids are authored kebab-case ids, never array positions.
 */

/** Question types the quiz helper knows. */
export type QuestionType =
	'single' | 'multiple' | 'true-false' | 'ordering' | 'matching' | 'reflection' | 'rating';

/** A learner answer in any question shape: choice id(s), pairs, a boolean, a rating or free text. */
export type AnswerValue =
	string | readonly string[] | readonly (readonly [string, string])[] | boolean | number;

/** How an answer was judged; `partial` is partly correct, `neutral` has no right answer. */
export type AnswerResult = 'correct' | 'partial' | 'incorrect' | 'neutral';

/** One answered quiz question. */
export interface QuizAnswerRecord {
	kind: 'quiz-answer';
	courseId: string;
	moduleId: string;
	quizId: string;
	questionId: string;
	questionType: QuestionType;
	response: AnswerValue;
	correctResponse?: AnswerValue;
	result: AnswerResult;
	/** Score for this question, 0..1. */
	score: number;
	/** ISO 8601 date-time of the answer. */
	timestamp: string;
	latencyMs: number;
	/** Plain-text question summary (no HTML). */
	description: string;
	/** True when `response` holds text the learner typed. */
	includesFreeText?: boolean;
}

/** One choice made in a branching scenario. */
export interface ScenarioChoiceRecord {
	kind: 'scenario-choice';
	courseId: string;
	moduleId: string;
	scenarioId: string;
	sceneId: string;
	choiceId: string;
	/** The choices offered in the scene. */
	choiceIds: readonly string[];
	/** Scoring dimensions the choice moved, e.g. `{ respect: 2 }`. */
	dimensions: Readonly<Record<string, number>>;
	timestamp: string;
	description: string;
}

/** Any record the SCORM mapper turns into `cmi.interactions`. */
export type LearningRecord = QuizAnswerRecord | ScenarioChoiceRecord;
