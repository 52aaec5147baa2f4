/** Extracts `<Narration>`, `<Line>` and `<Thought>` into story beats. */
import type { JsxElement } from '../mdx/jsx-attributes';
import { didYouMeanSentence } from '../text/did-you-mean';
import { checkChildren } from './check-child';
import type { ExtractContext } from './extract-context';
import { readComponentProps } from './read-component-props';
import { renderBody } from './render-markdown';
import type { Beat } from './types';
import { REVEALS } from './vocabulary';

/** The beat components. */
export type BeatComponent = 'Narration' | 'Line' | 'Thought';

/** Reads one beat element; returns undefined (after reporting) when it cannot be shown. */
export function extractBeat(
	node: JsxElement,
	component: BeatComponent,
	speakerIds: readonly string[],
	ctx: ExtractContext
): Beat | undefined {
	const props = readComponentProps(node, component, ctx);
	checkChildren(node.children, component, ctx);
	const { html } = renderBody(node.children);
	if (!html) {
		ctx.report(
			node.position?.start,
			'SCENARIO_EMPTY_TEXT',
			`This <${component}> has no text.`,
			`Write the text between <${component}> and </${component}>, or remove it.`
		);
		return undefined;
	}
	if (component === 'Narration') return { kind: 'narration', html };
	const speaker = readSpeaker(props.string('speaker'), props.get('speaker'), speakerIds, ctx);
	if (!speaker) return undefined;
	if (component === 'Line') {
		const stigmatising = props.boolean('stigmatising');
		return { kind: 'line', speaker, html, ...(stigmatising ? { stigmatising } : {}) };
	}
	return {
		kind: 'thought',
		speaker,
		html,
		reveal: readReveal(props.string('reveal'), props.get('reveal'), ctx),
	};
}

function readSpeaker(
	id: string | undefined,
	place: { line?: number; column?: number } | undefined,
	speakerIds: readonly string[],
	ctx: ExtractContext
): string | undefined {
	if (id === undefined) return undefined;
	if (speakerIds.includes(id)) return id;
	const declared = speakerIds.length
		? `Declared speakers: ${speakerIds.join(', ')}.`
		: 'No speakers are declared yet.';
	ctx.report(
		place,
		'SCENARIO_UNKNOWN_SPEAKER',
		`The speaker "${id}" is not declared in this scenario.${didYouMeanSentence(id, speakerIds)}`,
		`Declare it with <Speaker id="${id}" name="…" /> inside <Scenario>, or use a declared id. ${declared}`
	);
	return undefined;
}

function readReveal(
	value: string | undefined,
	place: { line?: number; column?: number } | undefined,
	ctx: ExtractContext
): 'after' | 'now' {
	if (value === undefined || (REVEALS as readonly string[]).includes(value))
		return (value ?? 'after') as 'after' | 'now';
	ctx.report(
		place,
		'SCENARIO_BAD_VALUE',
		`The reveal "${value}" of <Thought> is not known.${didYouMeanSentence(value, REVEALS)}`,
		'Use reveal="after" (shown once the learner has chosen, the default) or reveal="now".'
	);
	return 'after';
}
