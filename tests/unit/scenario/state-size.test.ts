import { describe, expect, it } from 'vitest';
import { chooseOption, startScenario, type ScenarioState } from '~/lib/scenario/engine';
import { maxScenarioStateSize } from '~/lib/scenario/state-size';
import type { Scenario } from '~/lib/scenario/types';
import { choice, ending, scenario, scene } from './build-scenario';

/** Every state a learner can reach (breadth-first over choices). */
function allStates(s: Scenario): ScenarioState[] {
	const seen = new Map<string, ScenarioState>();
	const queue = [startScenario(s)];
	while (queue.length) {
		const state = queue.shift()!;
		const key = JSON.stringify(state);
		if (seen.has(key)) continue;
		seen.set(key, state);
		const options = s.scenes.find((x) => x.id === state.scene)?.choices ?? [];
		for (const c of options) queue.push(chooseOption(s, state, c.id));
	}
	return [...seen.values()];
}

describe('maxScenarioStateSize', () => {
	it('is never smaller than any reachable state, loops included', () => {
		const s = scenario(
			'a-long-scene-id',
			[
				scene(
					'a-long-scene-id',
					1,
					choice('first-choice-id', 'b', { respect: -30 }),
					choice('x', 'end')
				),
				scene(
					'b',
					2,
					choice('loop-back', 'a-long-scene-id', { respect: -40 }),
					choice('another-choice', 'c', { safety: 7 })
				),
				scene('c', 3, choice('finish-with-a-long-id', 'the-final-ending', { respect: -50 })),
			],
			[ending('end', 4), ending('the-final-ending', 5)]
		);
		const max = maxScenarioStateSize(s);
		const sizes = allStates(s).map((st) => JSON.stringify(st).length);
		expect(Math.max(...sizes)).toBeLessThanOrEqual(max);
		// The bound stays close to the real worst case for a small graph.
		expect(max - Math.max(...sizes)).toBeLessThan(60);
	});
});
