import type { RootContent } from 'mdast';
import type { JsxElement } from '../mdx/jsx-attributes';
import { acceptChildren, splitChildren } from './children';
import { readComponentProps, type ComponentProps } from './component-props';
import { checkKebabId } from './assign-ids';
import { deriveQuestionId } from './ids';
import { joinRendered, renderNodes, type Rendered } from './markdown';
import {
	joinExplanations,
	optionalRendered,
	readExplanation,
	readFeedbackProps,
	readPart,
} from './extract-parts';
import { buildChoiceQuestion, buildMatchingQuestion, buildOrderingQuestion } from './build-items';
import type { Reporter } from './report';
import type { Question, QuestionBase, RatingPhase } from './types';
import {
	DEFAULT_RATING_SCALE,
	MAX_RATING_SCALE,
	QUESTION_COMPONENTS,
	type QuestionComponent,
} from './vocabulary';

/** Everything a type-specific builder needs about one question element. */
export interface QuestionContext {
	name: QuestionComponent;
	props: ComponentProps;
	base: QuestionBase;
	/** Child parts (`<Choice>`, `<Step>`, `<Pair>`) in authored order. */
	parts: JsxElement[];
	/** The quiz's `shuffle` default. */
	quizShuffle: boolean;
	r: Reporter;
}

/** Builds one question from its element, reporting what is wrong with it. */
export function extractQuestion(
	node: JsxElement,
	name: QuestionComponent,
	quizShuffle: boolean,
	r: Reporter
): Question | undefined {
	const props = readComponentProps(node, name, r);
	const { components, markdown } = splitChildren(node.children as RootContent[]);
	const accepted = acceptChildren(name, components, r);
	const prompt = joinRendered([optionalRendered(props, 'prompt'), renderNodes(markdown)]);
	if (!prompt.text) {
		r.report(
			props.place,
			'QUIZ_MISSING_PROMPT',
			`A <${name}> has no prompt, so learners would not know what is asked.`,
			`Add prompt="…" to the <${name}>, or write the question as text inside it.`
		);
	}
	const base: QuestionBase = {
		id: questionId(props, prompt, name, r),
		promptHtml: prompt.html,
		promptText: prompt.text,
		feedback: readFeedbackProps(props),
		line: props.place?.line,
	};
	const explanations: Rendered[] = [];
	const parts: JsxElement[] = [];
	for (const child of accepted) {
		if (child.name === 'Feedback') readFeedback(child, base, r);
		else if (child.name === 'Explanation') explanations.push(readExplanation(child, r));
		else parts.push(child);
	}
	const explanationHtml = joinExplanations(explanations);
	if (explanationHtml) base.explanationHtml = explanationHtml;
	return buildQuestion({ name, props, base, parts, quizShuffle, r });
}

function readFeedback(node: JsxElement, base: QuestionBase, r: Reporter): void {
	readFeedbackProps(readComponentProps(node, 'Feedback', r), base.feedback);
	if (!renderNodes(node.children as RootContent[]).text) return;
	r.report(
		node.position?.start,
		'QUIZ_FEEDBACK_TEXT_IGNORED',
		'Text written inside <Feedback> is not shown to learners.',
		'Put it in the correct, partial or incorrect prop instead, for example <Feedback correct="Yes: privacy comes first." />.',
		'warning'
	);
}

function questionId(props: ComponentProps, prompt: Rendered, name: string, r: Reporter): string {
	const id = props.string('id');
	if (id === undefined) return deriveQuestionId(prompt.text);
	checkKebabId(id, `a <${name}>`, props.placeOf('id'), r);
	return id;
}

function buildQuestion(ctx: QuestionContext): Question | undefined {
	const { name, props, base, r } = ctx;
	const type = QUESTION_COMPONENTS[name];
	switch (type) {
		case 'single-choice':
		case 'multiple-choice':
			return buildChoiceQuestion(
				ctx,
				type,
				ctx.parts.map((p) => readPart(p, r))
			);
		case 'ordering':
			return buildOrderingQuestion(
				ctx,
				ctx.parts.map((p) => readPart(p, r))
			);
		case 'matching':
			return buildMatchingQuestion(
				ctx,
				ctx.parts.map((p) => readPart(p, r))
			);
		case 'reflection':
			return { ...base, type };
		case 'true-false': {
			const answer = props.boolean('answer');
			if (answer !== undefined) return { ...base, type, answer };
			if (!props.has('answer')) {
				r.report(
					props.place,
					'QUIZ_TRUE_FALSE_NO_ANSWER',
					`The <TrueFalse> "${base.id}" does not say whether the statement is true or false.`,
					'Add answer={true} or answer={false}.'
				);
			}
			return undefined;
		}
		case 'self-rating':
			return buildSelfRating(ctx);
	}
}

function buildSelfRating({ props, base, r }: QuestionContext): Question {
	const scale =
		props.number('scale', { min: 2, max: MAX_RATING_SCALE, integer: true }) ?? DEFAULT_RATING_SCALE;
	const minLabel = optionalRendered(props, 'minLabel');
	const maxLabel = optionalRendered(props, 'maxLabel');
	const phase = props.string('phase');
	const q: Question = { ...base, type: 'self-rating', scale };
	if (minLabel) q.minLabelHtml = minLabel.html;
	if (maxLabel) q.maxLabelHtml = maxLabel.html;
	if (phase === 'before' || phase === 'after') q.phase = phase satisfies RatingPhase;
	else if (phase !== undefined) {
		r.report(
			props.placeOf('phase'),
			'QUIZ_INVALID_PROP_VALUE',
			`The prop "phase" on <SelfRating> has the value "${phase}", which is not "before" or "after".`,
			'Use phase="before" at the start of the course and phase="after" at the end, with the same id.'
		);
	}
	return q;
}
