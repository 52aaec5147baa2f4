/** Turns a scenario model into a script two people can act out, with its map and totals. */
import { findReachable } from '../scenario/graph';
import { reachableTotals, type DimensionRanges } from '../scenario/reachable-totals';
import { renderScenarioMap } from '../scenario/render-map';
import type { Beat, Choice, Scenario, Scene } from '../scenario/types';
import type { GuideBeat, GuideChoice, GuideRolePlay, GuideScene, GuideTarget, GuideTotal } from './types';

/** The role-play as a script: scenes in reading order, where each choice leads, endings and debriefs. */
export function buildGuideRolePlay(scenario: Scenario): GuideRolePlay {
	const reachable = findReachable(scenario, scenario.start);
	const totals = reachableTotals(scenario);
	const speakerName = (id: string) => scenario.speakers.find((s) => s.id === id)?.name ?? id;
	const beatsOf = (beats: Beat[]) => beats.map((b) => toGuideBeat(b, speakerName));
	return {
		id: scenario.id,
		title: scenario.title,
		introHtml: scenario.introHtml,
		start: scenario.start,
		dimensions: scenario.dimensions.map((d) => ({ id: d.id, name: d.name })),
		speakers: scenario.speakers.map((s) => ({ id: s.id, name: s.name })),
		scenes: orderScenes(scenario).map(
			(scene): GuideScene => ({
				id: scene.id,
				title: scene.title,
				start: scene.id === scenario.start,
				reachable: reachable.has(scene.id),
				beats: beatsOf(scene.beats),
				choices: scene.choices.map((c) => toGuideChoice(c, scenario)),
			})
		),
		endings: scenario.endings.map((ending) => ({
			id: ending.id,
			title: ending.title,
			outcome: ending.outcome,
			reachable: reachable.has(ending.id),
			beats: beatsOf(ending.beats),
			debriefHtml: ending.debriefHtml,
			totals: listTotals(scenario, totals.byEnding[ending.id]),
		})),
		mapSvg: renderScenarioMap(scenario),
		totals: listTotals(scenario, totals.overall),
		approximateTotals: totals.approximate,
	};
}

/**
 * Reading order for a printed script: the start scene, then the scenes its choices lead to,
 * breadth first in the order the choices are written; scenes no path reaches come last.
 */
export function orderScenes(scenario: Scenario): Scene[] {
	const byId = new Map(scenario.scenes.map((s) => [s.id, s] as const));
	const ordered: Scene[] = [];
	const seen = new Set<string>();
	const queue = [scenario.start];
	while (queue.length) {
		const scene = byId.get(queue.shift()!);
		if (!scene || seen.has(scene.id)) continue;
		seen.add(scene.id);
		ordered.push(scene);
		queue.push(...scene.choices.map((c) => c.to));
	}
	return [...ordered, ...scenario.scenes.filter((s) => !seen.has(s.id))];
}

function toGuideChoice(choice: Choice, scenario: Scenario): GuideChoice {
	return {
		id: choice.id,
		html: choice.html,
		text: choice.text,
		stigmatising: choice.stigmatising,
		feedbackHtml: choice.feedbackHtml,
		scores: scenario.dimensions
			.filter((d) => (choice.scores[d.id] ?? 0) !== 0)
			.map((d) => ({ dimension: d.id, name: d.name, points: choice.scores[d.id]! })),
		leadsTo: targetOf(choice.to, scenario),
	};
}

function targetOf(id: string, scenario: Scenario): GuideTarget {
	const scene = scenario.scenes.find((s) => s.id === id);
	if (scene) return { id, kind: 'scene', title: scene.title };
	const ending = scenario.endings.find((e) => e.id === id);
	// Unknown targets fail the build (SCENARIO_UNKNOWN_TARGET); keep the id so nothing is lost.
	return { id, kind: 'ending', title: ending?.title ?? id, outcome: ending?.outcome };
}

function toGuideBeat(beat: Beat, speakerName: (id: string) => string): GuideBeat {
	if (beat.kind === 'narration') return { kind: 'narration', html: beat.html };
	if (beat.kind === 'line') {
		return { kind: 'line', speaker: beat.speaker, speakerName: speakerName(beat.speaker), html: beat.html, stigmatising: beat.stigmatising ?? false };
	}
	return { kind: 'thought', speaker: beat.speaker, speakerName: speakerName(beat.speaker), html: beat.html, reveal: beat.reveal };
}

function listTotals(scenario: Scenario, ranges: DimensionRanges | undefined): GuideTotal[] {
	if (!ranges) return [];
	return scenario.dimensions
		.filter((d) => ranges[d.id])
		.map((d) => ({ dimension: d.id, name: d.name, best: ranges[d.id]!.best, worst: ranges[d.id]!.worst }));
}
