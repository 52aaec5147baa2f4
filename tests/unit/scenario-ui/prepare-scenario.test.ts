import { describe, expect, it } from 'vitest';
import { chooseOption, startScenario } from '~/lib/scenario/engine';
import { reachableTotals } from '~/lib/scenario/reachable-totals';
import { prepareScenario, prepareTotals } from '~/components/islands/scenario/prepare-scenario';
import { loadFixtureScenario } from './load-fixture';

const scenario = loadFixtureScenario();

describe('prepareScenario', () => {
	it('drops source places and portrait paths, and keeps alt text', () => {
		const prepared = prepareScenario(scenario);
		const json = JSON.stringify(prepared);
		expect(json).not.toContain('"place"');
		expect(json).not.toContain('images/meena.png');
		expect(prepared.speakers).toEqual([
			{ id: 'meena', name: 'Meena', alt: 'A woman with dark hair in a green top' },
			{ id: 'asha', name: 'Asha' },
		]);
	});

	it('keeps everything the engine reads, so runs are the same', () => {
		const prepared = prepareScenario(scenario);
		const a = chooseOption(scenario, startScenario(scenario), 'private-room');
		const b = chooseOption(prepared, startScenario(prepared), 'private-room');
		expect(b).toEqual(a);
		expect(prepared.scenes.map((s) => s.choices.map((c) => [c.id, c.to, c.text]))).toEqual(
			scenario.scenes.map((s) => s.choices.map((c) => [c.id, c.to, c.text]))
		);
	});

	it('does not change the model it was given', () => {
		const before = JSON.stringify(scenario);
		prepareScenario(scenario);
		expect(JSON.stringify(scenario)).toBe(before);
	});
});

describe('prepareTotals', () => {
	it('keeps the overall ranges only', () => {
		const totals = reachableTotals(scenario);
		expect(prepareTotals(totals)).toEqual({
			overall: { respect: { best: 2, worst: -2 }, safety: { best: 2, worst: -1 }, 'clinical-care': { best: 2, worst: -1 } },
			byEnding: {},
			approximate: false,
		});
	});
});
