/**
 * The role-play model that travels from the build to the scenario island as JSON props.
 * All author Markdown is already rendered to HTML strings; ids are authored or derived from
 * text (never from array positions), so tracking survives reordering.
 */

/** A 1-based place in the module file, kept so graph problems can name a line. */
export interface ScenarioPlace {
	line: number;
	column: number;
}

/** How an ending turns out for the person; always shown as a word, never by colour alone. */
export type Outcome = 'good' | 'mixed' | 'poor';

/** A scoring dimension such as "clinical care": `id` is the kebab-case slug, `name` as declared. */
export interface Dimension {
	id: string;
	name: string;
}

/** A person in the encounter (the learner plays the health worker and speaks through choices). */
export interface Speaker {
	id: string;
	name: string;
	/** Image path as the author wrote it (relative to the module file). */
	portrait?: string;
	/** Alt text for the portrait; `''` marks it decorative (the name is shown beside it). */
	alt?: string;
}

/** One piece of the story inside a scene or ending, in authored order. */
export type Beat =
	| { kind: 'narration'; html: string }
	| { kind: 'line'; speaker: string; html: string; stigmatising?: boolean }
	| {
			kind: 'thought';
			speaker: string;
			html: string;
			/** `after`: revealed once the learner has chosen; `now`: shown with the scene. */
			reveal: 'after' | 'now';
	  };

/** Per-dimension points, keyed by dimension id, whole numbers, may be negative. */
export type Scores = Record<string, number>;

/** Something the learner can say or do in a scene. */
export interface Choice {
	/** Unique within its scene: authored `id`, or derived from the first words of the text. */
	id: string;
	/** Id of the scene or ending this choice leads to. */
	to: string;
	html: string;
	/** Plain text of the choice, for records and screen-reader labels. */
	text: string;
	scores: Scores;
	feedbackHtml?: string;
	/** A deliberate example of stigmatising practice (the terminology linter exempts its wording). */
	stigmatising: boolean;
	place?: ScenarioPlace;
}

/** A decision point. */
export interface Scene {
	id: string;
	/** Short plain label for the map and the debrief: authored `title` or the first words. */
	title: string;
	beats: Beat[];
	choices: Choice[];
	place?: ScenarioPlace;
}

/** Where a run finishes, with the peer trainers' debrief. */
export interface Ending {
	id: string;
	outcome: Outcome;
	title: string;
	/** Closing narration or lines shown before the debrief. */
	beats: Beat[];
	debriefHtml: string;
	place?: ScenarioPlace;
}

/** A whole role-play. Scene and ending ids share one namespace (a choice may lead to either). */
export interface Scenario {
	id: string;
	title: string;
	start: string;
	allowBack: boolean;
	/** Markdown written directly inside `<Scenario>`, shown before the first scene. */
	introHtml?: string;
	dimensions: Dimension[];
	speakers: Speaker[];
	scenes: Scene[];
	endings: Ending[];
	place?: ScenarioPlace;
}
