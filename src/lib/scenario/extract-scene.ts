/** Extracts one `<Scene>`: its beats in order and its choices. */
import type { JsxElement } from '../mdx/jsx-attributes';
import { markdownToText } from '../mdx/to-html';
import { markdownToHtml } from './render-markdown';
import { checkChild } from './check-child';
import { checkKebabId } from './check-id';
import { extractBeat } from './extract-beat';
import { extractChoice } from './extract-choice';
import { placeOf, type ExtractContext } from './extract-context';
import { flattenChildren } from './flatten-children';
import { readComponentProps } from './read-component-props';
import { truncateText } from './text';
import type { Beat, Choice, Dimension, Scene } from './types';

/**
 * Reads a `<Scene>`. Markdown written straight into the scene, outside any component, is kept
 * as narration so a forgotten `<Narration>` does not lose text.
 */
export function extractScene(
	node: JsxElement,
	speakerIds: readonly string[],
	dimensions: readonly Dimension[],
	ctx: ExtractContext
): Scene | undefined {
	const props = readComponentProps(node, 'Scene', ctx);
	const id = props.string('id');
	const beats: Beat[] = [];
	const choices: Choice[] = [];
	let firstText = '';
	for (const item of flattenChildren(node.children)) {
		if (item.kind === 'markdown') {
			beats.push({ kind: 'narration', html: markdownToHtml(item.nodes) });
			firstText ||= markdownToText(item.nodes);
			continue;
		}
		const name = checkChild(item.node, 'Scene', ctx);
		if (name === 'Choice') {
			const choice = extractChoice(item.node, dimensions, ctx);
			if (choice) choices.push(choice);
		} else if (name === 'Narration' || name === 'Line' || name === 'Thought') {
			const beat = extractBeat(item.node, name, speakerIds, ctx);
			if (beat) beats.push(beat);
			firstText ||= markdownToText(item.node.children);
		}
	}
	if (!id) return undefined;
	checkKebabId(id, 'scene', props.get('id'), ctx);
	const title = props.string('title') || truncateText(firstText, 60) || id;
	return { id, title, beats, choices, place: placeOf(node) };
}
