import type { Paragraph, RootContent } from 'mdast';
import { isJsxElement, type JsxElement } from '../mdx/jsx-attributes';
import { didYouMeanSentence } from '../text/did-you-mean';
import type { Reporter } from './report';
import { QUIZ_COMPONENT_CHILDREN, QUIZ_COMPONENT_NAMES } from './vocabulary';

/** An element's children split into the components inside it and the Markdown around them. */
export interface SplitChildren {
	components: JsxElement[];
	markdown: RootContent[];
}

/**
 * Splits children into components and Markdown. MDX puts consecutive one-line elements
 * (`<Choice correct>Yes</Choice>`) inside a paragraph as text elements, so a paragraph made
 * only of elements and blank text is lifted out as components, as are quiz components written
 * inside running text. Expressions such as `{/* comments *\/}` are skipped.
 */
export function splitChildren(children: readonly RootContent[]): SplitChildren {
	const out: SplitChildren = { components: [], markdown: [] };
	for (const child of children) {
		if (isJsxElement(child)) out.components.push(child);
		else if (child.type === 'paragraph') splitParagraph(child, out);
		else if (child.type !== 'mdxFlowExpression' && child.type !== 'mdxjsEsm')
			out.markdown.push(child);
	}
	return out;
}

function splitParagraph(p: Paragraph, out: SplitChildren): void {
	const blank = (n: RootContent) => n.type === 'text' && n.value.trim() === '';
	const onlyElements = p.children.every((n) => isJsxElement(n) || blank(n));
	const lift = (n: RootContent) =>
		isJsxElement(n) && (onlyElements || QUIZ_COMPONENT_NAMES.includes(n.name ?? ''));
	const rest = p.children.filter((n) => !lift(n));
	for (const n of p.children) if (lift(n)) out.components.push(n as JsxElement);
	if (rest.some((n) => !blank(n))) out.markdown.push({ ...p, children: rest });
}

/**
 * Keeps the components a parent accepts, in order. Reports the others: a misspelt or unknown
 * name (with the closest accepted one), or a known part in the wrong place (`<Step>` in
 * `<SingleChoice>`).
 */
export function acceptChildren(
	parent: string,
	components: readonly JsxElement[],
	r: Reporter
): JsxElement[] {
	const allowed = QUIZ_COMPONENT_CHILDREN[parent] ?? [];
	return components.filter((c) => {
		const name = c.name ?? '';
		if (allowed.includes(name)) return true;
		const place = c.position?.start;
		const inside = allowed.length
			? `Inside <${parent}> you can use ${allowed.map((a) => `<${a}>`).join(', ')}.`
			: `<${parent}> takes no components inside.`;
		if (QUIZ_COMPONENT_NAMES.includes(name)) {
			r.report(
				place,
				'QUIZ_MISPLACED_COMPONENT',
				`<${name}> cannot be used directly inside <${parent}>.`,
				`Move it to where it belongs or remove it. ${inside}`
			);
		} else {
			// Prefer a name that fits here; else any quiz name (a misspelt <Choise> in <Quiz>).
			const suggestion = (
				didYouMeanSentence(name, allowed) || didYouMeanSentence(name, QUIZ_COMPONENT_NAMES)
			).trim();
			r.report(
				place,
				'QUIZ_UNKNOWN_COMPONENT',
				`<${name || 'fragment'}> inside <${parent}> is not a quiz component.`,
				suggestion ? `${suggestion} ${inside}` : `Check the spelling. ${inside}`
			);
		}
		return false;
	});
}

/**
 * Replaces JSX elements inside Markdown with their children, so text written inside an
 * unrelated component (for example `<StigmatisingExample>` in a choice) is never silently lost:
 * the island receives HTML, not components. Expressions (`{…}`) are dropped.
 */
export function unwrapJsx(nodes: readonly RootContent[]): RootContent[] {
	return nodes.flatMap((n): RootContent[] => {
		if (n.type === 'mdxTextExpression' || n.type === 'mdxFlowExpression' || n.type === 'mdxjsEsm')
			return [];
		if (isJsxElement(n)) return unwrapJsx(n.children as RootContent[]);
		if ('children' in n && Array.isArray(n.children)) {
			return [{ ...n, children: unwrapJsx(n.children as RootContent[]) } as RootContent];
		}
		return [n];
	});
}
