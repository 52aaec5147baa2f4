import { describe, expect, it } from 'vitest';
import {
	canStepBack,
	chooseOption,
	isScenarioFinished,
	restartScenario,
	restoreScenarioState,
	startScenario,
	stepBack,
} from '~/lib/scenario/engine';
import { summariseScenario } from '~/lib/scenario/summarise';
import { choice, ending, scenario, scene } from './build-scenario';

const build = (allowBack = true) =>
	scenario(
		'arrival',
		[
			scene(
				'arrival',
				1,
				choice('private', 'room', { respect: 2 }),
				choice('blame', 'left', { respect: -2 }, { stigmatising: true })
			),
			scene(
				'room',
				2,
				choice('pep', 'care', { safety: 2 }),
				choice('wait', 'arrival', { respect: -1 })
			),
		],
		[ending('care', 3, 'good', 'She got PEP.'), ending('left', 4, 'poor')],
		['respect', 'safety'],
		allowBack
	);

describe('scenario engine', () => {
	it('starts at the start scene with zero totals', () => {
		expect(startScenario(build())).toEqual({
			scene: 'arrival',
			path: [],
			totals: { respect: 0, safety: 0 },
		});
	});

	it('moves, adds scores and finishes at an ending', () => {
		const s = build();
		const inRoom = chooseOption(s, startScenario(s), 'private');
		expect(inRoom).toEqual({ scene: 'room', path: ['private'], totals: { respect: 2, safety: 0 } });
		expect(isScenarioFinished(inRoom)).toBe(false);
		const done = chooseOption(s, inRoom, 'pep');
		expect(done).toEqual({
			scene: 'care',
			path: ['private', 'pep'],
			totals: { respect: 2, safety: 2 },
			ending: 'care',
		});
		expect(isScenarioFinished(done)).toBe(true);
		// No choices after the end, and an unknown choice is a no-op returning the same object.
		expect(chooseOption(s, done, 'pep')).toBe(done);
		expect(chooseOption(s, inRoom, 'private')).toBe(inRoom);
	});

	it('cuts a loop out of the run when the learner comes back to a scene', () => {
		const s = build();
		const back = chooseOption(s, chooseOption(s, startScenario(s), 'private'), 'wait');
		expect(back).toEqual({ scene: 'arrival', path: [], totals: { respect: 0, safety: 0 } });
	});

	it('steps back one choice at a time where the author allows it, also from an ending', () => {
		const s = build();
		const done = chooseOption(s, chooseOption(s, startScenario(s), 'private'), 'pep');
		const undone = stepBack(s, done);
		expect(undone).toEqual({ scene: 'room', path: ['private'], totals: { respect: 2, safety: 0 } });
		expect(stepBack(s, undone)).toEqual(startScenario(s));
		const start = startScenario(s);
		expect(canStepBack(s, start)).toBe(false);
		expect(stepBack(s, start)).toBe(start);
	});

	it('refuses to step back when the author does not allow it', () => {
		const s = build(false);
		const inRoom = chooseOption(s, startScenario(s), 'private');
		expect(canStepBack(s, inRoom)).toBe(false);
		expect(stepBack(s, inRoom)).toBe(inRoom);
	});

	it('restarts from the beginning', () => {
		const s = build();
		const done = chooseOption(s, startScenario(s), 'blame');
		expect(done.ending).toBe('left');
		expect(restartScenario(s)).toEqual(startScenario(s));
	});

	it('round-trips through JSON and restores edited content safely', () => {
		const s = build();
		const state = chooseOption(s, startScenario(s), 'private');
		const json = JSON.stringify(state);
		expect(json).toBe('{"scene":"room","path":["private"],"totals":{"respect":2,"safety":0}}');
		expect(restoreScenarioState(s, JSON.parse(json))).toEqual(state);
		// A choice id removed since the save: resume at the last valid step.
		expect(restoreScenarioState(s, { path: ['private', 'gone'] })).toEqual(state);
		expect(restoreScenarioState(s, 'garbage')).toEqual(startScenario(s));
		expect(restoreScenarioState(s, { path: [1, 2] })).toEqual(startScenario(s));
	});

	it('summarises the run for the debrief', () => {
		const s = build();
		const done = chooseOption(s, chooseOption(s, startScenario(s), 'private'), 'pep');
		const debrief = summariseScenario(s, done);
		expect(debrief.ending).toEqual({
			id: 'care',
			outcome: 'good',
			title: 'Ending care',
			debriefHtml: 'She got PEP.',
		});
		expect(debrief.dimensions).toEqual([
			{ id: 'respect', name: 'respect', total: 2, best: 2, worst: -2 },
			{ id: 'safety', name: 'safety', total: 2, best: 2, worst: 0 },
		]);
		expect(
			debrief.path.map((p) => [p.sceneId, p.sceneTitle, p.choiceId, p.choiceText, p.feedbackHtml])
		).toEqual([
			['arrival', 'Scene arrival', 'private', 'Text of private', 'Feedback on private'],
			['room', 'Scene room', 'pep', 'Text of pep', 'Feedback on pep'],
		]);
		expect(summariseScenario(s, startScenario(s)).ending).toBeUndefined();
	});
});
