/** Graph queries over a scenario: scenes and endings are nodes, choices are edges. */
import type { Ending, Scenario, Scene } from './types';

/** Every scene and ending id, in authored order (duplicates kept). */
export function listNodeIds(scenario: Scenario): string[] {
	return [...scenario.scenes.map((s) => s.id), ...scenario.endings.map((e) => e.id)];
}

/** The scene with this id (the first, if an id is duplicated). */
export function findScene(scenario: Scenario, id: string): Scene | undefined {
	return scenario.scenes.find((s) => s.id === id);
}

/** The ending with this id. */
export function findEnding(scenario: Scenario, id: string): Ending | undefined {
	return scenario.endings.find((e) => e.id === id);
}

/** Ids of every node reachable from `from` by following choices (including `from`). */
export function findReachable(scenario: Scenario, from: string): Set<string> {
	const seen = new Set<string>();
	const stack = [from];
	while (stack.length) {
		const id = stack.pop()!;
		if (seen.has(id)) continue;
		const isEnding = !!findEnding(scenario, id);
		const scene = findScene(scenario, id);
		if (!scene && !isEnding) continue;
		seen.add(id);
		for (const choice of scene?.choices ?? []) stack.push(choice.to);
	}
	return seen;
}

/** Ids of the scenes from which some ending can be reached, plus the endings themselves. */
export function findEndingReachers(scenario: Scenario): Set<string> {
	const good = new Set(scenario.endings.map((e) => e.id));
	// Grow backwards from the endings until nothing changes; scenarios are small.
	let grew = true;
	while (grew) {
		grew = false;
		for (const scene of scenario.scenes) {
			if (!good.has(scene.id) && scene.choices.some((c) => good.has(c.to))) {
				good.add(scene.id);
				grew = true;
			}
		}
	}
	return good;
}
