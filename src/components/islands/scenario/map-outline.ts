/**
 * The scenario map as a plain outline for the trainers' page: every scene with where each of
 * its choices leads. It is the text alternative to the SVG map for screen-reader users.
 */
import type { Outcome, Scenario } from '../../../lib/scenario/types';

/** One choice on the outline. */
export interface OutlineChoice {
	id: string;
	text: string;
	to: string;
	/** What the target is; `missing` when no scene or ending has that id. */
	toKind: 'scene' | 'ending' | 'missing';
	outcome?: Outcome;
	stigmatising: boolean;
	/** Points per dimension name, non-zero only, in declared order. */
	points: { name: string; points: number }[];
}

/** One scene on the outline. */
export interface OutlineScene {
	id: string;
	title: string;
	start: boolean;
	choices: OutlineChoice[];
}

/** Lists the scenes of `scenario` in authored order, each with its choices and their targets. */
export function outlineScenarioMap(scenario: Scenario): OutlineScene[] {
	return scenario.scenes.map((scene) => ({
		id: scene.id,
		title: scene.title,
		start: scene.id === scenario.start,
		choices: scene.choices.map((choice) => {
			const ending = scenario.endings.find((e) => e.id === choice.to);
			const isScene = scenario.scenes.some((s) => s.id === choice.to);
			return {
				id: choice.id,
				text: choice.text,
				to: choice.to,
				toKind: ending ? 'ending' : isScene ? 'scene' : 'missing',
				...(ending ? { outcome: ending.outcome } : {}),
				stigmatising: choice.stigmatising,
				points: scenario.dimensions
					.filter((d) => (choice.scores[d.id] ?? 0) !== 0)
					.map((d) => ({ name: d.name, points: choice.scores[d.id]! })),
			};
		}),
	}));
}

/**
 * Writes points with their sign, for lists like "Respect +2, Safety −1".
 * @example formatPoints(2) // '+2'; formatPoints(-1) // '−1'
 */
export function formatPoints(points: number): string {
	return points > 0 ? `+${points}` : points < 0 ? `−${Math.abs(points)}` : '0';
}
