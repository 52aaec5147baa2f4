/** Turns the mdast of one `<Scenario>` element into a validated `Scenario` model. */
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { RootContent } from 'mdast';
import type { Issue } from '../issues';
import type { JsxElement } from '../mdx/jsx-attributes';
import { markdownToHtml } from './render-markdown';
import { checkChild } from './check-child';
import { checkKebabId } from './check-id';
import { createContext, placeOf, type ExtractContext } from './extract-context';
import { extractEnding } from './extract-ending';
import { extractScene } from './extract-scene';
import { extractSpeaker, readDimensions } from './extract-speaker';
import { flattenChildren } from './flatten-children';
import { readComponentProps } from './read-component-props';
import type { Ending, Scenario, Scene, Speaker } from './types';
import { validateScenarioGraph } from './validate-graph';

/** What the extractor hands the MDX plugin: the model (when it has an id) and every issue. */
export interface ExtractedScenario {
	scenario?: Scenario;
	issues: Issue[];
}

/**
 * Reads a `<Scenario>` element written inline in module MDX. Never throws for author
 * mistakes: each one becomes an `Issue` with file, line and a hint.
 */
export function extractScenario(
	node: MdxJsxFlowElement | JsxElement,
	file: string
): ExtractedScenario {
	const ctx = createContext(file);
	const props = readComponentProps(node, 'Scenario', ctx);
	const id = props.string('id');
	if (id) checkKebabId(id, 'scenario', props.get('id'), ctx);
	const dimensions = readDimensions(props.literal('dimensions'), props.get('dimensions'), ctx);
	const items = flattenChildren(node.children);
	const elements = items.flatMap((item) => {
		if (item.kind !== 'element') return [];
		const name = checkChild(item.node, 'Scenario', ctx);
		return name ? [{ name, node: item.node }] : [];
	});
	// Speakers first, so a <Line> may come before the <Speaker> it names.
	const speakers = readSpeakers(
		elements.filter((e) => e.name === 'Speaker').map((e) => e.node),
		ctx
	);
	const speakerIds = speakers.map((s) => s.id);
	const scenes: Scene[] = [];
	const endings: Ending[] = [];
	for (const { name, node: child } of elements) {
		if (name === 'Scene') {
			const scene = extractScene(child, speakerIds, dimensions, ctx);
			if (scene) scenes.push(scene);
		} else if (name === 'Ending') {
			const ending = extractEnding(child, speakerIds, ctx);
			if (ending) endings.push(ending);
		}
	}
	if (!id) return { issues: ctx.issues };
	const intro = items.flatMap((item): RootContent[] =>
		item.kind === 'markdown' ? item.nodes : []
	);
	const scenario: Scenario = {
		id,
		title: props.string('title') || id,
		start: props.string('start') ?? '',
		allowBack: props.boolean('allowBack'),
		...(intro.length ? { introHtml: markdownToHtml(intro) } : {}),
		dimensions,
		speakers,
		scenes,
		endings,
		place: placeOf(node),
	};
	return { scenario, issues: [...ctx.issues, ...validateScenarioGraph(scenario, file)] };
}

function readSpeakers(nodes: JsxElement[], ctx: ExtractContext): Speaker[] {
	const speakers: Speaker[] = [];
	for (const node of nodes) {
		const speaker = extractSpeaker(node, ctx);
		if (!speaker) continue;
		if (speakers.some((s) => s.id === speaker.id)) {
			ctx.report(
				node.position?.start,
				'SCENARIO_DUPLICATE_ID',
				`The speaker id "${speaker.id}" is declared twice.`,
				'Give each <Speaker> its own id, or remove the second one.'
			);
		} else speakers.push(speaker);
	}
	return speakers;
}
