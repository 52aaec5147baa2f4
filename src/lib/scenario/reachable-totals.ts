/**
 * Best and worst score totals a learner can reach, per dimension, over all *simple* paths
 * from the start to an ending (no scene twice). The engine cuts loops out of a run (see
 * engine.ts), so a learner's totals are always the totals of a simple path and always lie
 * between these bounds. Cycles therefore need no special scoring rule: a path just never
 * re-enters a scene it has already passed.
 */
import { findEnding, findReachable, findScene } from './graph';
import type { Scenario } from './types';

/** The range of totals for one dimension. */
export interface TotalRange {
	best: number;
	worst: number;
}

/** Per dimension id, the range of totals. */
export type DimensionRanges = Record<string, TotalRange>;

/** Reachable totals, overall and per ending. */
export interface ReachableTotals {
	/** Over every simple path from the start to any ending. */
	overall: DimensionRanges;
	/** Over the simple paths that finish at each ending; unreachable endings are absent. */
	byEnding: Record<string, DimensionRanges>;
	/** True when the graph had too many paths to list and the ranges are safe outer bounds. */
	approximate: boolean;
}

/** Enough for any hand-written role-play; past it we fall back to per-scene bounds. */
const STEP_BUDGET = 200_000;

/** Computes best and worst reachable totals per dimension, overall and per ending. */
export function reachableTotals(scenario: Scenario): ReachableTotals {
	const dims = scenario.dimensions.map((d) => d.id);
	const byEnding: Record<string, DimensionRanges> = {};
	const record = (ending: string, totals: number[]) => {
		const ranges = (byEnding[ending] ??= {});
		dims.forEach((dim, i) => widen(ranges, dim, totals[i]!));
	};
	const complete = findScene(scenario, scenario.start) ? enumerate(scenario, dims, record) : true;
	if (!complete) return boundTotals(scenario, dims);
	const overall: DimensionRanges = {};
	for (const ranges of Object.values(byEnding)) {
		for (const dim of dims) widen(overall, dim, ranges[dim]!.best, ranges[dim]!.worst);
	}
	for (const dim of dims) overall[dim] ??= { best: 0, worst: 0 };
	return { overall, byEnding, approximate: false };
}

/** Depth-first walk over simple paths; returns false when the step budget ran out. */
function enumerate(
	scenario: Scenario,
	dims: string[],
	record: (ending: string, totals: number[]) => void
): boolean {
	const onPath = new Set<string>();
	let steps = 0;
	const walk = (sceneId: string, totals: number[]): boolean => {
		if (++steps > STEP_BUDGET) return false;
		onPath.add(sceneId);
		for (const choice of findScene(scenario, sceneId)!.choices) {
			const next = dims.map((dim, i) => totals[i]! + (choice.scores[dim] ?? 0));
			if (findEnding(scenario, choice.to)) record(choice.to, next);
			else if (findScene(scenario, choice.to) && !onPath.has(choice.to)) {
				if (!walk(choice.to, next)) return false;
			}
		}
		onPath.delete(sceneId);
		return true;
	};
	return walk(
		scenario.start,
		dims.map(() => 0)
	);
}

/** Outer bounds: a simple path leaves each scene at most once, through one of its choices. */
function boundTotals(scenario: Scenario, dims: string[]): ReachableTotals {
	const reachable = findReachable(scenario, scenario.start);
	const overall: DimensionRanges = {};
	for (const dim of dims) {
		let best = 0;
		let worst = 0;
		for (const scene of scenario.scenes.filter((s) => reachable.has(s.id))) {
			const points = scene.choices.map((c) => c.scores[dim] ?? 0);
			best += Math.max(0, ...points);
			worst += Math.min(0, ...points);
		}
		overall[dim] = { best, worst };
	}
	const byEnding: Record<string, DimensionRanges> = {};
	for (const ending of scenario.endings.filter((e) => reachable.has(e.id))) {
		byEnding[ending.id] = structuredClone(overall);
	}
	return { overall, byEnding, approximate: true };
}

function widen(ranges: DimensionRanges, dim: string, high: number, low = high): void {
	const range = ranges[dim];
	if (!range) ranges[dim] = { best: high, worst: low };
	else {
		range.best = Math.max(range.best, high);
		range.worst = Math.min(range.worst, low);
	}
}
