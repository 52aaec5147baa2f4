import { describe, expect, it } from 'vitest';
import { reachableTotals } from '~/lib/scenario/reachable-totals';
import { choice, ending, scenario, scene } from './build-scenario';

describe('reachableTotals', () => {
	it('takes the best and worst over branches, with negative scores, per dimension and per ending', () => {
		const s = scenario(
			'a',
			[
				scene(
					'a',
					1,
					choice('kind', 'b', { respect: 2, safety: 1 }),
					choice('blame', 'c', { respect: -3 })
				),
				scene(
					'b',
					2,
					choice('pep', 'good', { safety: 2 }),
					choice('rush', 'mixed', { respect: -1 })
				),
				scene(
					'c',
					3,
					choice('leave', 'poor', { safety: -2 }),
					choice('repair', 'b', { respect: 1 })
				),
			],
			[ending('good', 4), ending('mixed', 5, 'mixed'), ending('poor', 6, 'poor')]
		);
		const totals = reachableTotals(s);
		expect(totals.approximate).toBe(false);
		// Paths: kind,pep (2,3) · kind,rush (1,1) · blame,leave (-3,-2) · blame,repair,pep (-2,2) · blame,repair,rush (-3,0)
		expect(totals.overall).toEqual({
			respect: { best: 2, worst: -3 },
			safety: { best: 3, worst: -2 },
		});
		expect(totals.byEnding).toEqual({
			good: { respect: { best: 2, worst: -2 }, safety: { best: 3, worst: 2 } },
			mixed: { respect: { best: 1, worst: -3 }, safety: { best: 1, worst: 0 } },
			poor: { respect: { best: -3, worst: -3 }, safety: { best: -2, worst: -2 } },
		});
	});

	it('counts totals over simple paths: going round a loop never adds its scores twice', () => {
		const s = scenario(
			'a',
			[
				scene('a', 1, choice('ask', 'b', { respect: 1 }), choice('end-now', 'end', { safety: 1 })),
				// Looping b → a → b would add respect +1 forever; simple paths visit each scene once.
				scene(
					'b',
					2,
					choice('again', 'a', { respect: 5 }),
					choice('finish', 'end', { safety: -1 })
				),
			],
			[ending('end', 3)]
		);
		expect(reachableTotals(s).overall).toEqual({
			respect: { best: 1, worst: 0 },
			safety: { best: 1, worst: -1 },
		});
	});

	it('leaves unreachable endings out and handles a trap loop without hanging', () => {
		const s = scenario(
			'a',
			[
				scene('a', 1, choice('x', 'b', { respect: 1 }), choice('y', 'end')),
				scene('b', 2, choice('z', 'b', { respect: 9 })),
			],
			[ending('end', 3), ending('never', 4)]
		);
		const totals = reachableTotals(s);
		expect(Object.keys(totals.byEnding)).toEqual(['end']);
		expect(totals.overall.respect).toEqual({ best: 0, worst: 0 });
	});

	it('falls back to safe outer bounds on graphs with too many paths', () => {
		// 12 scenes, each linked to every other and to the ending: about 12! simple paths.
		const ids = Array.from({ length: 12 }, (_, i) => `s${i}`);
		const scenes = ids.map((id, i) =>
			scene(
				id,
				i + 1,
				...ids.filter((o) => o !== id).map((o) => choice(`to-${o}`, o, { respect: 1 })),
				choice('out', 'end', { safety: -1 })
			)
		);
		const totals = reachableTotals(scenario('s0', scenes, [ending('end', 20)]));
		expect(totals.approximate).toBe(true);
		expect(totals.overall).toEqual({
			respect: { best: 12, worst: 0 },
			safety: { best: 0, worst: -12 },
		});
		expect(Object.keys(totals.byEnding)).toEqual(['end']);
	});
});
