/**
 * One learner action on a run, as a pure step: the new run and the learning records it
 * produces. The island saves the run and hands the records to the tracker.
 */
import {
	chooseOption,
	isScenarioFinished,
	restartScenario,
	stepBack,
} from '../../../lib/scenario/engine';
import type { ReachableTotals } from '../../../lib/scenario/reachable-totals';
import {
	buildChoiceRecord,
	buildEndingRecord,
	type RecordContext,
	type ScenarioChoiceRecord,
	type ScenarioEndingRecord,
} from '../../../lib/scenario/records';
import type { Scenario } from '../../../lib/scenario/types';
import { advanceRun, type ScenarioRun } from './saved-state';

/** What the learner can do: pick a response, take the last one back, or start again. */
export type ScenarioAction =
	| { type: 'choose'; choiceId: string }
	| { type: 'back' }
	| { type: 'restart' };

/** The outcome of an action; `changed` is false when the action did nothing. */
export interface ActionResult {
	run: ScenarioRun;
	records: (ScenarioChoiceRecord | ScenarioEndingRecord)[];
	changed: boolean;
}

/** Applies `action` to `run`: a choice yields its record, and an ending record when it ends the run. */
export function applyScenarioAction(
	scenario: Scenario,
	run: ScenarioRun,
	action: ScenarioAction,
	context: RecordContext,
	totals: ReachableTotals
): ActionResult {
	const before = run.state;
	if (action.type === 'choose') {
		const after = chooseOption(scenario, before, action.choiceId);
		if (after === before) return { run, records: [], changed: false };
		const records: ActionResult['records'] = [];
		const choice = buildChoiceRecord(scenario, before, action.choiceId, context);
		if (choice) records.push(choice);
		const ending = isScenarioFinished(after)
			? buildEndingRecord(scenario, after, context, totals)
			: undefined;
		if (ending) records.push(ending);
		return { run: advanceRun(run, after), records, changed: true };
	}
	const after = action.type === 'back' ? stepBack(scenario, before) : restartScenario(scenario);
	// Restart always counts as a change: the learner expects to see the first scene again.
	const changed = after !== before || action.type === 'restart';
	return { run: changed ? advanceRun(run, after) : run, records: [], changed };
}
