/**
 * Learning records → ordered `cmi.interactions.n.*` SetValue calls for one interaction index.
 * `id` always comes first (2004 rejects other fields before it with 408), then `type` (response
 * formats depend on it), then the rest.
 * @see SCORM 1.2 RTE 3.4.2 cmi.interactions; SCORM 2004 4th Ed. RTE 4.2.9 cmi.interactions
 */
import type { CmiPair } from './cmi-pairs';
import { formatDecimal } from './cmi-score';
import {
	formatDuration,
	formatTimeOfDay12,
	formatTimestamp2004,
	type TimeZoneChoice,
} from './cmi-time';
import { toInteractionId, toResponseToken, toSingleLine, truncateText } from './cmi-tokens';
import { formatResponse, INTERACTION_TYPE_OF, type InteractionType } from './interaction-responses';
import type { AnswerResult, LearningRecord, QuizAnswerRecord } from './learning-records';
import { cmiFamilyOf, type CmiFamily, type ScormVersion } from './versions';

/** Choices the course makes about what leaves the browser. */
export interface InteractionOptions {
	/** Send typed text (reflections, free-text answers) to the LMS. Off unless the course opts in. */
	freeText?: boolean;
	/**
	 * How a partly correct answer is reported: `incorrect` (default; 1.2 `wrong`), understood by
	 * every LMS report, or `decimal`, the question score 0..1 (valid in both versions, shown by few LMSes).
	 */
	partialResult?: 'incorrect' | 'decimal';
	/** Clock for `time`/`timestamp`: the learner's local time (default) or UTC. */
	timeZone?: TimeZoneChoice;
}

/** The fields of one interaction before they get element names. */
interface InteractionFields {
	id: string;
	type: InteractionType;
	date?: Date;
	correctPattern?: string;
	response?: string;
	result: string;
	latencyMs?: number;
	description: string;
}

/** Maximum 2004 interaction description length (SPM 250). */
const MAX_DESCRIPTION = 250;

/**
 * Returns the SetValue calls recording `record` at interaction index `n`, or `[]` when it must
 * not be sent (a reflection without the free-text opt-in).
 */
export function interactionSetValues(
	version: ScormVersion | CmiFamily,
	record: LearningRecord,
	n: number,
	options: InteractionOptions = {}
): CmiPair[] {
	const family = cmiFamilyOf(version);
	const fields =
		record.kind === 'quiz-answer'
			? quizFields(family, record, options)
			: scenarioFields(family, record);
	return fields ? toPairs(family, fields, n, options.timeZone ?? 'local') : [];
}

function quizFields(
	family: CmiFamily,
	record: QuizAnswerRecord,
	options: InteractionOptions
): InteractionFields | undefined {
	const freeText = record.questionType === 'reflection' || record.includesFreeText === true;
	// Reflections are only text and have no right answer: without the opt-in there is nothing to send.
	if (record.questionType === 'reflection' && !options.freeText) return undefined;
	const type = INTERACTION_TYPE_OF[record.questionType];
	const correct = record.correctResponse;
	return {
		id: toInteractionId([record.moduleId, record.quizId, record.questionId]),
		type,
		date: parseDate(record.timestamp),
		correctPattern:
			correct === undefined || type === 'fill-in'
				? undefined
				: formatResponse(family, type, correct),
		response:
			freeText && !options.freeText ? undefined : formatResponse(family, type, record.response),
		result: mapResult(family, record.result, record.score, options.partialResult ?? 'incorrect'),
		latencyMs: record.latencyMs,
		description: record.description,
	};
}

function scenarioFields(
	family: CmiFamily,
	record: Extract<LearningRecord, { kind: 'scenario-choice' }>
): InteractionFields {
	return {
		id: toInteractionId([record.moduleId, record.scenarioId, record.sceneId]),
		type: 'choice',
		date: parseDate(record.timestamp),
		response: toResponseToken(family, record.choiceId),
		// Role-play choices are explored, not marked right or wrong.
		result: 'neutral',
		description: record.description,
	};
}

/**
 * Maps a quiz result to CMIResult.
 * @see SCORM 1.2 RTE 3.4.2 cmi.interactions.n.result (`wrong`); SCORM 2004 RTE 4.2.9 (`incorrect`)
 */
export function mapResult(
	family: CmiFamily,
	result: AnswerResult,
	score: number,
	partial: 'incorrect' | 'decimal' = 'incorrect'
): string {
	const incorrect = family === '1.2' ? 'wrong' : 'incorrect';
	if (result === 'correct' || result === 'neutral') return result;
	if (result === 'partial' && partial === 'decimal') {
		return formatDecimal(Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 0);
	}
	return incorrect;
}

function parseDate(iso: string): Date | undefined {
	const date = new Date(iso);
	return Number.isNaN(date.getTime()) ? undefined : date;
}

function toPairs(
	family: CmiFamily,
	f: InteractionFields,
	n: number,
	zone: TimeZoneChoice
): CmiPair[] {
	const at = `cmi.interactions.${n}`;
	const pairs: CmiPair[] = [
		[`${at}.id`, f.id],
		[`${at}.type`, f.type],
	];
	if (f.date) {
		if (family === '1.2') pairs.push([`${at}.time`, formatTimeOfDay12(f.date, zone)]);
		else if (inCmiTimeRange(f.date))
			pairs.push([`${at}.timestamp`, formatTimestamp2004(f.date, zone)]);
	}
	if (f.correctPattern !== undefined)
		pairs.push([`${at}.correct_responses.0.pattern`, f.correctPattern]);
	if (f.response !== undefined) {
		pairs.push([`${at}.${family === '1.2' ? 'student_response' : 'learner_response'}`, f.response]);
	}
	pairs.push([`${at}.result`, f.result]);
	if (f.latencyMs !== undefined && Number.isFinite(f.latencyMs)) {
		pairs.push([`${at}.latency`, formatDuration(family, f.latencyMs)]);
	}
	const description = truncateText(toSingleLine(f.description), MAX_DESCRIPTION);
	if (family === '2004' && description !== '') pairs.push([`${at}.description`, description]);
	return pairs;
}

/** SCORM 2004 time values must fall in 1970–2038 (RTE 4.1.1). */
function inCmiTimeRange(date: Date): boolean {
	const year = date.getFullYear();
	return year >= 1970 && year <= 2038;
}

/**
 * Maps many records to consecutive interaction indices from `firstIndex`, skipping records that
 * send nothing without leaving a gap (1.2 LMSes answer 201 to an index gap).
 */
export function interactionsSetValues(
	version: ScormVersion | CmiFamily,
	records: readonly LearningRecord[],
	firstIndex: number,
	options: InteractionOptions = {}
): { pairs: CmiPair[]; nextIndex: number } {
	const pairs: CmiPair[] = [];
	let index = firstIndex;
	for (const record of records) {
		const one = interactionSetValues(version, record, index, options);
		if (one.length === 0) continue;
		pairs.push(...one);
		index += 1;
	}
	return { pairs, nextIndex: index };
}
