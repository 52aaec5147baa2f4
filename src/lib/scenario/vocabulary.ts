/**
 * The author-facing component vocabulary of a role-play: which components exist, which props
 * each accepts, which are required, and where each may be written.
 */
import type { Outcome } from './types';

/** Every component name that may appear inside `<Scenario>` (plus `Scenario` itself). */
export type ScenarioComponent =
	| 'Scenario'
	| 'Speaker'
	| 'Scene'
	| 'Narration'
	| 'Line'
	| 'Thought'
	| 'Choice'
	| 'Feedback'
	| 'Ending';

interface ComponentSpec {
	props: readonly string[];
	required: readonly string[];
	/** Components allowed directly inside this one. */
	children: readonly ScenarioComponent[];
}

/** Props, required props and allowed children of each component. */
export const COMPONENTS: Record<ScenarioComponent, ComponentSpec> = {
	Scenario: {
		props: ['id', 'title', 'start', 'dimensions', 'allowBack'],
		// `start` is checked by validateScenarioGraph, which can suggest a scene id.
		required: ['id', 'title'],
		children: ['Speaker', 'Scene', 'Ending'],
	},
	Speaker: { props: ['id', 'name', 'portrait', 'alt'], required: ['id', 'name'], children: [] },
	Scene: {
		props: ['id', 'title'],
		required: ['id'],
		children: ['Narration', 'Line', 'Thought', 'Choice'],
	},
	Narration: { props: [], required: [], children: [] },
	Line: { props: ['speaker', 'stigmatising'], required: ['speaker'], children: [] },
	Thought: { props: ['speaker', 'reveal'], required: ['speaker'], children: [] },
	Choice: {
		props: ['to', 'id', 'scores', 'feedback', 'stigmatising'],
		required: ['to'],
		children: ['Feedback'],
	},
	Feedback: { props: [], required: [], children: [] },
	Ending: {
		props: ['id', 'outcome', 'title'],
		required: ['id', 'outcome', 'title'],
		children: ['Narration', 'Line', 'Thought'],
	},
};

/** All component names, for "did you mean" suggestions. */
export const COMPONENT_NAMES = Object.keys(COMPONENTS) as ScenarioComponent[];

/** Outcome words an ending may declare. */
export const OUTCOMES: readonly Outcome[] = ['good', 'mixed', 'poor'];

/** Values of `<Thought reveal>`. */
export const REVEALS = ['after', 'now'] as const;

/** Whether a JSX element name belongs to the scenario vocabulary. */
export function isScenarioComponent(name: string | null | undefined): name is ScenarioComponent {
	return !!name && Object.hasOwn(COMPONENTS, name);
}
