/**
 * Checks the structure of a scenario model: ids, start, targets, reachability, ways out,
 * debriefs, feedback and dimensions. Works on hand-built models as well as extracted ones.
 */
import { issueAt, type Issue } from '../issues';
import { didYouMeanSentence } from '../text/did-you-mean';
import { findEndingReachers, findReachable, listNodeIds } from './graph';
import type { Choice, Scenario, Scene } from './types';

/** Lists every structural problem of `scenario` as issues located in `file`. */
export function validateScenarioGraph(scenario: Scenario, file = ''): Issue[] {
	const issues: Issue[] = [];
	const add = (place: Scene['place'], code: string, message: string, hint: string, warn = false) =>
		issues.push(issueAt(file, place, code, message, hint, warn ? 'warning' : 'error'));
	const ids = listNodeIds(scenario);
	const sceneIds = scenario.scenes.map((s) => s.id);

	const seen = new Set<string>();
	for (const node of [...scenario.scenes, ...scenario.endings]) {
		if (seen.has(node.id)) {
			add(
				node.place,
				'SCENARIO_DUPLICATE_ID',
				`The id "${node.id}" is used by more than one scene or ending.`,
				'Give each <Scene> and <Ending> its own id.'
			);
		}
		seen.add(node.id);
	}
	if (!scenario.endings.length) {
		add(
			scenario.place,
			'SCENARIO_NO_ENDING',
			`The scenario "${scenario.id}" has no <Ending>, so no run can finish.`,
			'Add at least one <Ending id="…" outcome="good" title="…"> with a debrief, and lead a choice to it.'
		);
	}
	const startOk = checkStart(scenario, sceneIds, ids, add);

	for (const scene of scenario.scenes) {
		if (!scene.choices.length) {
			add(
				scene.place,
				'SCENARIO_DEAD_END',
				`The scene "${scene.id}" has no choices, so the learner would be stuck there.`,
				'Add a <Choice to="…"> that leads on, or turn the scene into an <Ending> with a debrief.'
			);
		}
		const choiceIds = new Set<string>();
		for (const choice of scene.choices) {
			if (choiceIds.has(choice.id)) {
				add(
					choice.place,
					'SCENARIO_DUPLICATE_CHOICE_ID',
					`Two choices in scene "${scene.id}" have the id "${choice.id}".`,
					'Give one of them its own id="…" (ids come from the first words of the text when not written).'
				);
			}
			choiceIds.add(choice.id);
			checkChoice(scenario, scene, choice, ids, add);
		}
	}
	for (const ending of scenario.endings) {
		if (!ending.debriefHtml.trim()) {
			add(
				ending.place,
				'SCENARIO_ENDING_NO_DEBRIEF',
				`The ending "${ending.id}" has no debrief.`,
				'Write the debrief in Markdown between <Ending …> and </Ending>: how the choices landed for the person and why.'
			);
		}
	}
	if (startOk) checkReachability(scenario, ids, add);
	return issues;
}

type Add = (
	place: Scene['place'],
	code: string,
	message: string,
	hint: string,
	warn?: boolean
) => void;

function checkStart(scenario: Scenario, sceneIds: string[], ids: string[], add: Add): boolean {
	const first = sceneIds[0];
	if (!scenario.start) {
		add(
			scenario.place,
			'SCENARIO_MISSING_START',
			`The scenario "${scenario.id}" does not say which scene comes first.`,
			first
				? `Add start="${first}" (or another scene id) to <Scenario>.`
				: 'Add a <Scene id="…"> and name it in start="…" on <Scenario>.'
		);
		return false;
	}
	if (sceneIds.includes(scenario.start)) return true;
	const isEnding = ids.includes(scenario.start);
	add(
		scenario.place,
		'SCENARIO_UNKNOWN_START',
		isEnding
			? `The start "${scenario.start}" is an ending; a run must start in a scene.`
			: `The start "${scenario.start}" is not a scene in this scenario.${didYouMeanSentence(scenario.start, sceneIds)}`,
		sceneIds.length
			? `Set start="…" to one of: ${sceneIds.join(', ')}.`
			: 'Add a <Scene id="…"> and name it in start="…".'
	);
	return false;
}

function checkChoice(
	scenario: Scenario,
	scene: Scene,
	choice: Choice,
	ids: string[],
	add: Add
): void {
	if (!ids.includes(choice.to)) {
		add(
			choice.place,
			'SCENARIO_UNKNOWN_TARGET',
			`The choice "${choice.id}" in scene "${scene.id}" leads to "${choice.to}", which is not a scene or ending.${didYouMeanSentence(choice.to, ids)}`,
			`Change to="${choice.to}" to an existing id, or add a <Scene> or <Ending> with id="${choice.to}".`
		);
	}
	const dims = scenario.dimensions.map((d) => d.id);
	for (const key of Object.keys(choice.scores)) {
		if (!dims.includes(key)) {
			add(
				choice.place,
				'SCENARIO_UNDECLARED_DIMENSION',
				`The choice "${choice.id}" scores "${key}", which is not one of the scenario's dimensions.${didYouMeanSentence(key, dims)}`,
				`Add it to dimensions="…" on <Scenario>, or use one of: ${dims.join(', ') || '(none declared)'}.`
			);
		}
	}
	if (choice.feedbackHtml?.trim()) return;
	if (choice.stigmatising) {
		add(
			choice.place,
			'SCENARIO_STIGMATISING_NO_FEEDBACK',
			`The stigmatising choice "${choice.id}" in scene "${scene.id}" has no feedback.`,
			'Add feedback="…" or a <Feedback> block explaining why this is stigmatising and what to do instead; a bad example must never stand unexplained.'
		);
	} else {
		add(
			choice.place,
			'SCENARIO_CHOICE_NO_FEEDBACK',
			`The choice "${choice.id}" in scene "${scene.id}" has no feedback.`,
			'Add feedback="…" saying how this choice lands for the person, so the debrief can explain it.',
			true
		);
	}
}

function checkReachability(scenario: Scenario, ids: string[], add: Add): void {
	const reachable = findReachable(scenario, scenario.start);
	for (const node of [...scenario.scenes, ...scenario.endings]) {
		if (!reachable.has(node.id)) {
			add(
				node.place,
				'SCENARIO_UNREACHABLE',
				`No choice path from the start "${scenario.start}" leads to "${node.id}", so learners never see it.`,
				`Lead a <Choice to="${node.id}"> here from a reachable scene, or remove it.`,
				true
			);
		}
	}
	if (!scenario.endings.length) return;
	const reachers = findEndingReachers(scenario);
	for (const scene of scenario.scenes) {
		const blocked = !scene.choices.length || scene.choices.some((c) => !ids.includes(c.to));
		if (!reachable.has(scene.id) || reachers.has(scene.id) || blocked) continue;
		add(
			scene.place,
			'SCENARIO_TRAP_LOOP',
			`From the scene "${scene.id}" no ending can be reached: every choice leads round in a loop or into a scene with no way out.`,
			'Add a choice on this path that leads to an <Ending> (or to a scene that reaches one).'
		);
	}
}
