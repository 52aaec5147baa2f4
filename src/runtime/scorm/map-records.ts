/**
 * Learning records as the quiz and role-play islands hand them to the tracker (shapes from
 * `lib/quiz/records` and `lib/scenario/records`) → the records `lib/scorm` turns into
 * `cmi.interactions`. Anything unrecognised is dropped: a record must never break tracking.
 */
import type { LearningRecordLike } from '../backend';
import type {
	AnswerResult,
	AnswerValue,
	LearningRecord,
	QuestionType,
} from '../../lib/scorm/learning-records';

/** Quiz question types (lib/quiz) → the SCORM mapper's question types. */
const QUESTION_TYPES: Record<string, QuestionType> = {
	'single-choice': 'single',
	'multiple-choice': 'multiple',
	'true-false': 'true-false',
	ordering: 'ordering',
	matching: 'matching',
	reflection: 'reflection',
	'self-rating': 'rating',
};

const RESULTS = new Set<AnswerResult>(['correct', 'partial', 'incorrect', 'neutral']);

/** Scene id used for a role-play's ending, which has no scene of its own. */
export const ENDING_SCENE = 'ending';

/** Maps one tracker record to a SCORM learning record, or undefined when it cannot be sent. */
export function toScormRecord(record: LearningRecordLike): LearningRecord | undefined {
	const r = record as unknown as Record<string, unknown>;
	const ids = (...keys: string[]) => keys.every((k) => typeof r[k] === 'string' && r[k] !== '');
	if (r.kind === 'quiz-answer' && ids('courseId', 'moduleId', 'quizId', 'questionId')) {
		const questionType = QUESTION_TYPES[String(r.questionType)];
		const result = r.result as AnswerResult;
		if (!questionType || !RESULTS.has(result)) return undefined;
		return {
			kind: 'quiz-answer',
			courseId: r.courseId as string,
			moduleId: r.moduleId as string,
			quizId: r.quizId as string,
			questionId: r.questionId as string,
			questionType,
			response: (r.response ?? undefined) as AnswerValue,
			correctResponse: (r.correctResponse ?? undefined) as AnswerValue | undefined,
			result,
			score: typeof r.score === 'number' ? r.score : 0,
			timestamp: String(r.timestamp ?? ''),
			latencyMs: typeof r.latencyMs === 'number' ? r.latencyMs : 0,
			description: String(r.description ?? ''),
			includesFreeText: r.includesFreeText === true,
		};
	}
	if (r.kind === 'scenario-choice' && ids('courseId', 'moduleId', 'scenarioId', 'sceneId', 'choiceId')) {
		return {
			kind: 'scenario-choice',
			courseId: r.courseId as string,
			moduleId: r.moduleId as string,
			scenarioId: r.scenarioId as string,
			sceneId: r.sceneId as string,
			choiceId: r.choiceId as string,
			choiceIds: Array.isArray(r.choiceIds) ? r.choiceIds.map(String) : [],
			dimensions: {},
			timestamp: String(r.timestamp ?? ''),
			description: String(r.description ?? ''),
		};
	}
	// The ending a learner reached is reported like a choice in a scene called "ending", so LMS
	// reports show which ending each learner got.
	if (r.kind === 'scenario-ending' && ids('courseId', 'moduleId', 'scenarioId', 'endingId')) {
		return {
			kind: 'scenario-choice',
			courseId: r.courseId as string,
			moduleId: r.moduleId as string,
			scenarioId: r.scenarioId as string,
			sceneId: ENDING_SCENE,
			choiceId: r.endingId as string,
			choiceIds: [],
			dimensions: {},
			timestamp: String(r.timestamp ?? ''),
			description: String(r.description ?? ''),
		};
	}
	return undefined;
}
