/**
 * The conversation as the learner sees it: one turn per scene passed on this run (with the
 * response taken, its feedback and the thoughts it reveals), then the current scene or the
 * ending. Turn keys stay the same when a turn gets answered, so React only adds nodes and the
 * live region announces just what is new.
 *
 * A response that leads back to an earlier scene cuts the loop out of the run (see the
 * engine), which would also hide the response and its feedback. The view passes that last
 * step as `loopedFrom`, so it stays on screen just before the scene the learner is back in.
 */
import type { ScenarioState } from '../../../lib/scenario/engine';
import { findEnding, findScene } from '../../../lib/scenario/graph';
import type { Beat, Choice, Outcome, Scenario } from '../../../lib/scenario/types';
import { walkPath } from '../../../lib/scenario/walk-path';

/** A beat with whether it is the first time its speaker appears (their portrait gets alt text once). */
export type TranscriptBeat = Beat & { firstOfSpeaker?: true };

/** One scene (or the ending) in the conversation. */
export interface Turn {
	/** Stable React key: position on the run plus the scene id. */
	key: string;
	kind: 'scene' | 'ending';
	/** Scene or ending id. */
	id: string;
	title: string;
	/** What shows with the scene: narration, lines and thoughts revealed now. */
	beats: TranscriptBeat[];
	/** The response taken here, once answered. */
	choice?: Choice;
	/** Thoughts revealed once the learner has answered (all of them for an ending). */
	revealed: TranscriptBeat[];
	outcome?: Outcome;
	/** True for the step that led back to an earlier scene (shown once, not saved). */
	looped?: true;
}

/** The step that led back to an earlier scene: where it was taken and which response. */
export interface LoopedStep {
	/** The step's position on the run before the loop was cut. */
	index: number;
	sceneId: string;
	choiceId: string;
}

/** The step to keep on screen when a choice cut the run back (a loop), else undefined. */
export function findLoopedStep(
	before: ScenarioState,
	after: ScenarioState,
	choiceId: string
): LoopedStep | undefined {
	if (after === before || after.path.length > before.path.length) return undefined;
	return { index: before.path.length, sceneId: before.scene, choiceId };
}

/** Builds the conversation of the run in `state`, oldest turn first. */
export function buildTranscript(
	scenario: Scenario,
	state: ScenarioState,
	loopedFrom?: LoopedStep
): Turn[] {
	const walked = walkPath(scenario, state.path);
	const turns: Turn[] = walked.steps.map(({ sceneId, choice }, i) => {
		const scene = findScene(scenario, sceneId)!;
		return {
			key: `${i}:${sceneId}`,
			kind: 'scene',
			id: sceneId,
			title: scene.title,
			beats: scene.beats.filter(isShownNow),
			choice,
			revealed: scene.beats.filter((b) => !isShownNow(b)),
		};
	});
	const loopScene = loopedFrom && findScene(scenario, loopedFrom.sceneId);
	const loopChoice = loopScene?.choices.find((c) => c.id === loopedFrom!.choiceId);
	if (loopScene && loopChoice) {
		turns.push({
			key: `${loopedFrom!.index}:${loopScene.id}`,
			kind: 'scene',
			id: loopScene.id,
			title: loopScene.title,
			beats: loopScene.beats.filter(isShownNow),
			choice: loopChoice,
			revealed: loopScene.beats.filter((b) => !isShownNow(b)),
			looped: true,
		});
	}
	let key = `${walked.steps.length}:${walked.at}`;
	// A scene that loops to itself would otherwise share its key with the looped step.
	if (turns.some((t) => t.key === key)) key += ':again';
	const ending = findEnding(scenario, walked.at);
	const scene = findScene(scenario, walked.at);
	if (ending) {
		turns.push({
			key,
			kind: 'ending',
			id: ending.id,
			title: ending.title,
			beats: [...ending.beats],
			revealed: [],
			outcome: ending.outcome,
		});
	} else if (scene) {
		turns.push({
			key,
			kind: 'scene',
			id: scene.id,
			title: scene.title,
			beats: scene.beats.filter(isShownNow),
			revealed: [],
		});
	}
	return markFirstAppearances(turns);
}

/** Thoughts marked `reveal="after"` wait for the learner's answer; everything else shows at once. */
function isShownNow(beat: Beat): boolean {
	return beat.kind !== 'thought' || beat.reveal === 'now';
}

/** Flags the first line or thought of each speaker, in reading order. */
function markFirstAppearances(turns: Turn[]): Turn[] {
	const seen = new Set<string>();
	const mark = (beat: Beat): TranscriptBeat => {
		if (beat.kind === 'narration' || seen.has(beat.speaker)) return beat;
		seen.add(beat.speaker);
		return { ...beat, firstOfSpeaker: true };
	};
	return turns.map((turn) => ({
		...turn,
		beats: turn.beats.map(mark),
		revealed: turn.revealed.map(mark),
	}));
}
