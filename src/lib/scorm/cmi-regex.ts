/**
 * Strict data-type patterns: the spec's rule, narrowed further wherever Moodle (the strictest LMS
 * we know) rejects more. scorm-again is deliberately lenient, so these back our own validator.
 * @see SCORM 1.2 RTE 3.4.3 (CMI data types); SCORM 2004 4th Ed. RTE 4.1 (data types)
 * @see Moodle `mod/scorm/datamodels/scorm_12.js` and `scorm_13.js` (regex tables)
 */

/** SCORM 1.2 data types. */
export const CMI12 = {
	/** CMIIdentifier per spec: alphanumeric, `_`, `-`; ≤ 255 (Moodle allows any printable ASCII). */
	identifier: /^[A-Za-z0-9_-]{1,255}$/,
	/** CMITime `HH:MM:SS(.SS)`. */
	time: /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,2})?$/,
	/** CMITimespan `HHHH:MM:SS(.SS)`, hours 2–4 digits. */
	timespan: /^\d{2,4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/,
	/** CMIDecimal as Moodle reads it (≤ 3 integer digits). */
	decimal: /^-?\d{1,3}(\.\d+)?$/,
	/** Unsigned decimal for CMIResult numbers (Moodle `^([0-9]{0,3})?(\.[0-9]*)?$`). */
	resultDecimal: /^\d{1,3}(\.\d+)?$/,
	lessonStatus: /^(passed|completed|failed|incomplete|browsed)$/,
	exit: /^(time-out|suspend|logout|)$/,
	type: /^(true-false|choice|fill-in|matching|performance|sequencing|likert|numeric)$/,
	result: /^(correct|wrong|unanticipated|neutral)$/,
	/** Response tokens we accept in lists: CMIIdentifier characters only. */
	token: /^[A-Za-z0-9_-]+$/,
} as const;

const YEAR = '(19[7-9]\\d|20[0-2]\\d|203[0-8])';
const ZONE = '(Z|[+-]([01]\\d|2[0-3])(:[0-5]\\d)?)';

/** SCORM 2004 data types. */
export const CMI2004 = {
	/** time(second,10,2): Moodle allows a zone only after fractional seconds; years 1970–2038. */
	time: new RegExp(
		`^${YEAR}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01])(T([01]\\d|2[0-3])(:[0-5]\\d(:[0-5]\\d(\\.\\d{1,2}${ZONE}?)?)?)?)?)?)?$`
	),
	/** timeinterval(second,10,2) without weeks, ≤ 2 decimals (Moodle CMITimespan), not a bare `P`. */
	timeinterval:
		/^P(?!$)(\d+Y)?(\d+M)?(\d+D)?(T((\d+H)(\d+M)?(\d+(\.\d{1,2})?S)?|(\d+M)(\d+(\.\d{1,2})?S)?|(\d+(\.\d{1,2})?S)))?$/,
	/** real(10,7) as Moodle reads it: 1–5 integer digits. */
	decimal: /^-?\d{1,5}(\.\d{1,18})?$/,
	/** long_identifier_type (Moodle CMILongIdentifier). */
	longIdentifier: /^(?:(?!urn:)\S{1,4000}|urn:[A-Za-z0-9-]{1,31}:\S{1,4000})$/,
	/** short_identifier_type: Moodle `[\w.]` (no hyphens) and scorm-again's "contains a word character". */
	shortIdentifier: /^(?=.*\w)[\w.]{1,250}$/,
	/** localized_string_type(250) as Moodle reads it: optional `{lang=xx}`, one line, not starting with `{`. */
	langString250:
		/^(\{lang=([a-zA-Z]{2,3}|i|x)(-[a-zA-Z0-9-]{2,8})?\})?([^{\n\r\u2028\u2029][^\n\r\u2028\u2029]{0,249})?$/,
	completionStatus: /^(completed|incomplete|not attempted|unknown)$/,
	successStatus: /^(passed|failed|unknown)$/,
	exit: /^(time-out|suspend|logout|normal|)$/,
	type: /^(true-false|choice|fill-in|long-fill-in|matching|performance|sequencing|likert|numeric|other)$/,
	/** CMIResult vocabulary or a decimal (Moodle allows ≤ 4 integer digits). */
	result: /^(correct|incorrect|unanticipated|neutral|-?\d{1,4}(\.\d{1,18})?)$/,
} as const;
