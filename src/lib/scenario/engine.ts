/**
 * The role-play engine as a pure reducer. State holds ids only, so it stays small in SCORM
 * suspend_data and survives re-renders; everything else is derived by replaying the path.
 *
 * Loops: when a choice leads back to a scene already passed on this run, the run is cut back
 * to that earlier visit (the loop's choices and scores are undone). A run is therefore always a
 * simple path, its totals always lie within `reachableTotals`, and its size is bounded.
 */
import { findEnding, findScene } from './graph';
import type { Scenario, Scores } from './types';
import { sumScores, walkPath } from './walk-path';

/** A learner's run, as plain JSON. */
export interface ScenarioState {
	/** The current scene id; the ending id once the run has finished. */
	scene: string;
	/** Choice ids taken from the start (loops cut out). */
	path: string[];
	/** Total points per dimension id over `path`. */
	totals: Scores;
	/** The ending id, once finished. */
	ending?: string;
}

/** Builds the state that `path` leads to (invalid tails are dropped). */
export function stateFromPath(scenario: Scenario, path: readonly string[]): ScenarioState {
	const walked = walkPath(scenario, path);
	return {
		scene: walked.at,
		path: walked.steps.map((s) => s.choice.id),
		totals: sumScores(scenario, walked.steps),
		...(walked.finished ? { ending: walked.at } : {}),
	};
}

/** The state at the start scene, with zero totals. */
export function startScenario(scenario: Scenario): ScenarioState {
	return stateFromPath(scenario, []);
}

/** Starts again from the beginning (same as `startScenario`; named for the UI action). */
export function restartScenario(scenario: Scenario): ScenarioState {
	return startScenario(scenario);
}

/** Whether the run has reached an ending. */
export function isScenarioFinished(state: ScenarioState): boolean {
	return state.ending !== undefined;
}

/**
 * Takes the choice `choiceId` in the current scene. Returns the same state object when the
 * choice is not offered here or the run has finished, so callers can detect a no-op.
 */
export function chooseOption(
	scenario: Scenario,
	state: ScenarioState,
	choiceId: string
): ScenarioState {
	if (isScenarioFinished(state)) return state;
	const choice = findScene(scenario, state.scene)?.choices.find((c) => c.id === choiceId);
	if (!choice || !(findScene(scenario, choice.to) || findEnding(scenario, choice.to))) return state;
	const walked = walkPath(scenario, state.path);
	const visited = [...walked.steps.map((s) => s.sceneId), walked.at];
	const earlier = visited.indexOf(choice.to);
	const path = earlier >= 0 ? state.path.slice(0, earlier) : [...state.path, choiceId];
	return stateFromPath(scenario, path);
}

/** Whether the author allows going back and there is a choice to undo. */
export function canStepBack(scenario: Scenario, state: ScenarioState): boolean {
	return scenario.allowBack && state.path.length > 0;
}

/** Undoes the last choice (also from an ending) when the author allows it; else returns `state`. */
export function stepBack(scenario: Scenario, state: ScenarioState): ScenarioState {
	return canStepBack(scenario, state) ? stateFromPath(scenario, state.path.slice(0, -1)) : state;
}

/**
 * Rebuilds a state from saved JSON (localStorage or suspend_data). Anything malformed starts
 * over; a path that no longer fits edited content resumes at its last valid step.
 */
export function restoreScenarioState(scenario: Scenario, saved: unknown): ScenarioState {
	const path = (saved as { path?: unknown } | null)?.path;
	if (!Array.isArray(path) || !path.every((id) => typeof id === 'string'))
		return startScenario(scenario);
	return stateFromPath(scenario, path);
}
