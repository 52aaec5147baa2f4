import { describe, expect, it } from 'vitest';
import { chooseOption, startScenario } from '~/lib/scenario/engine';
import {
	advanceRun,
	readSavedScenario,
	summariseRun,
	toSavedScenario,
} from '~/components/islands/scenario/saved-state';
import { loadFixtureScenario } from './load-fixture';

const scenario = loadFixtureScenario();
const finished = chooseOption(scenario, startScenario(scenario), 'blame');

describe('saved role-play state', () => {
	it('starts fresh when nothing or something unreadable was saved', () => {
		for (const saved of [undefined, null, 'text', { path: 'arrival' }, { path: [1, 2] }]) {
			expect(readSavedScenario(scenario, saved)).toEqual({
				state: { scene: 'arrival', path: [], totals: { respect: 0, safety: 0, 'clinical-care': 0 } },
				finishedOnce: false,
			});
		}
	});

	it('resumes a saved run at the same scene', () => {
		const run = readSavedScenario(scenario, { scene: 'listen', path: ['ask-papers', 'care-first'], totals: {} });
		expect(run.state).toEqual({
			scene: 'listen',
			path: ['ask-papers', 'care-first'],
			totals: { respect: 0, safety: 1, 'clinical-care': 0 },
		});
		expect(run.finishedOnce).toBe(false);
	});

	it('counts a finished run as done, and keeps "done" after a restart through the f flag', () => {
		const done = advanceRun({ state: startScenario(scenario), finishedOnce: false }, finished);
		expect(summariseRun(done)).toEqual({ d: true });
		const restarted = advanceRun(done, startScenario(scenario));
		expect(summariseRun(restarted)).toEqual({ d: true });
		const saved = toSavedScenario(restarted);
		expect(saved).toEqual({ scene: 'arrival', path: [], totals: { respect: 0, safety: 0, 'clinical-care': 0 }, f: 1 });
		expect(readSavedScenario(scenario, JSON.parse(JSON.stringify(saved))).finishedOnce).toBe(true);
	});

	it('saves no flag before any ending, so the module is not done yet', () => {
		const run = advanceRun({ state: startScenario(scenario), finishedOnce: false }, chooseOption(scenario, startScenario(scenario), 'private-room'));
		expect(toSavedScenario(run)).not.toHaveProperty('f');
		expect(summariseRun(run)).toEqual({ d: false });
	});

	it('reads a saved finished run as done even without the flag', () => {
		expect(readSavedScenario(scenario, { path: ['blame'] }).finishedOnce).toBe(true);
	});
});
