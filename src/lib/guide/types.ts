/**
 * The facilitator guide model: everything a peer trainer needs to run a course face to face,
 * built from the same analysis and MDX as the online course. Plain JSON data; every `…Html`
 * field is already-rendered, trusted HTML (author Markdown), every other string is plain text.
 */
import type { QuestionFeedback, QuestionType, RatingPhase } from '../quiz/types';
import type { Outcome } from '../scenario/types';

/** The whole guide for one course. */
export interface Guide {
	course: GuideCourse;
	/** One row per module, in course order. */
	timing: TimingRow[];
	modules: GuideModule[];
}

/** Course facts for the overview page. */
export interface GuideCourse {
	slug: string;
	title: string;
	summary: string;
	audience: string;
	language: string;
	objectives: string[];
	/** The course's own estimate (course.yaml `estimatedMinutes`). */
	estimatedMinutes: number;
	/** The modules' estimates added up; may differ from `estimatedMinutes`. */
	moduleMinutes: number;
	passMark: number;
	version: string;
	licence: string;
	credits: { name: string; role?: string; organisation?: string }[];
}

/** One line of the timing table. */
export interface TimingRow {
	module: string;
	title: string;
	minutes: number;
	/** Questions in every quiz of the module, graded and ungraded. */
	quizQuestions: number;
	/** Of those, the questions that earn credit (not reflections or self-ratings). */
	gradedQuestions: number;
	rolePlays: number;
}

/** A list extracted from under a heading of the module (`## Key messages`, `## Sources`). */
export interface GuideSection {
	/** False when the module has no such heading: the guide says so instead of inventing one. */
	found: boolean;
	/** The heading as the author wrote it. */
	heading?: string;
	/** One HTML string per list item (or per paragraph when the section has no list). */
	itemsHtml: string[];
}

/** One module of the guide. */
export interface GuideModule {
	slug: string;
	title: string;
	summary: string;
	minutes: number;
	objectives: string[];
	keyMessages: GuideSection;
	sources: GuideSection;
	discussion: DiscussionQuestion[];
	quizzes: GuideQuiz[];
	rolePlays: GuideRolePlay[];
	/** Quizzes and role-plays in the order they appear in the module, by id. */
	activities: { kind: 'quiz' | 'role-play'; id: string }[];
}

/** A question for group discussion, derived from the module's activities (see README). */
export type DiscussionQuestion =
	| {
			kind: 'reflection';
			/** The reflection's prompt, as the author wrote it. */
			html: string;
			quiz: string;
			question: string;
	  }
	| {
			kind: 'decision';
			rolePlay: string;
			rolePlayTitle: string;
			scene: string;
			sceneTitle: string;
			/** Who the health worker answers: the speaker of the scene's last line, if any. */
			speaker?: string;
			/** That last line, as HTML, so the group knows which moment is meant. */
			lineHtml?: string;
	  };

/** A quiz as an answer key. */
export interface GuideQuiz {
	id: string;
	title?: string;
	introHtml?: string;
	graded: boolean;
	/** The quiz's pass mark, or the course's when the quiz sets none. */
	passMark: number;
	attempts?: number;
	draw?: number;
	questions: GuideQuestion[];
}

/** One question with its answer key, feedback and explanation. */
export interface GuideQuestion {
	id: string;
	type: QuestionType;
	promptHtml: string;
	promptText: string;
	/** False for reflections and self-ratings: they are listed as ungraded. */
	graded: boolean;
	answer: GuideAnswer;
	feedback: QuestionFeedback;
	explanationHtml?: string;
}

/** The right answer, by kind of question. */
export type GuideAnswer =
	| { kind: 'choices'; multiple: boolean; options: GuideOption[] }
	| { kind: 'true-false'; correct: boolean }
	/** Steps in the right order. */
	| { kind: 'order'; stepsHtml: string[] }
	/** The right pairs. */
	| { kind: 'pairs'; pairs: { leftHtml: string; rightHtml: string }[] }
	| {
			kind: 'rating';
			scale: number;
			minLabelHtml?: string;
			maxLabelHtml?: string;
			phase?: RatingPhase;
	  }
	/** A reflection: no right answer. */
	| { kind: 'open' };

/** An option of a choice question. */
export interface GuideOption {
	id: string;
	html: string;
	correct: boolean;
	feedbackHtml?: string;
}

/** A role-play as a script for two people, with its map and score ranges. */
export interface GuideRolePlay {
	id: string;
	title: string;
	introHtml?: string;
	/** Scene id where the role-play starts. */
	start: string;
	dimensions: { id: string; name: string }[];
	/** The people the second participant plays (the first plays the health worker). */
	speakers: { id: string; name: string }[];
	/** Scenes in reading order: from the start, breadth first, then any unreachable ones. */
	scenes: GuideScene[];
	endings: GuideEnding[];
	/** The scenario map as an inline SVG string, with its own title and description. */
	mapSvg: string;
	/** Best and worst totals a learner can reach, per dimension, over all endings. */
	totals: GuideTotal[];
	/** True when the role-play had too many paths and the totals are outer bounds. */
	approximateTotals: boolean;
}

/** A best/worst range for one dimension. */
export interface GuideTotal {
	dimension: string;
	name: string;
	best: number;
	worst: number;
}

/** A piece of the story, with speaker names resolved. */
export type GuideBeat =
	| { kind: 'narration'; html: string }
	| { kind: 'line'; speaker: string; speakerName: string; html: string; stigmatising: boolean }
	| { kind: 'thought'; speaker: string; speakerName: string; html: string; reveal: 'after' | 'now' };

/** A decision point. */
export interface GuideScene {
	id: string;
	title: string;
	start: boolean;
	/** False when no path from the start leads here. */
	reachable: boolean;
	beats: GuideBeat[];
	choices: GuideChoice[];
}

/** One response at a decision point and where it leads. */
export interface GuideChoice {
	id: string;
	html: string;
	text: string;
	stigmatising: boolean;
	feedbackHtml?: string;
	/** Non-zero points, in the order the dimensions are declared. */
	scores: { dimension: string; name: string; points: number }[];
	leadsTo: GuideTarget;
}

/** Where a choice leads. */
export interface GuideTarget {
	id: string;
	kind: 'scene' | 'ending';
	title: string;
	outcome?: Outcome;
}

/** An ending with its debrief. */
export interface GuideEnding {
	id: string;
	title: string;
	outcome: Outcome;
	reachable: boolean;
	beats: GuideBeat[];
	debriefHtml: string;
	/** Totals on the paths that finish here; empty when no path does. */
	totals: GuideTotal[];
}
