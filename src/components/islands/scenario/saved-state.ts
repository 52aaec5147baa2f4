/**
 * What the tracker keeps for one role-play: the engine state plus a flag that a run has
 * reached an ending at least once, so "Restart" after finishing keeps the module done.
 *
 * Before: a learner finished at "good-care", then restarted.
 * After:  {"scene":"arrival","path":[],"totals":{"respect":0},"f":1}
 */
import { isScenarioFinished, restoreScenarioState, type ScenarioState } from '../../../lib/scenario/engine';
import type { Scenario } from '../../../lib/scenario/types';

/** The JSON handed to `tracker.setBlock`: the engine state and `f: 1` once any run ended. */
export interface SavedScenario extends ScenarioState {
	f?: 1;
}

/** A learner's run in the island: the engine state and whether an ending was ever reached. */
export interface ScenarioRun {
	state: ScenarioState;
	finishedOnce: boolean;
}

/** Rebuilds a run from what the tracker saved (anything unreadable starts over). */
export function readSavedScenario(scenario: Scenario, saved: unknown): ScenarioRun {
	const state = restoreScenarioState(scenario, saved);
	const flag = (saved as { f?: unknown } | null | undefined)?.f === 1;
	return { state, finishedOnce: flag || isScenarioFinished(state) };
}

/** Moves a run to `state`, remembering that an ending was reached. */
export function advanceRun(run: ScenarioRun, state: ScenarioState): ScenarioRun {
	return { state, finishedOnce: run.finishedOnce || isScenarioFinished(state) };
}

/** The JSON to save for a run. */
export function toSavedScenario(run: ScenarioRun): SavedScenario {
	return run.finishedOnce ? { ...run.state, f: 1 } : { ...run.state };
}

/** The block summary for the course rules: done once any run has reached an ending. */
export function summariseRun(run: ScenarioRun): { d: boolean } {
	return { d: run.finishedOnce };
}
