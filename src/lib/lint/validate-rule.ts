import { hasBadGroups } from './expand-phrase';
import type { Rule, RuleCategory } from './types';

/** Rule id prefix for each category: `sw/prostitute`, `hiv/aids-test`… */
export const CATEGORY_PREFIX: Record<RuleCategory, string> = {
	'sex-work': 'sw',
	hiv: 'hiv',
	drugs: 'drugs',
	gender: 'gender',
	violence: 'violence',
	children: 'children',
};

const SEVERITIES = ['error', 'warning', 'info'];
const CONFIDENCES = ['V', 'S', 'K'];

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isTextList = (v: unknown): v is string[] =>
	Array.isArray(v) && v.length > 0 && v.every(isText);

/**
 * Lists what is wrong with one rule as written in YAML, as sentences that name the field.
 * An empty list means the value is a valid `Rule`.
 */
export function validateRule(raw: Record<string, unknown>): string[] {
	const problems: string[] = [];
	const { id, category, severity } = raw;
	const prefix = CATEGORY_PREFIX[category as RuleCategory];
	if (!prefix)
		problems.push(`"category" must be one of ${Object.keys(CATEGORY_PREFIX).join(', ')}.`);
	if (!isText(id) || !/^[a-z]+\/[a-z0-9-]+$/.test(id))
		problems.push('"id" must look like "sw/prostitute".');
	else if (prefix && !id.startsWith(`${prefix}/`))
		problems.push(`"id" must start with "${prefix}/" for this category.`);
	if (!SEVERITIES.includes(severity as string))
		problems.push('"severity" must be error, warning or info.');
	if (!CONFIDENCES.includes(raw.confidence as string))
		problems.push('"confidence" must be V, S or K.');
	if (!isTextList(raw.avoid)) problems.push('"avoid" must list at least one phrase.');
	else
		for (const p of raw.avoid)
			if (hasBadGroups(p)) problems.push(`The brackets in "${p}" do not pair up.`);
	if (!isTextList(raw.prefer)) problems.push('"prefer" must list at least one wording.');
	if (raw.plural !== undefined && !isTextList(raw.plural))
		problems.push('"plural" must be a list of wordings.');
	if (!isText(raw.why)) problems.push('"why" must be a one-line reason.');
	if (!isSourceList(raw.source))
		problems.push('"source" must list documents, each with a "document" name.');
	problems.push(...checkOptional(raw));
	return problems;
}

function checkOptional(raw: Record<string, unknown>): string[] {
	const problems: string[] = [];
	const near = raw.near as { words?: unknown; within?: unknown } | undefined;
	if (near !== undefined && (!isTextList(near.words) || typeof near.within !== 'number'))
		problems.push('"near" needs "words" (a list) and "within" (a number of words).');
	if (raw.exceptions !== undefined && !isTextList(raw.exceptions))
		problems.push('"exceptions" must be a list of phrases.');
	for (const flag of ['self', 'matchCase'])
		if (raw[flag] !== undefined && typeof raw[flag] !== 'boolean')
			problems.push(`"${flag}" must be true or false.`);
	const examples = raw.examples as { flag?: unknown; pass?: unknown } | undefined;
	if (!examples || !isTextList(examples.flag))
		problems.push('"examples.flag" must list at least one sentence the rule flags.');
	if (examples?.pass !== undefined && examples.pass !== null && !Array.isArray(examples.pass))
		problems.push('"examples.pass" must be a list of sentences.');
	return problems;
}

function isSourceList(v: unknown): boolean {
	return (
		Array.isArray(v) &&
		v.length > 0 &&
		v.every((s) => s && typeof s === 'object' && isText((s as Rule['source'][0]).document))
	);
}
