import { describe, expect, it } from 'vitest';
import { chooseOption, startScenario, stateFromPath } from '~/lib/scenario/engine';
import { buildTranscript, findLoopedStep } from '~/components/islands/scenario/transcript';
import { loadFixtureScenario } from './load-fixture';

const scenario = loadFixtureScenario();
const summary = (turns: ReturnType<typeof buildTranscript>) =>
	turns.map((t) => ({ key: t.key, kind: t.kind, choice: t.choice?.id, looped: t.looped ?? false }));

describe('buildTranscript', () => {
	it('shows the first scene without its hidden thoughts', () => {
		const [turn, ...rest] = buildTranscript(scenario, startScenario(scenario));
		expect(rest).toEqual([]);
		expect(turn).toMatchObject({ key: '0:arrival', kind: 'scene', title: '2 a.m., emergency department', revealed: [] });
		expect(turn!.beats.map((b) => b.kind)).toEqual(['narration', 'line']);
	});

	it('keeps the key of a turn when it gets answered, and reveals its thoughts', () => {
		const turns = buildTranscript(scenario, stateFromPath(scenario, ['private-room']));
		expect(summary(turns)).toEqual([
			{ key: '0:arrival', kind: 'scene', choice: 'private-room', looped: false },
			{ key: '1:listen', kind: 'scene', choice: undefined, looped: false },
		]);
		expect(turns[0]!.revealed).toEqual([
			{ kind: 'thought', speaker: 'meena', html: 'If they find out what I do, they will send me away.', reveal: 'after' },
		]);
		// "reveal=now" thoughts show with the scene; "after" ones wait for the answer.
		expect(turns[1]!.beats.map((b) => b.kind)).toEqual(['line', 'thought']);
		expect(turns[1]!.revealed).toEqual([]);
	});

	it('ends with the ending, its closing beats and its outcome', () => {
		const turns = buildTranscript(scenario, stateFromPath(scenario, ['private-room', 'full-care']));
		expect(turns.at(-1)).toMatchObject({ key: '2:good-care', kind: 'ending', title: 'She gets the care she came for', outcome: 'good' });
		expect(turns.at(-1)!.beats.map((b) => b.kind)).toEqual(['line']);
	});

	it('describes a speaker once: only their first line is flagged', () => {
		const turns = buildTranscript(scenario, stateFromPath(scenario, ['private-room', 'full-care']));
		const flagged = turns.flatMap((t) => [...t.beats, ...t.revealed]).filter((b) => 'firstOfSpeaker' in b);
		expect(flagged).toEqual([
			{ kind: 'line', speaker: 'meena', html: "I just need an injection so I don't get infection.", firstOfSpeaker: true },
		]);
	});

	it('keeps the response that looped back on screen, before the scene the learner is back in', () => {
		const before = stateFromPath(scenario, ['ask-papers']);
		const after = chooseOption(scenario, before, 'start-again');
		const looped = findLoopedStep(before, after, 'start-again');
		expect(looped).toEqual({ index: 1, sceneId: 'papers', choiceId: 'start-again' });
		expect(summary(buildTranscript(scenario, after, looped))).toEqual([
			{ key: '1:papers', kind: 'scene', choice: 'start-again', looped: true },
			{ key: '0:arrival', kind: 'scene', choice: undefined, looped: false },
		]);
	});

	it('finds no loop when a choice moves forward', () => {
		const before = startScenario(scenario);
		expect(findLoopedStep(before, chooseOption(scenario, before, 'ask-papers'), 'ask-papers')).toBeUndefined();
		expect(findLoopedStep(before, before, 'nothing')).toBeUndefined();
	});

	it('gives a scene that loops to itself a key of its own', () => {
		const selfLoop = {
			...scenario,
			scenes: scenario.scenes.map((s) =>
				s.id === 'papers' ? { ...s, choices: [...s.choices, { ...s.choices[0]!, id: 'ask-again', to: 'papers' }] } : s
			),
		};
		const before = stateFromPath(selfLoop, ['ask-papers']);
		const after = chooseOption(selfLoop, before, 'ask-again');
		const keys = buildTranscript(selfLoop, after, findLoopedStep(before, after, 'ask-again')).map((t) => t.key);
		expect(keys).toEqual(['0:arrival', '1:papers', '1:papers:again']);
	});
});
