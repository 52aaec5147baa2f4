import { readProps, type JsxElement } from '../mdx/jsx-attributes';
import { EXEMPT, SELF } from './text-run';

/** Component props whose string values authors write as prose, so they are linted. */
export const LINTED_PROPS: ReadonlySet<string> = new Set([
	'title',
	'prompt',
	'feedback',
	'label',
	'alt',
	'description',
	'text',
	'name',
	'correct',
	'partial',
	'incorrect',
	'minLabel',
	'maxLabel',
	'left',
	'right',
	'outcome',
]);

/** Components that mention a term instead of using it: `<Term>`, `<Avoid>`, `<Law>` and bad examples. */
const MENTION_COMPONENTS = new Set([
	'Term',
	'Avoid',
	'Law',
	'StigmatisingExample',
	'StigmatizingExample',
]);

/**
 * `<Line speaker>` values that mean the health worker is speaking. Any other speaker
 * is treated as the patient, whose words about themselves are their own to choose.
 */
export const WORKER_SPEAKERS: ReadonlySet<string> = new Set([
	'worker',
	'you',
	'provider',
	'nurse',
	'doctor',
]);

/** The lint flags for an element's children, given the flags around it. */
export function childFlags(node: JsxElement, outer: number): number {
	const name = node.name ?? '';
	if (MENTION_COMPONENTS.has(name) || isStigmatisingChoice(node)) return outer | EXEMPT;
	// Feedback explains why a stigmatising choice is wrong, so it is checked like any prose.
	if (name === 'Feedback') return outer & ~EXEMPT;
	if (name === 'Line' && isPatientLine(node)) return outer | SELF;
	return outer;
}

/** The lint flags for one string prop of an element. */
export function propFlags(node: JsxElement, prop: string, outer: number): number {
	if (prop === 'feedback' && isStigmatisingChoice(node)) return outer & ~EXEMPT;
	return childFlags(node, outer);
}

/**
 * A deliberate stigmatising example in a role-play: `<Choice stigmatising>`,
 * `<Choice stigmatising={true}>`, `<Choice tone="stigmatising">`, or a `<Line stigmatising>`
 * (a colleague's stigmatising remark the learner has to respond to).
 */
export function isStigmatisingChoice(node: JsxElement): boolean {
	if (node.name !== 'Choice' && node.name !== 'Line') return false;
	return readProps(node).some((p) => {
		const value = typeof p.value === 'string' ? p.value.trim().toLowerCase() : p.value;
		if (p.name === 'stigmatising' || p.name === 'stigmatizing')
			return value === true || value === 'true';
		return p.name === 'tone' && (value === 'stigmatising' || value === 'stigmatizing');
	});
}

function isPatientLine(node: JsxElement): boolean {
	const speaker = readProps(node).find((p) => p.name === 'speaker');
	if (!speaker || speaker.expression || typeof speaker.value !== 'string') return false;
	return !WORKER_SPEAKERS.has(speaker.value.trim().toLowerCase());
}
