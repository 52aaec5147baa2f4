import { describe, expect, it } from 'vitest';
import type { GuideQuestion } from '~/lib/guide';
import { findMissing, loadCourses } from './helpers';

// A small course with one question of each kind, a branching role-play with a loop, one
// module with "Key messages" and "Sources" and one without (tests/fixtures/guide/).
const [fixture] = loadCourses('tests/fixtures/guide');
const { guide } = fixture!;
const [first, second] = guide.modules;
const quiz = first!.quizzes[0]!;
const question = (id: string): GuideQuestion => quiz.questions.find((q) => q.id === id)!;
const rolePlay = first!.rolePlays[0]!;

describe('facilitator guide of the fixture course', () => {
	it('holds everything of the course model', () => {
		const { checked, missing } = findMissing(fixture!);
		expect(missing).toEqual([]);
		expect(checked).toEqual({ questions: 9, choices: 5, scenes: 3, sceneChoices: 7, endings: 3 });
	});

	it('gives the course overview and the timing table', () => {
		expect(guide.course).toMatchObject({ title: 'A guide fixture course', audience: 'Nurses and reception staff', estimatedMinutes: 40, moduleMinutes: 35, passMark: 75, licence: 'CC BY-SA 4.0' });
		expect(guide.course.credits).toEqual([{ name: 'Fixture peer trainer', role: 'Author', organisation: 'Test sex-worker-led collective' }]);
		expect(guide.timing).toEqual([
			{ module: 'first-response', title: 'The first response', minutes: 25, quizQuestions: 7, gradedQuestions: 5, rolePlays: 1 },
			{ module: 'keeping-it-private', title: 'Keeping it private', minutes: 10, quizQuestions: 2, gradedQuestions: 1, rolePlays: 0 },
		]);
	});

	it('marks the right answer of each kind of question', () => {
		expect(quiz).toMatchObject({ id: 'first-check', graded: true, passMark: 60, attempts: 3 });
		expect(second!.quizzes[0]).toMatchObject({ graded: false, passMark: 75 });
		const single = question('first-step').answer;
		expect(single.kind === 'choices' && single.options.map((o) => [o.id, o.correct, o.feedbackHtml])).toEqual([
			['private', true, 'Yes: privacy lets her speak safely.'],
			['police', false, 'Reporting is <strong>her</strong> choice, never a condition of care.'],
		]);
		expect(question('first-step').feedback).toEqual({ correct: 'Well done.', incorrect: 'Look again at the first step.' });
		expect(question('first-step').explanationHtml).toBe('First-line support starts with <strong>listening</strong> in private.');
		const multiple = question('pep-care').answer;
		expect(multiple.kind === 'choices' && multiple.multiple && multiple.options.filter((o) => o.correct).map((o) => o.id)).toEqual(['pep', 'ec']);
		expect(question('disclose-job').answer).toEqual({ kind: 'true-false', correct: false });
		expect(question('lives-order').answer).toEqual({ kind: 'order', stepsHtml: ['Listen', 'Inquire about needs', 'Validate'] });
		expect(question('time-windows').answer).toEqual({
			kind: 'pairs',
			pairs: [
				{ leftHtml: 'HIV PEP', rightHtml: 'Within 72 hours' },
				{ leftHtml: 'Emergency contraception', rightHtml: 'Within 120 hours' },
			],
		});
	});

	it('lists reflections and self-ratings as ungraded', () => {
		expect(question('own-practice')).toMatchObject({ graded: false, answer: { kind: 'open' } });
		expect(question('confidence')).toMatchObject({ graded: false, answer: { kind: 'rating', scale: 4, minLabelHtml: 'Not at all', maxLabelHtml: 'Very' } });
		expect(quiz.questions.filter((q) => q.graded).map((q) => q.id)).toEqual(['first-step', 'pep-care', 'disclose-job', 'lives-order', 'time-windows']);
	});

	it('writes the role-play as a script in reading order with targets, scores and stigmatising marks', () => {
		expect(rolePlay.speakers).toEqual([{ id: 'lina', name: 'Lina' }]);
		// Breadth first from the start, following the choices in the order they are written.
		expect(rolePlay.scenes.map((s) => [s.id, s.start])).toEqual([['arrival', true], ['listen', false], ['ask-again', false]]);
		const arrival = rolePlay.scenes[0]!;
		expect(arrival.beats.map((b) => b.kind)).toEqual(['narration', 'line', 'thought']);
		expect(arrival.beats[1]).toMatchObject({ speakerName: 'Lina', html: 'Someone hurt me last night. Can I see a nurse?' });
		expect(arrival.choices.map((c) => [c.id, c.leadsTo.kind, c.leadsTo.title, c.stigmatising])).toEqual([
			['quiet-room', 'scene', 'With the nurse', false],
			['what-job', 'scene', 'She hesitates', false],
			['expect', 'ending', 'Lina walks out', true],
		]);
		expect(arrival.choices[2]!.leadsTo.outcome).toBe('poor');
		expect(arrival.choices[0]!.scores).toEqual([{ dimension: 'respect', name: 'Respect', points: 2 }]);
		const loop = rolePlay.scenes[2]!.choices.find((c) => c.id === 'apologise')!;
		expect(loop.leadsTo).toEqual({ id: 'arrival', kind: 'scene', title: 'Lina arrives' });
	});

	it('gives each ending its outcome, closing beats, debrief and totals', () => {
		const good = rolePlay.endings.find((e) => e.id === 'cared-for')!;
		expect(good).toMatchObject({ outcome: 'good', title: 'Lina gets the care she needs', reachable: true });
		expect(good.beats).toEqual([{ kind: 'line', speaker: 'lina', speakerName: 'Lina', html: 'Thank you. I will come back next week.', stigmatising: false }]);
		expect(good.debriefHtml).toBe('Privacy and care first: Lina got PEP in time and knows she is welcome back.');
		expect(good.totals).toEqual([
			{ dimension: 'respect', name: 'Respect', best: 2, worst: 2 },
			{ dimension: 'clinical-care', name: 'Clinical care', best: 2, worst: 2 },
		]);
		// Worst respect: ask about work (-1) then insist (-1); best: the quiet room (+2).
		expect(rolePlay.totals).toEqual([
			{ dimension: 'respect', name: 'Respect', best: 2, worst: -2 },
			{ dimension: 'clinical-care', name: 'Clinical care', best: 2, worst: -1 },
		]);
		expect(rolePlay.approximateTotals).toBe(false);
	});

	it('inlines the scenario map with a title and a description', () => {
		expect(rolePlay.mapSvg).toMatch(/^<svg [^>]*role="img" aria-labelledby="scenario-map-front-desk-title scenario-map-front-desk-desc"/);
		expect(rolePlay.mapSvg).toContain('<title id="scenario-map-front-desk-title">Scenario map: At the front desk (front-desk)</title>');
		expect(rolePlay.mapSvg).toContain('<desc id="scenario-map-front-desk-desc">3 scenes, 3 endings and 7 choices.');
	});

	it('derives discussion questions from reflections and from each decision point', () => {
		expect(first!.discussion).toEqual([
			{ kind: 'reflection', html: 'What would you do differently in your clinic tomorrow?', quiz: 'first-check', question: 'own-practice' },
			{ kind: 'decision', rolePlay: 'front-desk', rolePlayTitle: 'At the front desk', scene: 'arrival', sceneTitle: 'Lina arrives', speaker: 'Lina', lineHtml: 'Someone hurt me last night. Can I see a nurse?' },
			// A scene with narration only has nobody to answer: the question asks what to do.
			{ kind: 'decision', rolePlay: 'front-desk', rolePlayTitle: 'At the front desk', scene: 'listen', sceneTitle: 'With the nurse', speaker: undefined, lineHtml: undefined },
			{ kind: 'decision', rolePlay: 'front-desk', rolePlayTitle: 'At the front desk', scene: 'ask-again', sceneTitle: 'She hesitates', speaker: 'Lina', lineHtml: 'Why do you need to know that?' },
		]);
		expect(second!.discussion).toEqual([
			{ kind: 'reflection', html: "Which records in your clinic could expose a person's <strong>work</strong> or <strong>HIV status</strong>?", quiz: 'privacy-practice', question: 'records-reflection' },
		]);
	});

	it('extracts key messages and sources, and says when a module has none', () => {
		expect(first!.keyMessages).toEqual({
			found: true,
			heading: 'Key messages',
			itemsHtml: [
				'Listen first, in <strong>private</strong>.',
				'Care never depends on a police report. See <a href="../keeping-it-private/">the next module</a>.',
				'Telling you about sex work is optional.',
			],
		});
		expect(first!.sources.itemsHtml).toEqual([
			'WHO. <em>Responding to intimate partner violence and sexual violence against women</em>. 2013.',
			'A fixture source with a link: <a href="https://example.org/guide-source">https://example.org/guide-source</a>',
		]);
		expect(second!.keyMessages).toEqual({ found: false, itemsHtml: [] });
		expect(second!.sources).toEqual({ found: false, itemsHtml: [] });
	});
});
