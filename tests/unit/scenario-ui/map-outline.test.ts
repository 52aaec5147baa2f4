import { describe, expect, it } from 'vitest';
import { formatPoints, outlineScenarioMap } from '~/components/islands/scenario/map-outline';
import { loadFixtureScenario } from './load-fixture';

const scenario = loadFixtureScenario();

describe('outlineScenarioMap', () => {
	it('lists every scene, marks the start, and says where each choice leads', () => {
		const outline = outlineScenarioMap(scenario);
		expect(outline.map((s) => [s.id, s.start])).toEqual([
			['arrival', true],
			['papers', false],
			['listen', false],
		]);
		expect(outline[0]!.choices.map((c) => [c.id, c.to, c.toKind, c.outcome, c.stigmatising])).toEqual([
			['private-room', 'listen', 'scene', undefined, false],
			['ask-papers', 'papers', 'scene', undefined, false],
			['blame', 'left', 'ending', 'poor', true],
		]);
	});

	it('lists non-zero points by dimension name, in declared order', () => {
		const [arrival, , listen] = outlineScenarioMap(scenario);
		expect(arrival!.choices[0]!.points).toEqual([
			{ name: 'Respect', points: 2 },
			{ name: 'Safety', points: 1 },
		]);
		expect(listen!.choices[0]!.points).toEqual([
			{ name: 'Safety', points: 1 },
			{ name: 'Clinical care', points: 2 },
		]);
	});

	it('flags a target that does not exist', () => {
		const broken = {
			...scenario,
			scenes: scenario.scenes.map((s, i) => (i ? s : { ...s, choices: [{ ...s.choices[0]!, to: 'nowhere' }] })),
		};
		expect(outlineScenarioMap(broken)[0]!.choices[0]).toMatchObject({ to: 'nowhere', toKind: 'missing' });
	});
});

describe('formatPoints', () => {
	it('writes a sign on every non-zero number', () => {
		expect([2, -1, 0].map(formatPoints)).toEqual(['+2', '−1', '0']);
	});
});
