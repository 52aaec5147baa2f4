/** Extracts one `<Ending>`: outcome, title, closing beats and the debrief. */
import type { RootContent } from 'mdast';
import type { JsxElement } from '../mdx/jsx-attributes';
import { markdownToHtml } from './render-markdown';
import { didYouMeanSentence } from '../text/did-you-mean';
import { checkChild } from './check-child';
import { checkKebabId } from './check-id';
import { extractBeat } from './extract-beat';
import { placeOf, type ExtractContext } from './extract-context';
import { flattenChildren } from './flatten-children';
import { readComponentProps } from './read-component-props';
import type { Beat, Ending, Outcome } from './types';
import { OUTCOMES } from './vocabulary';

/** Reads an `<Ending>`; its plain Markdown is the debrief, its beat components close the story. */
export function extractEnding(
	node: JsxElement,
	speakerIds: readonly string[],
	ctx: ExtractContext
): Ending | undefined {
	const props = readComponentProps(node, 'Ending', ctx);
	const id = props.string('id');
	const title = props.string('title');
	const outcome = props.string('outcome')?.toLowerCase();
	const beats: Beat[] = [];
	const debrief: RootContent[] = [];
	for (const item of flattenChildren(node.children)) {
		if (item.kind === 'markdown') debrief.push(...item.nodes);
		else {
			const name = checkChild(item.node, 'Ending', ctx);
			const beat =
				name && name !== 'Choice'
					? extractBeat(item.node, name as 'Line', speakerIds, ctx)
					: undefined;
			if (beat) beats.push(beat);
		}
	}
	const known = outcome !== undefined && (OUTCOMES as readonly string[]).includes(outcome);
	if (outcome !== undefined && !known) {
		ctx.report(
			props.get('outcome'),
			'SCENARIO_BAD_VALUE',
			`The outcome "${outcome}" is not known.${didYouMeanSentence(outcome, OUTCOMES)}`,
			`Use one of: ${OUTCOMES.join(', ')}.`
		);
	}
	if (!id) return undefined;
	checkKebabId(id, 'ending', props.get('id'), ctx);
	// A missing title or outcome is already reported; keeping the ending avoids a second,
	// misleading "unknown target" report for every choice that leads here.
	return {
		id,
		outcome: known ? (outcome as Outcome) : 'mixed',
		title: title || id,
		beats,
		debriefHtml: markdownToHtml(debrief),
		place: placeOf(node),
	};
}
