/**
 * Trims the build-time model to what the learner's island needs: no source places (they are
 * for authors' messages) and no portrait paths (the island gets built image URLs instead).
 */
import type { ReachableTotals } from '../../../lib/scenario/reachable-totals';
import type { Scenario } from '../../../lib/scenario/types';

/** A built portrait image, by speaker id. `src` is the root-relative URL the build wrote. */
export type PortraitImages = Record<string, { src: string; width: number; height: number }>;

/** Strips source places and portrait paths; everything the engine reads stays as it was. */
export function prepareScenario(scenario: Scenario): Scenario {
	const { place: _place, speakers, scenes, endings, ...rest } = scenario;
	return {
		...rest,
		speakers: speakers.map(({ portrait: _portrait, ...speaker }) => speaker),
		scenes: scenes.map(({ place: _p, choices, ...scene }) => ({
			...scene,
			choices: choices.map(({ place: _c, ...choice }) => choice),
		})),
		endings: endings.map(({ place: _e, ...ending }) => ending),
	};
}

/** The island needs only the overall best and worst totals; per-ending ranges are for authors. */
export function prepareTotals(totals: ReachableTotals): ReachableTotals {
	return { overall: totals.overall, byEnding: {}, approximate: totals.approximate };
}
