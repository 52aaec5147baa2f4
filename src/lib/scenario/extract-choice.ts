/** Extracts one `<Choice>` with its text, target, scores and feedback. */
import type { JsxElement } from '../mdx/jsx-attributes';
import { markdownToHtml, renderBody, renderStringMarkdown } from './render-markdown';
import { didYouMeanSentence } from '../text/did-you-mean';
import { checkChildren } from './check-child';
import { placeOf, type ExtractContext } from './extract-context';
import { readComponentProps, type ComponentProps } from './read-component-props';
import { deriveChoiceId, isKebabCase, slugify } from './text';
import type { Choice, Dimension, Scores } from './types';

/** Reads a `<Choice>`; returns undefined (after reporting) when it has no target or no text. */
export function extractChoice(
	node: JsxElement,
	dimensions: readonly Dimension[],
	ctx: ExtractContext
): Choice | undefined {
	const props = readComponentProps(node, 'Choice', ctx);
	const feedbackNodes: JsxElement[] = [];
	checkChildren(node.children, 'Choice', ctx, (child) => feedbackNodes.push(child));
	const { html, text } = renderBody(node.children);
	const to = props.string('to');
	if (!text) {
		ctx.report(
			node.position?.start,
			'SCENARIO_EMPTY_TEXT',
			'This <Choice> has no text for the learner to choose.',
			'Write what the health worker says or does between <Choice> and </Choice>.'
		);
	}
	if (!to || !text) return undefined;
	const feedbackHtml = readFeedback(props, feedbackNodes, ctx);
	return {
		id: readChoiceId(props, text, ctx),
		to,
		html,
		text,
		scores: readScores(props, dimensions, ctx),
		...(feedbackHtml ? { feedbackHtml } : {}),
		stigmatising: props.boolean('stigmatising'),
		place: placeOf(node),
	};
}

function readChoiceId(props: ComponentProps, text: string, ctx: ExtractContext): string {
	const authored = props.string('id');
	if (authored === undefined) return deriveChoiceId(text);
	if (!isKebabCase(authored)) {
		ctx.report(
			props.get('id'),
			'SCENARIO_BAD_ID',
			`The choice id "${authored}" is not in kebab-case.`,
			`Use lowercase letters, digits and hyphens, for example id="${slugify(authored) || 'listen-first'}".`
		);
	}
	return authored;
}

function readFeedback(
	props: ComponentProps,
	nodes: JsxElement[],
	ctx: ExtractContext
): string | undefined {
	const fromProp = props.string('feedback');
	const fromChild = nodes
		.map((n) => markdownToHtml(n.children))
		.filter(Boolean)
		.join('\n');
	if (fromProp && fromChild) {
		ctx.report(
			props.get('feedback'),
			'SCENARIO_DUPLICATE_FEEDBACK',
			'This <Choice> has both a feedback prop and a <Feedback> block; only the block is shown.',
			'Keep one of the two: the prop for a sentence, the block for longer Markdown.',
			'warning'
		);
	}
	return fromChild || (fromProp ? renderStringMarkdown(fromProp) : undefined);
}

function readScores(
	props: ComponentProps,
	dimensions: readonly Dimension[],
	ctx: ExtractContext
): Scores {
	if (!props.has('scores')) return {};
	const prop = props.get('scores')!;
	const value = props.literal('scores');
	if (!value || typeof value !== 'object' || Array.isArray(value)) {
		ctx.report(
			prop,
			'SCENARIO_BAD_SCORES',
			`The scores of this <Choice> cannot be read: ${prop.expression ? `{${String(prop.value)}}` : String(prop.value)}.`,
			'Write them as scores={{ respect: 2, safety: -1 }} with whole numbers.'
		);
		return {};
	}
	const scores: Scores = {};
	const ids = dimensions.map((d) => d.id);
	for (const [key, points] of Object.entries(value)) {
		const id = slugify(key);
		if (!ids.includes(id)) {
			const declared = ids.length
				? `Declared dimensions: ${ids.join(', ')}.`
				: 'This scenario declares no dimensions.';
			ctx.report(
				prop,
				'SCENARIO_UNDECLARED_DIMENSION',
				`The score "${key}" is not one of the scenario's dimensions.${didYouMeanSentence(id, ids)}`,
				`Add it to dimensions="…" on <Scenario>, or use a declared one. ${declared}`
			);
		} else if (typeof points !== 'number' || !Number.isInteger(points)) {
			ctx.report(
				prop,
				'SCENARIO_BAD_SCORES',
				`The score "${key}" is ${JSON.stringify(points)}, which is not a whole number.`,
				`Write a whole number, for example ${key}: 2 or ${key}: -1.`
			);
		} else scores[id] = (scores[id] ?? 0) + points;
	}
	return scores;
}
