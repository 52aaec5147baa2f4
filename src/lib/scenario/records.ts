/**
 * Learning records for the tracker: one per choice made and one per ending reached. They carry
 * ids and numbers, plus a short plain description for LMS reports (SCORM caps it at 250).
 */
import type { ScenarioState } from './engine';
import { findEnding, findScene } from './graph';
import { reachableTotals, type ReachableTotals } from './reachable-totals';
import { truncateText } from './text';
import type { Outcome, Scenario, Scores } from './types';

/** Where and when a record was made; the caller supplies the time so this stays pure. */
export interface RecordContext {
	courseId: string;
	moduleId: string;
	/** ISO 8601 time, e.g. `new Date().toISOString()`. */
	timestamp: string;
}

/** A choice the learner made. */
export interface ScenarioChoiceRecord {
	kind: 'scenario-choice';
	courseId: string;
	moduleId: string;
	scenarioId: string;
	sceneId: string;
	choiceId: string;
	/** Every option offered in the scene, in authored order. */
	choiceIds: string[];
	/** The scores of the chosen option per dimension id. */
	dimensions: Scores;
	timestamp: string;
	/** Plain text of the choice, at most 250 characters. */
	description: string;
}

/** An ending the learner reached. */
export interface ScenarioEndingRecord {
	kind: 'scenario-ending';
	courseId: string;
	moduleId: string;
	scenarioId: string;
	endingId: string;
	outcome: Outcome;
	/** The learner's totals per dimension id. */
	totals: Scores;
	/** The best total reachable per dimension id. */
	best: Scores;
	timestamp: string;
	/** Plain ending title, at most 250 characters. */
	description: string;
}

/** SCORM 2004 `interactions.n.description` limit (SPM 250). */
export const DESCRIPTION_LIMIT = 250;

/** The record for taking `choiceId` from `state` (the state *before* the choice), if valid. */
export function buildChoiceRecord(
	scenario: Scenario,
	state: ScenarioState,
	choiceId: string,
	context: RecordContext
): ScenarioChoiceRecord | undefined {
	const scene = state.ending ? undefined : findScene(scenario, state.scene);
	const choice = scene?.choices.find((c) => c.id === choiceId);
	if (!scene || !choice) return undefined;
	return {
		kind: 'scenario-choice',
		...context,
		scenarioId: scenario.id,
		sceneId: scene.id,
		choiceId,
		choiceIds: scene.choices.map((c) => c.id),
		dimensions: { ...choice.scores },
		description: truncateText(choice.text, DESCRIPTION_LIMIT),
	};
}

/** The record for a finished run, or undefined when `state` has not reached an ending. */
export function buildEndingRecord(
	scenario: Scenario,
	state: ScenarioState,
	context: RecordContext,
	totals: ReachableTotals = reachableTotals(scenario)
): ScenarioEndingRecord | undefined {
	const ending = state.ending ? findEnding(scenario, state.ending) : undefined;
	if (!ending) return undefined;
	return {
		kind: 'scenario-ending',
		...context,
		scenarioId: scenario.id,
		endingId: ending.id,
		outcome: ending.outcome,
		totals: { ...state.totals },
		best: Object.fromEntries(
			scenario.dimensions.map((d) => [d.id, totals.overall[d.id]?.best ?? 0])
		),
		description: truncateText(ending.title, DESCRIPTION_LIMIT),
	};
}
