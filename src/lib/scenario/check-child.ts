/** Checks that a nested element is a scenario component allowed at this place. */
import { isJsxElement, type JsxElement } from '../mdx/jsx-attributes';
import { didYouMeanSentence } from '../text/did-you-mean';
import type { ExtractContext } from './extract-context';
import {
	COMPONENTS,
	COMPONENT_NAMES,
	isScenarioComponent,
	type ScenarioComponent,
} from './vocabulary';

/** Where each component belongs, for "misplaced" hints. */
const HOME: Record<ScenarioComponent, string> = {
	Scenario: 'at the top level of the module',
	Speaker: 'directly inside <Scenario>',
	Scene: 'directly inside <Scenario>',
	Ending: 'directly inside <Scenario>',
	Narration: 'inside a <Scene> or an <Ending>',
	Line: 'inside a <Scene> or an <Ending>',
	Thought: 'inside a <Scene> or an <Ending>',
	Choice: 'inside a <Scene>',
	Feedback: 'inside a <Choice>',
};

/**
 * Returns the component name when `node` may sit inside `parent`; otherwise reports an unknown
 * (with the closest name) or misplaced component and returns undefined.
 */
export function checkChild(
	node: JsxElement,
	parent: ScenarioComponent,
	ctx: ExtractContext
): ScenarioComponent | undefined {
	const name = node.name;
	if (!name) return undefined; // A fragment `<>…</>` carries nothing for us.
	const allowed = COMPONENTS[parent].children;
	if (isScenarioComponent(name)) {
		if (allowed.includes(name)) return name;
		ctx.report(
			node.position?.start,
			'SCENARIO_MISPLACED_COMPONENT',
			`<${name}> cannot be written inside <${parent}>.`,
			`Move it ${HOME[name]}.`
		);
		return undefined;
	}
	if (/^[a-z]/.test(name)) {
		ctx.report(
			node.position?.start,
			'SCENARIO_UNKNOWN_COMPONENT',
			`The HTML tag <${name}> is not shown inside a role-play.`,
			'Use Markdown instead, for example **bold** or *italic*.'
		);
		return undefined;
	}
	const listed = allowed.length
		? `Inside <${parent}> you can use ${allowed.map((c) => `<${c}>`).join(', ')}.`
		: `<${parent}> holds only text.`;
	ctx.report(
		node.position?.start,
		'SCENARIO_UNKNOWN_COMPONENT',
		`<${name}> is not a role-play component.${didYouMeanSentence(name, COMPONENT_NAMES)}`,
		`Check the spelling (names start with a capital letter). ${listed}`
	);
	return undefined;
}

/** Reports every nested element of a text-only component, and any misplaced child. */
export function checkChildren(
	children: readonly { type: string }[],
	parent: ScenarioComponent,
	ctx: ExtractContext,
	visit: (node: JsxElement, name: ScenarioComponent) => void = () => {}
): void {
	for (const child of children) {
		if (isJsxElement(child)) {
			const name = checkChild(child, parent, ctx);
			if (name) visit(child, name);
		} else if (child.type === 'paragraph') {
			checkChildren(
				(child as unknown as { children: { type: string }[] }).children,
				parent,
				ctx,
				visit
			);
		}
	}
}
