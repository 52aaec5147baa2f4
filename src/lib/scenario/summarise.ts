/** The debrief a learner sees: their totals against the best reachable, and the path taken. */
import type { ScenarioState } from './engine';
import { findEnding, findScene } from './graph';
import { reachableTotals, type ReachableTotals } from './reachable-totals';
import type { Outcome, Scenario, Scores } from './types';
import { walkPath } from './walk-path';

/** One dimension of the debrief. */
export interface DebriefDimension {
	id: string;
	name: string;
	/** The learner's total on this run. */
	total: number;
	/** The best and worst totals reachable from the start (any ending). */
	best: number;
	worst: number;
}

/** One step of the run, with the text the learner saw. */
export interface DebriefStep {
	sceneId: string;
	sceneTitle: string;
	choiceId: string;
	choiceHtml: string;
	choiceText: string;
	feedbackHtml?: string;
	scores: Scores;
	stigmatising: boolean;
}

/** The debrief summary of a run (finished or not). */
export interface ScenarioDebrief {
	ending?: { id: string; outcome: Outcome; title: string; debriefHtml: string };
	dimensions: DebriefDimension[];
	path: DebriefStep[];
	/** True when best/worst are outer bounds (very large graphs); see reachable-totals.ts. */
	approximate: boolean;
}

/**
 * Summarises a run for the debrief. Pass `totals` when already computed (they depend only on
 * the scenario, so an island computes them once).
 */
export function summariseScenario(
	scenario: Scenario,
	state: ScenarioState,
	totals: ReachableTotals = reachableTotals(scenario)
): ScenarioDebrief {
	const walked = walkPath(scenario, state.path);
	const ending = state.ending ? findEnding(scenario, state.ending) : undefined;
	return {
		...(ending
			? {
					ending: {
						id: ending.id,
						outcome: ending.outcome,
						title: ending.title,
						debriefHtml: ending.debriefHtml,
					},
				}
			: {}),
		dimensions: scenario.dimensions.map((d) => ({
			id: d.id,
			name: d.name,
			total: state.totals[d.id] ?? 0,
			best: totals.overall[d.id]?.best ?? 0,
			worst: totals.overall[d.id]?.worst ?? 0,
		})),
		path: walked.steps.map(({ sceneId, choice }) => ({
			sceneId,
			sceneTitle: findScene(scenario, sceneId)?.title ?? sceneId,
			choiceId: choice.id,
			choiceHtml: choice.html,
			choiceText: choice.text,
			...(choice.feedbackHtml ? { feedbackHtml: choice.feedbackHtml } : {}),
			scores: choice.scores,
			stigmatising: choice.stigmatising,
		})),
		approximate: totals.approximate,
	};
}
