/**
 * Strict checks of interaction responses and correct-response patterns by interaction type.
 * @see SCORM 1.2 RTE 3.4.4 (student_response / correct_responses formats)
 * @see SCORM 2004 4th Ed. RTE 4.2.9.1 (learner_response and correct_responses by type)
 * @see Moodle `scorm_13.js` `learner_response` / `correct_responses` tables (max items, uniqueness)
 */
import { CMI12, CMI2004 } from './cmi-regex';
import type { CmiFamily } from './versions';

/** Why a value is invalid, or undefined when it is valid. */
export type Problem = string | undefined;

const MAX_ITEMS_2004 = 36;

/** Checks a 1.2 `student_response` or `correct_responses.n.pattern` (CMIFeedback ≤ 255). */
export function checkResponse12(type: string | undefined, value: string): Problem {
	if (value.length > 255) return `is ${value.length} characters long; CMIFeedback allows 255`;
	// scorm-again checks CMIFeedback with `^.*$`, so a line break is refused (405).
	if (/[\n\r\u2028\u2029]/.test(value)) return 'spans more than one line';
	if (value === '' || type === undefined) return undefined;
	const token = CMI12.token.source.slice(1, -1);
	const shapes: Record<string, RegExp> = {
		'true-false': /^(t|f|0|1)$/,
		choice: new RegExp(`^\\{?${token}(,${token})*\\}?$`),
		sequencing: new RegExp(`^${token}(,${token})*$`),
		matching: new RegExp(`^${token}\\.${token}(,${token}\\.${token})*$`),
		likert: new RegExp(`^${token}$`),
		numeric: CMI12.decimal,
	};
	const shape = shapes[type];
	return shape && !shape.test(value) ? `is not a valid ${type} response for SCORM 1.2` : undefined;
}

/** Checks a 2004 `learner_response` or, with `pattern` true, a `correct_responses.n.pattern`. */
export function checkResponse2004(
	type: string | undefined,
	value: string,
	pattern = false
): Problem {
	if (type === undefined) return value.length > 4000 ? 'is longer than 4000 characters' : undefined;
	const items = value.split('[,]');
	switch (type) {
		case 'true-false':
			return /^(true|false)$/.test(value) ? undefined : 'must be "true" or "false"';
		case 'choice':
		case 'sequencing':
			return checkIdList(items, type === 'choice');
		case 'likert':
			return CMI2004.shortIdentifier.test(value)
				? undefined
				: 'must be one short identifier ([A-Za-z0-9_.])';
		case 'matching':
			return checkPairs(items);
		case 'numeric':
			return pattern
				? checkNumericRange(value)
				: CMI2004.decimal.test(value)
					? undefined
					: 'must be a decimal';
		case 'fill-in':
			return checkFillIn(pattern ? stripFillInFlags(value) : value);
		case 'long-fill-in':
		case 'other':
			return value.length <= 4000 ? undefined : 'is longer than 4000 characters';
		case 'performance':
			return items.length <= 250 ? undefined : 'has more than 250 steps';
		default:
			return `belongs to an unknown interaction type "${type}"`;
	}
}

function checkIdList(items: string[], unique: boolean): Problem {
	if (items.length > MAX_ITEMS_2004)
		return `has ${items.length} items; at most ${MAX_ITEMS_2004} are allowed`;
	const bad = items.find((item) => !CMI2004.shortIdentifier.test(item));
	if (bad !== undefined)
		return `has the item "${bad}", which is not a short identifier ([A-Za-z0-9_.], no hyphens)`;
	if (unique && new Set(items).size !== items.length)
		return 'repeats an item, which choice responses may not';
	return undefined;
}

function checkPairs(items: string[]): Problem {
	if (items.length > MAX_ITEMS_2004)
		return `has ${items.length} pairs; at most ${MAX_ITEMS_2004} are allowed`;
	for (const item of items) {
		const sides = item.split('[.]');
		if (sides.length !== 2 || !sides.every((s) => CMI2004.shortIdentifier.test(s))) {
			return `has the pair "${item}", which is not source[.]target with short identifiers`;
		}
	}
	return undefined;
}

function checkFillIn(value: string): Problem {
	const items = value.split('[,]');
	if (items.length > 10) return `has ${items.length} items; fill-in allows 10`;
	const bad = items.find((item) => !CMI2004.langString250.test(item));
	return bad === undefined
		? undefined
		: 'has an item that is over 250 characters, spans lines or starts with "{"';
}

/** Correct-response patterns may start with `{case_matters=…}` / `{order_matters=…}` (RTE 4.2.9.1). */
function stripFillInFlags(value: string): string {
	return value.replace(/^(\{(case_matters|order_matters)=(true|false)\}){0,2}/, '');
}

function checkNumericRange(value: string): Problem {
	const ends = value.split('[:]');
	if (ends.length > 2) return 'must be min[:]max';
	return ends.every((e) => e === '' || CMI2004.decimal.test(e))
		? undefined
		: 'must be decimals as min[:]max';
}

/** Checks a response for either family. */
export function checkResponse(
	family: CmiFamily,
	type: string | undefined,
	value: string,
	pattern: boolean
): Problem {
	return family === '1.2' ? checkResponse12(type, value) : checkResponse2004(type, value, pattern);
}
