/**
 * Formats learner and correct responses per interaction type and version.
 * @see SCORM 1.2 RTE 3.4.4 (cmi.interactions.n.student_response formats)
 * @see SCORM 2004 4th Ed. RTE 4.2.9.1 (learner_response / correct_responses by type)
 *
 * NOTE (spec): SCORM 1.2 describes choice answers as single characters `a`–`z`/`0`–`9`. Mapping
 * authored ids to letters would depend on choice order, which we never use for tracking, so 1.2
 * gets CMIIdentifier tokens (`opt-1,opt-3`). Moodle, scorm-again and Rustici store 1.2
 * student_response as CMIFeedback (any text ≤ 255), so this is accepted everywhere we know.
 */
import { toResponseToken, toSingleLine, truncateText } from './cmi-tokens';
import type { AnswerValue, QuestionType } from './learning-records';
import type { CmiFamily } from './versions';

/** `cmi.interactions.n.type` vocabulary (1.2 lacks `long-fill-in` and `other`). */
export type InteractionType =
	| 'true-false'
	| 'choice'
	| 'fill-in'
	| 'long-fill-in'
	| 'matching'
	| 'performance'
	| 'sequencing'
	| 'likert'
	| 'numeric'
	| 'other';

/** The interaction type each question type is reported as. */
export const INTERACTION_TYPE_OF: Record<QuestionType, InteractionType> = {
	single: 'choice',
	multiple: 'choice',
	'true-false': 'true-false',
	ordering: 'sequencing',
	matching: 'matching',
	reflection: 'fill-in',
	rating: 'likert',
};

/** Most list items Moodle's 2004 model accepts for choice, sequencing and matching. */
const MAX_ITEMS_2004 = 36;

/** Length limits: 1.2 CMIFeedback 255; 2004 fill-in items 250 (SPM). */
const MAX_FEEDBACK_12 = 255;
const MAX_FILL_IN_2004 = 250;

const LIST_DELIMITER: Record<CmiFamily, string> = { '1.2': ',', '2004': '[,]' };
const PAIR_DELIMITER: Record<CmiFamily, string> = { '1.2': '.', '2004': '[.]' };

/** Formats `value` as a response of `type`, or undefined when the shape does not fit or is too long. */
export function formatResponse(
	family: CmiFamily,
	type: InteractionType,
	value: AnswerValue
): string | undefined {
	const text = formatUnchecked(family, type, value);
	if (text === undefined || text === '') return undefined;
	return family === '1.2' && text.length > MAX_FEEDBACK_12 ? undefined : text;
}

function formatUnchecked(family: CmiFamily, type: InteractionType, value: AnswerValue) {
	switch (type) {
		case 'true-false':
			return formatBoolean(family, value);
		case 'choice':
		case 'sequencing':
			return formatList(family, value, type === 'choice');
		case 'matching':
			return formatPairs(family, value);
		case 'likert':
			return typeof value === 'string' || typeof value === 'number'
				? toResponseToken(family, String(value))
				: undefined;
		case 'fill-in':
			return typeof value === 'string' ? formatFillIn(family, value) : undefined;
		default:
			return undefined;
	}
}

function formatBoolean(family: CmiFamily, value: AnswerValue): string | undefined {
	const truth =
		value === true || value === 'true' || value === 't'
			? true
			: value === false || value === 'false' || value === 'f'
				? false
				: undefined;
	if (truth === undefined) return undefined;
	if (family === '1.2') return truth ? 't' : 'f';
	return truth ? 'true' : 'false';
}

function formatList(family: CmiFamily, value: AnswerValue, unique: boolean): string | undefined {
	const ids = typeof value === 'string' ? [value] : Array.isArray(value) ? value : undefined;
	if (!ids || !ids.every((id): id is string => typeof id === 'string')) return undefined;
	let tokens = ids.map((id) => toResponseToken(family, id));
	// 2004 choice responses must not repeat an identifier (RTE 4.2.9.1, "unique").
	if (unique) tokens = [...new Set(tokens)];
	if (tokens.length === 0 || (family === '2004' && tokens.length > MAX_ITEMS_2004))
		return undefined;
	return tokens.join(LIST_DELIMITER[family]);
}

function formatPairs(family: CmiFamily, value: AnswerValue): string | undefined {
	if (!Array.isArray(value) || value.length === 0) return undefined;
	if (family === '2004' && value.length > MAX_ITEMS_2004) return undefined;
	const pairs: string[] = [];
	for (const pair of value as readonly unknown[]) {
		if (!Array.isArray(pair) || pair.length !== 2) return undefined;
		const [source, target] = pair as unknown[];
		if (typeof source !== 'string' || typeof target !== 'string') return undefined;
		pairs.push(
			toResponseToken(family, source) + PAIR_DELIMITER[family] + toResponseToken(family, target)
		);
	}
	return pairs.join(LIST_DELIMITER[family]);
}

/**
 * Free text on one line (scorm-again's 1.2 CMIFeedback and Moodle's 2004 strings use `.`, which
 * stops at line breaks): 1.2 ≤ 255 characters; 2004 one item ≤ 250 with no `[,]` delimiter inside.
 */
function formatFillIn(family: CmiFamily, text: string): string {
	if (family === '1.2') return truncateText(text.replace(/\s+/g, ' ').trim(), MAX_FEEDBACK_12);
	const line = toSingleLine(text).replace(/\[,\]/g, ',');
	return truncateText(line, MAX_FILL_IN_2004);
}
