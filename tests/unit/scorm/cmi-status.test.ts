import { describe, expect, it } from 'vitest';
import {
	mapStatus,
	neverDowngrade,
	parseReportedStatus,
	statusSetValues,
	type CourseProgress,
	type ReportingPreset,
} from '~/lib/scorm/cmi-status';
import { validateSetValueLog } from '~/lib/scorm/validate-set-value-log';

const NEW: CourseProgress = { started: false, complete: false };
const STARTED: CourseProgress = { started: true, complete: false };
const DONE: CourseProgress = { started: true, complete: true };
const PASSED: CourseProgress = { started: true, complete: true, passed: true };
const FAILED: CourseProgress = { started: true, complete: true, passed: false };

describe('mapStatus for SCORM 1.2', () => {
	const table: [ReportingPreset, CourseProgress, string][] = [
		['passed-failed', NEW, 'incomplete'],
		['passed-failed', STARTED, 'incomplete'],
		['passed-failed', DONE, 'completed'],
		['passed-failed', PASSED, 'passed'],
		['passed-failed', FAILED, 'failed'],
		['completed-incomplete', PASSED, 'completed'],
		['completed-incomplete', FAILED, 'incomplete'],
		['completed-incomplete', DONE, 'completed'],
		['completed-passed', PASSED, 'passed'],
		['completed-passed', FAILED, 'completed'],
		['completed-passed', STARTED, 'incomplete'],
	];
	it.each(table)('%s: %j → %s', (preset, progress, expected) => {
		const status = mapStatus('1.2', progress, preset);
		expect(status).toEqual({ family: '1.2', lessonStatus: expected });
		expect(validateSetValueLog('1.2', statusSetValues(status))).toEqual([]);
	});
	it('defaults to passed-failed', () => {
		expect(mapStatus('1.2', FAILED)).toEqual({ family: '1.2', lessonStatus: 'failed' });
	});
});

describe('mapStatus for SCORM 2004', () => {
	const table: [ReportingPreset, CourseProgress, string, string][] = [
		['passed-failed', STARTED, 'incomplete', 'unknown'],
		['passed-failed', DONE, 'completed', 'unknown'],
		['passed-failed', PASSED, 'completed', 'passed'],
		['passed-failed', FAILED, 'completed', 'failed'],
		['completed-incomplete', PASSED, 'completed', 'unknown'],
		['completed-incomplete', FAILED, 'incomplete', 'unknown'],
		['completed-passed', FAILED, 'completed', 'unknown'],
		['completed-passed', PASSED, 'completed', 'passed'],
	];
	it.each(table)('%s: %j → %s / %s', (preset, progress, completion, success) => {
		const status = mapStatus('2004', progress, preset);
		expect(status).toEqual({
			family: '2004',
			completionStatus: completion,
			successStatus: success,
		});
		expect(validateSetValueLog('2004', statusSetValues(status))).toEqual([]);
	});
	it('never reports failed in the completion-only presets', () => {
		for (const preset of ['completed-incomplete', 'completed-passed'] as const) {
			for (const p of [NEW, STARTED, DONE, PASSED, FAILED]) {
				expect(JSON.stringify(mapStatus('2004', p, preset))).not.toContain('failed');
				expect(JSON.stringify(mapStatus('1.2', p, preset))).not.toContain('failed');
			}
		}
	});
});

describe('neverDowngrade', () => {
	it('keeps a 1.2 pass over a later failed or incomplete report', () => {
		const passed = mapStatus('1.2', PASSED);
		expect(neverDowngrade(passed, mapStatus('1.2', FAILED))).toEqual(passed);
		expect(neverDowngrade(passed, mapStatus('1.2', STARTED))).toEqual(passed);
	});
	it('lets a 1.2 status improve', () => {
		const failed = mapStatus('1.2', FAILED);
		expect(neverDowngrade(failed, mapStatus('1.2', PASSED))).toEqual({
			family: '1.2',
			lessonStatus: 'passed',
		});
		expect(neverDowngrade(undefined, failed)).toEqual(failed);
	});
	it('keeps 2004 completion and success separately', () => {
		const previous = {
			family: '2004',
			completionStatus: 'completed',
			successStatus: 'passed',
		} as const;
		const next = mapStatus('2004', { started: true, complete: false });
		expect(neverDowngrade(previous, next)).toEqual(previous);
		const partial = {
			family: '2004',
			completionStatus: 'incomplete',
			successStatus: 'passed',
		} as const;
		expect(neverDowngrade(partial, mapStatus('2004', FAILED))).toEqual({
			family: '2004',
			completionStatus: 'completed',
			successStatus: 'passed',
		});
	});
	it('reads statuses back from the LMS, tolerating unknown values', () => {
		expect(parseReportedStatus('1.2', { lessonStatus: 'passed' })).toEqual({
			family: '1.2',
			lessonStatus: 'passed',
		});
		expect(parseReportedStatus('1.2', { lessonStatus: '' })).toBeUndefined();
		const stored = parseReportedStatus('1.2', { lessonStatus: 'not attempted' });
		expect(neverDowngrade(stored, mapStatus('1.2', STARTED))).toEqual({
			family: '1.2',
			lessonStatus: 'incomplete',
		});
		expect(
			parseReportedStatus('2004', { completionStatus: 'completed', successStatus: 'weird' })
		).toEqual({
			family: '2004',
			completionStatus: 'completed',
			successStatus: 'unknown',
		});
	});
	it('never writes not attempted from the SCO', () => {
		expect(statusSetValues({ family: '1.2', lessonStatus: 'not attempted' })).toEqual([
			['cmi.core.lesson_status', 'incomplete'],
		]);
	});
});
