/** Replays a path of choice ids from the start: the basis of state, undo and restore. */
import { findEnding, findScene } from './graph';
import type { Choice, Scenario, Scores } from './types';

/** One step of a replayed run: the scene and the choice made there. */
export interface PathStep {
	sceneId: string;
	choice: Choice;
}

/** The result of replaying a path. */
export interface WalkedPath {
	steps: PathStep[];
	/** Where the run stands: a scene id, or an ending id when it has finished. */
	at: string;
	/** Whether `at` is an ending. */
	finished: boolean;
	/** How many ids of the given path were valid (the rest was ignored). */
	validLength: number;
}

/**
 * Follows `path` from the start as far as its ids make sense in `scenario`; an unknown choice
 * id (content edited since the state was saved) stops the walk there instead of failing.
 */
export function walkPath(scenario: Scenario, path: readonly string[]): WalkedPath {
	const steps: PathStep[] = [];
	let at = scenario.start;
	for (const choiceId of path) {
		const choice = findScene(scenario, at)?.choices.find((c) => c.id === choiceId);
		if (!choice || !(findScene(scenario, choice.to) || findEnding(scenario, choice.to))) break;
		steps.push({ sceneId: at, choice });
		at = choice.to;
		if (findEnding(scenario, at)) break;
	}
	return { steps, at, finished: !!findEnding(scenario, at), validLength: steps.length };
}

/** Sums the scores of the choices on a path, with every declared dimension present. */
export function sumScores(scenario: Scenario, steps: readonly PathStep[]): Scores {
	const totals: Scores = Object.fromEntries(scenario.dimensions.map((d) => [d.id, 0]));
	for (const { choice } of steps) {
		for (const [dim, points] of Object.entries(choice.scores)) {
			if (dim in totals) totals[dim]! += points;
		}
	}
	return totals;
}
