/** Hand-built scenario graphs for tests: `scene(id, line, ...choices)` keeps them one line each. */
import type { Choice, Ending, Outcome, Scenario, Scene, Scores } from '~/lib/scenario/types';

/** A choice `id` to `to`, with scores and (unless `feedback` is false) feedback. */
export function choice(
	id: string,
	to: string,
	scores: Scores = {},
	extra: Partial<Choice> & { line?: number } = {}
): Choice {
	const { line, ...rest } = extra;
	return {
		id,
		to,
		html: `Text of ${id}`,
		text: `Text of ${id}`,
		scores,
		feedbackHtml: `Feedback on ${id}`,
		stigmatising: false,
		...(line ? { place: { line, column: 5 } } : {}),
		...rest,
	};
}

/** A scene at `line` with its choices. */
export function scene(id: string, line: number, ...choices: Choice[]): Scene {
	return {
		id,
		title: `Scene ${id}`,
		beats: [{ kind: 'narration', html: id }],
		choices,
		place: { line, column: 3 },
	};
}

/** An ending at `line`. */
export function ending(
	id: string,
	line: number,
	outcome: Outcome = 'good',
	debriefHtml = 'Debrief'
): Ending {
	return { id, outcome, title: `Ending ${id}`, beats: [], debriefHtml, place: { line, column: 3 } };
}

/** A scenario starting at `start`, scored on `dims`. */
export function scenario(
	start: string,
	scenes: Scene[],
	endings: Ending[],
	dims: string[] = ['respect', 'safety'],
	allowBack = true
): Scenario {
	return {
		id: 'test',
		title: 'Test scenario',
		start,
		allowBack,
		dimensions: dims.map((id) => ({ id, name: id })),
		speakers: [],
		scenes,
		endings,
		place: { line: 1, column: 1 },
	};
}
