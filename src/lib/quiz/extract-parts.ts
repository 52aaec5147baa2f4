import type { RootContent } from 'mdast';
import type { JsxElement } from '../mdx/jsx-attributes';
import type { Place } from '../issues';
import { readComponentProps, type ComponentProps } from './component-props';
import { joinRendered, renderMarkdownString, renderNodes, type Rendered } from './markdown';
import type { Reporter } from './report';
import type { QuestionFeedback } from './types';

/** A `<Choice>`, `<Step>` or `<Pair>` before ids are assigned. */
export interface RawPart {
	place: Place | undefined;
	/** Authored `id`, if any. */
	id?: string;
	/** Where the authored id was written. */
	idPlace?: Place;
	/** Text the id is derived from. */
	idText: string;
	/** Main content (choice text, step text, or the left side of a pair). */
	main: Rendered;
	/** Right side of a pair. */
	right?: Rendered;
	/** `<Choice correct>`. */
	correct: boolean;
	/** `<Choice feedback="…">`. */
	feedbackHtml?: string;
}

/** Reads a `<Choice>`, `<Step>` or `<Pair>`, reporting empty text. */
export function readPart(node: JsxElement, r: Reporter): RawPart {
	const name = node.name ?? '';
	const props = readComponentProps(node, name, r);
	// Part content is Markdown only: components inside are unwrapped, never dropped.
	const body = renderNodes(node.children as RootContent[]);
	const part: RawPart = {
		place: props.place,
		id: props.string('id'),
		idPlace: props.placeOf('id'),
		idText: body.text,
		main: body,
		correct: props.boolean('correct') ?? false,
		feedbackHtml: optionalMarkdown(props, 'feedback'),
	};
	if (name === 'Pair') readPairSides(part, props, body, r);
	else if (!body.text && !body.html) {
		r.report(
			props.place,
			'QUIZ_EMPTY_TEXT',
			`A <${name}> has no text.`,
			`Write the text between <${name}> and </${name}>, or remove the empty <${name}>.`
		);
	}
	return part;
}

function readPairSides(part: RawPart, props: ComponentProps, body: Rendered, r: Reporter): void {
	const left = optionalRendered(props, 'left');
	// The right side may be written as the prop or as the element's content.
	const right = optionalRendered(props, 'right') ?? (body.html ? body : undefined);
	part.main = left ?? { html: '', text: '' };
	part.right = right;
	// Both sides name the pair, so a repeated left side is reported once, as a duplicate side.
	part.idText = `${left?.text ?? ''} = ${right?.text ?? ''}`;
	const missing = [!left && 'left', !right && 'right'].filter(Boolean);
	if (missing.length) {
		r.report(
			props.place,
			'QUIZ_MATCHING_UNPAIRED',
			`A <Pair> has no ${missing.join(' and no ')} side, so it cannot be matched.`,
			'Give every <Pair> both sides, for example <Pair left="PEP" right="Within 72 hours" />.'
		);
	}
}

/** Reads `correct`, `partial` and `incorrect` Markdown props (of a question or `<Feedback>`). */
export function readFeedbackProps(
	props: ComponentProps,
	into: QuestionFeedback = {}
): QuestionFeedback {
	for (const key of ['correct', 'partial', 'incorrect'] as const) {
		const html = optionalMarkdown(props, key);
		if (html !== undefined) into[key] = html;
	}
	return into;
}

/** Reads an `<Explanation>`'s Markdown content. */
export function readExplanation(node: JsxElement, r: Reporter): Rendered {
	readComponentProps(node, 'Explanation', r);
	return renderNodes(node.children as RootContent[]);
}

/** Reads a Markdown string prop as HTML, or undefined when it is not set. */
export function optionalMarkdown(props: ComponentProps, name: string): string | undefined {
	return optionalRendered(props, name)?.html;
}

/** Reads a Markdown string prop as HTML and text, or undefined when it is not set or empty. */
export function optionalRendered(props: ComponentProps, name: string): Rendered | undefined {
	const source = props.string(name);
	if (source === undefined || source.trim() === '') return undefined;
	return renderMarkdownString(source);
}

/** Joins several explanations into one. */
export function joinExplanations(parts: readonly Rendered[]): string | undefined {
	return parts.length ? joinRendered(parts).html || undefined : undefined;
}
