import { describe, expect, it } from 'vitest';
import { toElementPattern, validateCmiValue } from '~/lib/scorm/validate-cmi-value';
import { validateSetValueLog } from '~/lib/scorm/validate-set-value-log';

type Row = [element: string, value: string, type?: string];

/** Values scorm-again accepts but the spec or Moodle reject (shared doc, "more lenient"), and more. */
const INVALID_12: Row[] = [
	['cmi.interactions.0.id', 'q 1'],
	['cmi.interactions.0.id', ''],
	['cmi.interactions.0.student_response', 'x'.repeat(256), 'fill-in'],
	['cmi.interactions.0.student_response', 'line\nbreak', 'fill-in'],
	['cmi.interactions.0.student_response', 'true', 'true-false'],
	['cmi.interactions.0.student_response', 'a b', 'choice'],
	['cmi.interactions.0.student_response', '1-a', 'matching'],
	['cmi.interactions.0.result', 'incorrect'],
	['cmi.interactions.0.type', 'other'],
	['cmi.interactions.0.latency', 'PT5S'],
	['cmi.suspend_data', 'x'.repeat(4097)],
	['cmi.core.lesson_status', 'not attempted'],
	['cmi.core.exit', 'normal'],
	['cmi.core.score.raw', '150'],
	['cmi.core.score.raw', '1e2'],
	['cmi.core.lesson_location', 'x'.repeat(256)],
	['cmi.learner_response', 'a'],
	['cmi.core.total_time', '00:00:01'],
];

const VALID_12: Row[] = [
	['cmi.interactions.0.id', '01-why_consent-check_q-1'],
	['cmi.interactions.0.student_response', 't', 'true-false'],
	['cmi.interactions.0.student_response', 'a,b', 'choice'],
	['cmi.interactions.0.correct_responses.0.pattern', '{a,b}', 'choice'],
	['cmi.interactions.0.student_response', '1.a,2.b', 'matching'],
	['cmi.interactions.0.student_response', 'Free text, with commas.', 'fill-in'],
	['cmi.interactions.0.student_response', ''],
	['cmi.interactions.0.result', 'wrong'],
	['cmi.interactions.0.result', '0.5'],
	['cmi.interactions.0.weighting', '-100'],
	['cmi.suspend_data', 'x'.repeat(4096)],
	['cmi.core.exit', ''],
	['cmi.core.exit', 'suspend'],
	['cmi.core.score.raw', ''],
	['cmi.core.score.raw', '87.5'],
	['cmi.objectives.12.status', 'not attempted'],
];

const INVALID_2004: Row[] = [
	['cmi.interactions.0.id', 'q 1'],
	['cmi.interactions.0.id', 'urn:bad namespace!:x'],
	['cmi.interactions.0.timestamp', '2024-05-01T10:15:30.123Z'],
	['cmi.interactions.0.learner_response', 'opt-1[,]opt-2', 'choice'],
	['cmi.interactions.0.learner_response', 'a,b', 'choice'],
	['cmi.interactions.0.learner_response', 'a[,]a', 'choice'],
	['cmi.interactions.0.learner_response', 't', 'true-false'],
	['cmi.interactions.0.learner_response', 'x'.repeat(251), 'fill-in'],
	['cmi.interactions.0.learner_response', 'two\nlines', 'fill-in'],
	['cmi.interactions.0.learner_response', 'a.b', 'matching'],
	['cmi.interactions.0.learner_response', Array(37).fill('a').join('[,]'), 'sequencing'],
	['cmi.interactions.0.description', 'x'.repeat(251)],
	['cmi.interactions.0.description', '{not a lang tag'],
	['cmi.interactions.0.result', 'wrong'],
	['cmi.interactions.0.latency', '00:00:05'],
	['cmi.completion_status', 'passed'],
	['cmi.success_status', 'completed'],
	['cmi.score.scaled', '85'],
	['cmi.score.raw', '1.'],
	['cmi.location', 'x'.repeat(1001)],
	['cmi.suspend_data', 'x'.repeat(64001)],
	['cmi.interactions.01.id', 'a'],
	['cmi.student_response', 'a'],
];

const VALID_2004: Row[] = [
	['cmi.interactions.0.id', 'urn:peercourse:01-why:q-1'],
	['cmi.interactions.0.id', '01-why_consent-check_q-1'],
	['cmi.interactions.0.learner_response', 'opt_1[,]opt.2', 'choice'],
	['cmi.interactions.0.learner_response', 'true', 'true-false'],
	['cmi.interactions.0.learner_response', '1[.]a[,]2[.]b', 'matching'],
	['cmi.interactions.0.learner_response', 'x'.repeat(250), 'fill-in'],
	['cmi.interactions.0.correct_responses.0.pattern', '{case_matters=true}Ask first', 'fill-in'],
	['cmi.interactions.0.correct_responses.0.pattern', '1[:]5', 'numeric'],
	['cmi.interactions.0.learner_response', '4', 'likert'],
	['cmi.interactions.0.learner_response', 'anything at all', 'other'],
	['cmi.interactions.0.description', '{lang=fr}Prise en charge'],
	['cmi.interactions.0.result', '-0.25'],
	['cmi.score.scaled', '-1'],
	['cmi.progress_measure', '0.5'],
	['cmi.exit', 'suspend'],
	['cmi.suspend_data', 'x'.repeat(64000)],
];

describe('validateCmiValue', () => {
	it.each(VALID_12)('1.2 accepts %s = %j (%s)', (element, value, type) => {
		expect(validateCmiValue('1.2', element, value, type)).toEqual({ ok: true });
	});
	it.each(INVALID_12)('1.2 rejects %s = %j (%s)', (element, value, type) => {
		const result = validateCmiValue('1.2', element, value, type);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.reason).toContain(element);
	});
	it.each(VALID_2004)('2004 accepts %s = %j (%s)', (element, value, type) => {
		expect(validateCmiValue('2004-4th', element, value, type)).toEqual({ ok: true });
	});
	it.each(INVALID_2004)('2004 rejects %s = %j (%s)', (element, value, type) => {
		expect(validateCmiValue('2004-3rd', element, value, type).ok).toBe(false);
	});
	it('names collection indices as n', () => {
		expect(toElementPattern('cmi.interactions.12.correct_responses.3.pattern')).toBe(
			'cmi.interactions.n.correct_responses.n.pattern'
		);
	});
});

describe('validateSetValueLog', () => {
	it('requires the 2004 id before other interaction fields', () => {
		const problems = validateSetValueLog('2004', [
			['cmi.interactions.0.type', 'choice'],
			['cmi.interactions.0.id', 'q'],
		]);
		expect(problems.map((p) => p.index)).toEqual([0]);
		expect(problems[0]!.reason).toContain('set cmi.interactions.0.id first');
	});
	it('catches an index gap', () => {
		const problems = validateSetValueLog('1.2', [['cmi.interactions.2.id', 'q']]);
		expect(problems[0]!.reason).toContain('skips an index');
	});
	it('checks responses against the type set earlier for that index', () => {
		const log = [
			['cmi.interactions.0.id', 'q'],
			['cmi.interactions.0.type', 'true-false'],
			['cmi.interactions.0.learner_response', 't'],
		] as const;
		expect(validateSetValueLog('2004', log).map((p) => p.element)).toEqual([
			'cmi.interactions.0.learner_response',
		]);
	});
});
