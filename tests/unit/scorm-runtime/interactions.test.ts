import { describe, expect, it } from 'vitest';
import { validateSetValueLog } from '~/lib/scorm/validate-set-value-log';
import type { CmiFamily } from '~/lib/scorm/versions';
import type { QuizAnswerRecord } from '~/lib/quiz/records';
import type { ScenarioChoiceRecord, ScenarioEndingRecord } from '~/lib/scenario';
import type { LearningRecordLike } from '~/runtime/backend';
import type { Tracker } from '~/runtime/tracker';
import { completeCourse, createTestLms, launchCourse, memoryStorage } from './test-lms';

/** Hands a record to the tracker as an island does (the lib record types lack the tracker's index signature). */
const give = (tracker: Tracker, record: object) => tracker.record(record as LearningRecordLike);

const at = '2025-03-04T10:15:30.123Z';
const base = { kind: 'quiz-answer', courseId: 'scorm-care', moduleId: 'consent', quizId: 'consent-check', timestamp: at, latencyMs: 4_250, includesFreeText: false } as const;

/** Records shaped exactly as the quiz and role-play islands hand them to the tracker. */
const QUIZ: QuizAnswerRecord[] = [
	{ ...base, questionId: 'first-step', questionType: 'single-choice', response: ['private-room'], correctResponse: ['private-room'], result: 'correct', score: 1, description: 'A sex worker tells you a client hurt her. What do you do first?' },
	{ ...base, questionId: 'pep-care', questionType: 'multiple-choice', response: ['pep', 'police'], correctResponse: ['pep', 'ec'], result: 'partial', score: 0.5, description: 'Which care can you offer 30 hours after a sexual assault?' },
	{ ...base, questionId: 'disclose-job', questionType: 'true-false', response: false, correctResponse: false, result: 'correct', score: 1, description: 'A sex worker must disclose her job to get care.' },
	{ ...base, questionId: 'lives-order', questionType: 'ordering', response: ['listen', 'validate', 'inquire'], correctResponse: ['listen', 'inquire', 'validate'], result: 'incorrect', score: 0, description: 'Put the first three LIVES steps in order.' },
	{ ...base, questionId: 'time-windows', questionType: 'matching', response: [['pep', 'h72'], ['ec', 'h120']], correctResponse: [['pep', 'h72'], ['ec', 'h120']], result: 'correct', score: 1, description: 'Match each kind of care to its time window.' },
	{ ...base, questionId: 'confidence', questionType: 'self-rating', response: 4, correctResponse: null, result: 'neutral', score: 0, description: 'How confident are you?' },
	{ ...base, questionId: 'own-practice', questionType: 'reflection', response: 'I would ask for a private room, and "listen" first.', correctResponse: null, result: 'neutral', score: 0, description: 'What would you do differently?', includesFreeText: true },
];
const CHOICE: ScenarioChoiceRecord = { kind: 'scenario-choice', courseId: 'scorm-care', moduleId: 'night-shift', scenarioId: 'night-shift', sceneId: 'arrival', choiceId: 'private-room', choiceIds: ['private-room', 'ask-papers', 'blame'], dimensions: { respect: 2 }, timestamp: at, description: 'Ask her quietly to come to a private room.' };
const ENDING: ScenarioEndingRecord = { kind: 'scenario-ending', courseId: 'scorm-care', moduleId: 'night-shift', scenarioId: 'night-shift', endingId: 'good-care', outcome: 'good', totals: { respect: 2 }, best: { respect: 3 }, timestamp: at, description: 'She gets the care she came for' };

describe.each<CmiFamily>(['1.2', '2004'])('SCORM %s interactions', (family) => {
	it('sends quiz answers and role-play choices as interactions, reflections only with the opt-in', () => {
		const lms = createTestLms(family);
		const run = launchCourse(lms, memoryStorage());
		const tracker = run.tracker();
		for (const record of [...QUIZ, CHOICE, ENDING]) give(tracker, record);
		run.session.commit();
		expect(lms.value('cmi.interactions._count')).toBe('8');
		const ids = lms.setValues().filter(([e]) => /\.id$/.test(e)).map(([, v]) => v);
		expect(ids).toEqual([
			'consent_consent-check_first-step',
			'consent_consent-check_pep-care',
			'consent_consent-check_disclose-job',
			'consent_consent-check_lives-order',
			'consent_consent-check_time-windows',
			'consent_consent-check_confidence',
			'night-shift_night-shift_arrival',
			'night-shift_night-shift_ending',
		]);
		const response = family === '1.2' ? 'student_response' : 'learner_response';
		expect(lms.setValues()).toContainEqual([`cmi.interactions.2.${response}`, family === '1.2' ? 'f' : 'false']);
		expect(lms.setValues()).toContainEqual([`cmi.interactions.7.${response}`, family === '1.2' ? 'good-care' : 'good_care']);
		expect(lms.setValues().some(([, v]) => v.includes('private room, and'))).toBe(false);
	});

	it('sends reflection text when the course opts in', () => {
		const lms = createTestLms(family);
		const run = launchCourse(lms, memoryStorage(), { interactions: { freeText: true } });
		give(run.tracker(), QUIZ[6]!);
		expect(lms.value('cmi.interactions._count')).toBe('1');
		expect(lms.setValues().some(([, v]) => v.includes('private room'))).toBe(true);
	});

	it('numbers interactions on from those an earlier session left', () => {
		const first = createTestLms(family);
		const run = launchCourse(first, memoryStorage());
		give(run.tracker(), QUIZ[0]!);
		give(run.tracker(), QUIZ[1]!);
		run.session.finish();
		const again = createTestLms(family, first.saved);
		const rerun = launchCourse(again, memoryStorage());
		give(rerun.tracker(), CHOICE);
		expect(again.setValues()).toContainEqual(['cmi.interactions.2.id', 'night-shift_night-shift_arrival']);
		expect(again.value('cmi.interactions._count')).toBe('3');
	});

	it('makes only SetValue calls a strict LMS accepts, over a whole course with every record kind', () => {
		const first = createTestLms(family);
		const run = launchCourse(first, memoryStorage(), { interactions: { freeText: true } });
		const tracker = run.tracker();
		completeCourse(tracker, 83.33);
		for (const record of [...QUIZ, CHOICE, ENDING]) give(tracker, record);
		run.advanceClock(125_678);
		run.session.finish();
		expect(validateSetValueLog(family, first.setValues())).toEqual([]);
		expect(first.setValues().length).toBeGreaterThan(40);

		const again = createTestLms(family, first.saved);
		const rerun = launchCourse(again, memoryStorage());
		give(rerun.tracker(), CHOICE);
		rerun.tracker().reset();
		rerun.session.finish();
		// Nine interactions already: seven answers (the reflection too, opted in), a choice and an ending.
		expect(validateSetValueLog(family, again.setValues(), 9)).toEqual([]);
	});
});
