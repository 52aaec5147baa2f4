import { correctAnswer, type Answer } from './answers';
import { gradeQuestion, type QuestionResult } from './grade';
import type { QuestionType, Question, Quiz, RatingPhase } from './types';

/** A learner's answer in a normalised, LMS-neutral form (a SCORM mapper turns it into cmi.interactions). */
export type RecordResponse = string[] | boolean | number | [string, string][] | string | null;

/** One answered question, as a learning record. Independent of SCORM. */
export interface QuizAnswerRecord {
	kind: 'quiz-answer';
	courseId: string;
	moduleId: string;
	quizId: string;
	questionId: string;
	questionType: QuestionType;
	/** Choice ids (single and multiple choice), step ids in order, [left, right] pair ids, `true`/`false`, a rating; `null` when not given. */
	response: RecordResponse;
	/** The right answer in the same form; `null` for reflections and self-ratings. */
	correctResponse: RecordResponse;
	result: QuestionResult;
	/** Credit earned, 0…1. */
	score: number;
	/** When the answer was given, ISO 8601 (`toISOString()`: trim the milliseconds for strict LMSes). */
	timestamp: string;
	/** Time from showing the question to answering it. */
	latencyMs: number;
	/** Plain-text prompt, at most 250 characters (SCORM 2004 description limit). */
	description: string;
	/** Whether `response` holds the learner's own free text (a reflection): the SCORM layer drops such records. */
	includesFreeText: boolean;
	/** For self-ratings asked before and after a course. */
	phase?: RatingPhase;
}

/** What `buildAnswerRecord` needs. */
export interface AnswerRecordInput {
	courseId: string;
	moduleId: string;
	quiz: Quiz;
	question: Question;
	answer: Answer | undefined;
	/** When the answer was given. */
	at: Date;
	latencyMs: number;
	/** A reflection's text; left out of the record unless `includeFreeText` is set. */
	text?: string;
	/** Put reflection text into `response` (off by default: reflections stay on the device). */
	includeFreeText?: boolean;
}

/** Builds the learning record of one answered question. */
export function buildAnswerRecord(input: AnswerRecordInput): QuizAnswerRecord {
	const { question, answer } = input;
	const grade = gradeQuestion(question, answer);
	const withText =
		question.type === 'reflection' && !!input.includeFreeText && input.text !== undefined;
	const record: QuizAnswerRecord = {
		kind: 'quiz-answer',
		courseId: input.courseId,
		moduleId: input.moduleId,
		quizId: input.quiz.id,
		questionId: question.id,
		questionType: question.type,
		response: withText ? input.text! : normalise(question, answer),
		correctResponse: normalise(question, correctAnswer(question)),
		result: grade.result,
		score: grade.score,
		timestamp: input.at.toISOString(),
		latencyMs: Math.max(0, Math.round(input.latencyMs)),
		description: truncate(question.promptText, 250),
		includesFreeText: withText,
	};
	if (question.type === 'self-rating' && question.phase) record.phase = question.phase;
	return record;
}

function normalise(question: Question, answer: Answer | undefined): RecordResponse {
	if (answer === undefined || question.type === 'reflection') return null;
	if (question.type === 'single-choice' && typeof answer === 'string') return [answer];
	if (question.type === 'matching' && typeof answer === 'object' && !Array.isArray(answer)) {
		// Authored pair order, so the same answer always gives the same record.
		return question.pairs
			.filter((p) => answer[p.id] !== undefined)
			.map((p): [string, string] => [p.id, answer[p.id]!]);
	}
	return answer as RecordResponse;
}

/** Cuts text to `max` characters, ending with "…" when cut. */
export function truncate(text: string, max: number): string {
	return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
