/**
 * A strict validator for every value a SCO writes: spec data types narrowed by Moodle's regexes,
 * so tests and the runtime can assert each SetValue would be accepted by strict LMSes too.
 * @see SCORM 1.2 RTE 3.4.2 (data model); SCORM 2004 4th Ed. RTE 4.2 (data model)
 */
import { CMI12, CMI2004 } from './cmi-regex';
import { checkResponse, type Problem } from './validate-cmi-response';
import { cmiFamilyOf, SUSPEND_DATA_LIMIT, type CmiFamily, type ScormVersion } from './versions';

/** The outcome of checking one value. */
export type CmiValidation = { ok: true } | { ok: false; reason: string };

type Check = (value: string, interactionType: string | undefined) => Problem;

const matches =
	(pattern: RegExp, what: string): Check =>
	(value) =>
		pattern.test(value) ? undefined : `is not a valid ${what}`;
const maxLength =
	(limit: number): Check =>
	(value) =>
		value.length <= limit ? undefined : `is ${value.length} characters long; the limit is ${limit}`;
const decimalIn =
	(pattern: RegExp, min: number, max: number, blank = false): Check =>
	(value) => {
		if (blank && value === '') return undefined;
		if (!pattern.test(value)) return 'is not a valid decimal';
		const n = Number(value);
		return n >= min && n <= max ? undefined : `is outside the range ${min} to ${max}`;
	};
const integerIn = (min: number, max: number): Check => decimalIn(/^-?\d+$/, min, max);
const response =
	(family: CmiFamily, pattern: boolean): Check =>
	(value, type) =>
		checkResponse(family, type, value, pattern);

/** Writable 1.2 elements; `n` stands for an index. */
const ELEMENTS_12: Record<string, Check> = {
	'cmi.core.lesson_location': maxLength(255),
	'cmi.core.lesson_status': matches(
		CMI12.lessonStatus,
		'lesson_status (passed, completed, failed, incomplete, browsed)'
	),
	'cmi.core.score.raw': decimalIn(CMI12.decimal, 0, 100, true),
	'cmi.core.score.min': decimalIn(CMI12.decimal, 0, 100, true),
	'cmi.core.score.max': decimalIn(CMI12.decimal, 0, 100, true),
	'cmi.core.exit': matches(CMI12.exit, 'exit value (time-out, suspend, logout or empty)'),
	'cmi.core.session_time': matches(CMI12.timespan, 'CMITimespan (HHHH:MM:SS.SS)'),
	'cmi.suspend_data': maxLength(SUSPEND_DATA_LIMIT['1.2']),
	'cmi.comments': maxLength(4096),
	'cmi.student_preference.audio': integerIn(-1, 100),
	'cmi.student_preference.language': maxLength(255),
	'cmi.student_preference.speed': integerIn(-100, 100),
	'cmi.student_preference.text': integerIn(-1, 1),
	'cmi.objectives.n.id': matches(CMI12.identifier, 'CMIIdentifier ([A-Za-z0-9_-], up to 255)'),
	'cmi.objectives.n.score.raw': decimalIn(CMI12.decimal, 0, 100, true),
	'cmi.objectives.n.score.min': decimalIn(CMI12.decimal, 0, 100, true),
	'cmi.objectives.n.score.max': decimalIn(CMI12.decimal, 0, 100, true),
	'cmi.objectives.n.status': matches(
		/^(passed|completed|failed|incomplete|browsed|not attempted)$/,
		'objective status'
	),
	'cmi.interactions.n.id': matches(CMI12.identifier, 'CMIIdentifier ([A-Za-z0-9_-], up to 255)'),
	'cmi.interactions.n.objectives.n.id': matches(
		CMI12.identifier,
		'CMIIdentifier ([A-Za-z0-9_-], up to 255)'
	),
	'cmi.interactions.n.time': matches(CMI12.time, 'CMITime (HH:MM:SS)'),
	'cmi.interactions.n.type': matches(CMI12.type, 'SCORM 1.2 interaction type'),
	'cmi.interactions.n.correct_responses.n.pattern': response('1.2', true),
	'cmi.interactions.n.weighting': decimalIn(CMI12.decimal, -100, 100),
	'cmi.interactions.n.student_response': response('1.2', false),
	'cmi.interactions.n.result': (v) =>
		CMI12.result.test(v) || CMI12.resultDecimal.test(v)
			? undefined
			: 'is not correct, wrong, unanticipated, neutral or a decimal',
	'cmi.interactions.n.latency': matches(CMI12.timespan, 'CMITimespan (HHHH:MM:SS.SS)'),
};

const langString250 = matches(
	CMI2004.langString250,
	'localized string (one line, up to 250 characters)'
);
const longId = (value: string) =>
	value.length > 4000 || !CMI2004.longIdentifier.test(value)
		? 'is not a long identifier (no whitespace, up to 4000 characters)'
		: undefined;
const decimal = decimalIn(CMI2004.decimal, -Infinity, Infinity);

/** Writable 2004 elements; `n` stands for an index. */
const ELEMENTS_2004: Record<string, Check> = {
	'cmi.location': maxLength(1000),
	'cmi.suspend_data': maxLength(SUSPEND_DATA_LIMIT['2004']),
	'cmi.completion_status': matches(CMI2004.completionStatus, 'completion_status'),
	'cmi.success_status': matches(CMI2004.successStatus, 'success_status'),
	'cmi.exit': matches(CMI2004.exit, 'exit value'),
	'cmi.session_time': matches(
		CMI2004.timeinterval,
		'ISO 8601 duration (PT1H2M3.45S, no weeks, up to 2 decimals)'
	),
	'cmi.progress_measure': decimalIn(CMI2004.decimal, 0, 1),
	'cmi.score.scaled': decimalIn(CMI2004.decimal, -1, 1),
	'cmi.score.raw': decimal,
	'cmi.score.min': decimal,
	'cmi.score.max': decimal,
	'cmi.learner_preference.audio_level': decimalIn(CMI2004.decimal, 0, Infinity),
	'cmi.learner_preference.delivery_speed': decimalIn(CMI2004.decimal, 0, Infinity),
	'cmi.learner_preference.audio_captioning': integerIn(-1, 1),
	'cmi.learner_preference.language': matches(
		/^(([a-zA-Z]{2,3}|i|x)(-[a-zA-Z0-9-]{2,8})?)?$/,
		'language code'
	),
	'cmi.comments_from_learner.n.comment': maxLength(4000),
	'cmi.comments_from_learner.n.location': maxLength(250),
	'cmi.comments_from_learner.n.timestamp': matches(
		CMI2004.time,
		'timestamp (YYYY-MM-DDThh:mm:ss, 1970–2038)'
	),
	'cmi.objectives.n.id': longId,
	'cmi.objectives.n.score.scaled': decimalIn(CMI2004.decimal, -1, 1),
	'cmi.objectives.n.score.raw': decimal,
	'cmi.objectives.n.score.min': decimal,
	'cmi.objectives.n.score.max': decimal,
	'cmi.objectives.n.success_status': matches(CMI2004.successStatus, 'success_status'),
	'cmi.objectives.n.completion_status': matches(CMI2004.completionStatus, 'completion_status'),
	'cmi.objectives.n.progress_measure': decimalIn(CMI2004.decimal, 0, 1),
	'cmi.objectives.n.description': langString250,
	'cmi.interactions.n.id': longId,
	'cmi.interactions.n.type': matches(CMI2004.type, 'SCORM 2004 interaction type'),
	'cmi.interactions.n.objectives.n.id': longId,
	'cmi.interactions.n.timestamp': matches(
		CMI2004.time,
		'timestamp (YYYY-MM-DDThh:mm:ss, 1970–2038)'
	),
	'cmi.interactions.n.correct_responses.n.pattern': response('2004', true),
	'cmi.interactions.n.weighting': decimal,
	'cmi.interactions.n.learner_response': response('2004', false),
	'cmi.interactions.n.result': matches(
		CMI2004.result,
		'result (correct, incorrect, unanticipated, neutral or a decimal)'
	),
	'cmi.interactions.n.latency': matches(
		CMI2004.timeinterval,
		'ISO 8601 duration (no weeks, up to 2 decimals)'
	),
	'cmi.interactions.n.description': langString250,
};

/** Replaces collection indices with `n`: `cmi.interactions.3.id` → `cmi.interactions.n.id`. */
export function toElementPattern(element: string): string {
	return element.replace(/\.\d+(?=\.)/g, '.n');
}

/**
 * Checks one SetValue. Response elements need the interaction's `type` to be checked fully;
 * without it only the length is checked.
 */
export function validateCmiValue(
	version: ScormVersion | CmiFamily,
	element: string,
	value: string,
	interactionType?: string
): CmiValidation {
	const family = cmiFamilyOf(version);
	if (typeof value !== 'string')
		return { ok: false, reason: `${element}: the value must be a string.` };
	if (/\.0\d+\./.test(element))
		return { ok: false, reason: `${element}: an index has a leading zero.` };
	const check = (family === '1.2' ? ELEMENTS_12 : ELEMENTS_2004)[toElementPattern(element)];
	if (!check) {
		return {
			ok: false,
			reason: `${element} is not a writable SCORM ${family} data model element.`,
		};
	}
	const problem = check(value, interactionType);
	return problem
		? { ok: false, reason: `${element}: "${truncate(value)}" ${problem}.` }
		: { ok: true };
}

function truncate(value: string): string {
	return value.length > 60 ? `${value.slice(0, 57)}...` : value;
}
