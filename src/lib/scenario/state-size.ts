/**
 * The largest a saved `ScenarioState` can get, in JSON characters, so the exporter can check
 * the SCORM 1.2 suspend_data budget (4,096 characters for the whole course) before shipping.
 */
import type { ScenarioState } from './engine';
import type { Scenario } from './types';

/**
 * An upper bound on `JSON.stringify(state).length` for any run of `scenario`. A run is a simple
 * path (the engine cuts loops), so each scene adds at most its longest choice id once; totals
 * cannot exceed the sum of all absolute scores.
 */
export function maxScenarioStateSize(scenario: Scenario): number {
	const longest = (ids: string[]) => ids.reduce((a, b) => (b.length > a.length ? b : a), '');
	const nodeIds = [...scenario.scenes.map((s) => s.id), ...scenario.endings.map((e) => e.id)];
	const worst: ScenarioState = {
		scene: longest(nodeIds),
		path: scenario.scenes
			.filter((s) => s.choices.length)
			.map((s) => longest(s.choices.map((c) => c.id))),
		totals: Object.fromEntries(
			scenario.dimensions.map((d) => [
				d.id,
				-scenario.scenes.reduce((sum, s) => sum + maxAbs(s, d.id), 0),
			])
		),
		ending: longest(scenario.endings.map((e) => e.id)),
	};
	return JSON.stringify(worst).length;
}

/** The largest absolute score on `dim` among a scene's choices (one choice per scene per run). */
function maxAbs(scene: Scenario['scenes'][number], dim: string): number {
	return Math.max(0, ...scene.choices.map((c) => Math.abs(c.scores[dim] ?? 0)));
}
