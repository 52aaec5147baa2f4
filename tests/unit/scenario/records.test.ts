import { describe, expect, it } from 'vitest';
import { chooseOption, startScenario } from '~/lib/scenario/engine';
import { buildChoiceRecord, buildEndingRecord } from '~/lib/scenario/records';
import { choice, ending, scenario, scene } from './build-scenario';

const context = {
	courseId: 'respectful-care',
	moduleId: '02-night-shift',
	timestamp: '2026-11-29T02:00:00.000Z',
};
const s = scenario(
	'arrival',
	[
		scene(
			'arrival',
			1,
			choice(
				'private',
				'care',
				{ respect: 2, safety: 1 },
				{ text: 'Ask her quietly to come to a private room. '.repeat(10) }
			),
			choice('blame', 'left', { respect: -2 })
		),
	],
	[ending('care', 3), ending('left', 4, 'poor')]
);

describe('scenario records', () => {
	it('records a choice with every option offered and a description of at most 250 characters', () => {
		const record = buildChoiceRecord(s, startScenario(s), 'private', context)!;
		expect(record).toMatchObject({
			kind: 'scenario-choice',
			courseId: 'respectful-care',
			moduleId: '02-night-shift',
			scenarioId: 'test',
			sceneId: 'arrival',
			choiceId: 'private',
			choiceIds: ['private', 'blame'],
			dimensions: { respect: 2, safety: 1 },
			timestamp: '2026-11-29T02:00:00.000Z',
		});
		expect(record.description.length).toBeLessThanOrEqual(250);
		expect(record.description).toMatch(/^Ask her quietly.*…$/);
		expect(buildChoiceRecord(s, startScenario(s), 'nope', context)).toBeUndefined();
	});

	it('records an ending with totals and best reachable totals', () => {
		const done = chooseOption(s, startScenario(s), 'blame');
		expect(buildEndingRecord(s, done, context)).toEqual({
			kind: 'scenario-ending',
			...context,
			scenarioId: 'test',
			endingId: 'left',
			outcome: 'poor',
			totals: { respect: -2, safety: 0 },
			best: { respect: 2, safety: 1 },
			description: 'Ending left',
		});
		expect(buildEndingRecord(s, startScenario(s), context)).toBeUndefined();
	});
});
