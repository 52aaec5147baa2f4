/**
 * Interface text of the role-play island. The server translates every key (the island never
 * bundles the message catalogue) and keeps `{name}` placeholders for the island to fill.
 */
export const SCENARIO_STRING_KEYS = {
	conversation: 'scenario.conversation',
	you: 'scenario.you',
	thinks: 'scenario.thinks',
	wasThinking: 'scenario.wasThinking',
	feedback: 'scenario.feedback',
	choicesLabel: 'scenario.choicesLabel',
	possibleResponses: 'scenario.possibleResponses',
	tryDifferent: 'scenario.tryDifferent',
	restart: 'scenario.restart',
	endingTitle: 'scenario.endingTitle',
	outcomeGood: 'scenario.outcome.good',
	outcomeMixed: 'scenario.outcome.mixed',
	outcomePoor: 'scenario.outcome.poor',
	debrief: 'scenario.debrief',
	scoresCaption: 'scenario.scoresCaption',
	dimension: 'scenario.dimension',
	yourTotal: 'scenario.yourTotal',
	best: 'scenario.best',
	worst: 'scenario.worst',
	approximate: 'scenario.approximate',
	pathTaken: 'scenario.pathTaken',
	stigmatising: 'scenario.stigmatising',
} as const;

/** The translated strings the island receives as a prop. */
export type ScenarioStrings = Record<keyof typeof SCENARIO_STRING_KEYS, string>;

/** Values that keep placeholders intact when the server formats a message (`{speaker}` stays `{speaker}`). */
export const KEEP_PLACEHOLDERS = { speaker: '{speaker}', title: '{title}' } as const;
