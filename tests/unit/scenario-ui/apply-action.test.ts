import { describe, expect, it } from 'vitest';
import { reachableTotals } from '~/lib/scenario/reachable-totals';
import { applyScenarioAction, type ScenarioAction } from '~/components/islands/scenario/apply-action';
import { readSavedScenario, type ScenarioRun } from '~/components/islands/scenario/saved-state';
import { loadFixtureScenario } from './load-fixture';

const scenario = loadFixtureScenario();
const totals = reachableTotals(scenario);
const context = { courseId: 'care-practice', moduleId: 'night-shift', timestamp: '2025-01-02T03:04:05.000Z' };
const fresh = (): ScenarioRun => readSavedScenario(scenario, undefined);
const play = (run: ScenarioRun, ...actions: ScenarioAction[]) =>
	actions.reduce((r, a) => applyScenarioAction(scenario, r, a, context, totals).run, run);
const choose = (choiceId: string): ScenarioAction => ({ type: 'choose', choiceId });

describe('applyScenarioAction', () => {
	it('records a choice with the scene it was made in and every option offered', () => {
		const result = applyScenarioAction(scenario, fresh(), choose('private-room'), context, totals);
		expect(result.changed).toBe(true);
		expect(result.run.state.scene).toBe('listen');
		expect(result.records).toEqual([
			{
				kind: 'scenario-choice',
				courseId: 'care-practice',
				moduleId: 'night-shift',
				scenarioId: 'night-shift',
				sceneId: 'arrival',
				choiceId: 'private-room',
				choiceIds: ['private-room', 'ask-papers', 'blame'],
				dimensions: { respect: 2, safety: 1 },
				timestamp: '2025-01-02T03:04:05.000Z',
				description: 'Ask her quietly to come to a private room.',
			},
		]);
	});

	it('adds an ending record with totals and the best reachable when a choice ends the run', () => {
		const run = play(fresh(), choose('private-room'));
		const result = applyScenarioAction(scenario, run, choose('full-care'), context, totals);
		expect(result.records.map((r) => r.kind)).toEqual(['scenario-choice', 'scenario-ending']);
		expect(result.records[1]).toMatchObject({
			endingId: 'good-care',
			outcome: 'good',
			totals: { respect: 2, safety: 2, 'clinical-care': 2 },
			best: { respect: 2, safety: 2, 'clinical-care': 2 },
			description: 'She gets the care she came for',
		});
		expect(result.run.finishedOnce).toBe(true);
	});

	it('does nothing for a choice that is not offered, or once the run has ended', () => {
		const offScene = applyScenarioAction(scenario, fresh(), choose('full-care'), context, totals);
		expect(offScene).toMatchObject({ changed: false, records: [] });
		const ended = play(fresh(), choose('blame'));
		expect(applyScenarioAction(scenario, ended, choose('private-room'), context, totals).changed).toBe(false);
	});

	it('steps back one choice, also from an ending, without records', () => {
		const ended = play(fresh(), choose('private-room'), choose('antibiotic-only'));
		const result = applyScenarioAction(scenario, ended, { type: 'back' }, context, totals);
		expect(result).toMatchObject({ changed: true, records: [] });
		expect(result.run.state).toEqual({ scene: 'listen', path: ['private-room'], totals: { respect: 2, safety: 1, 'clinical-care': 0 } });
		// Having ended once still counts: the module stays done.
		expect(result.run.finishedOnce).toBe(true);
		expect(applyScenarioAction(scenario, fresh(), { type: 'back' }, context, totals).changed).toBe(false);
	});

	it('restarts from the first scene and keeps the "ended once" flag', () => {
		const ended = play(fresh(), choose('blame'));
		const result = applyScenarioAction(scenario, ended, { type: 'restart' }, context, totals);
		expect(result.run.state).toEqual({ scene: 'arrival', path: [], totals: { respect: 0, safety: 0, 'clinical-care': 0 } });
		expect(result.run.finishedOnce).toBe(true);
	});

	it('undoes the points of a loop back to an earlier scene', () => {
		const run = play(fresh(), choose('ask-papers'), choose('start-again'));
		expect(run.state).toEqual({ scene: 'arrival', path: [], totals: { respect: 0, safety: 0, 'clinical-care': 0 } });
	});
});
