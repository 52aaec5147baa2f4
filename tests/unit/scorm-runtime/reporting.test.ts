import { describe, expect, it } from 'vitest';
import { decodeSuspendData } from '~/lib/scorm/suspend-data';
import type { CmiFamily } from '~/lib/scorm/versions';
import { completeCourse, createTestLms, launchCourse, memoryStorage } from './test-lms';

const STATUS = {
	'1.2': (lms: ReturnType<typeof createTestLms>) => lms.value('cmi.core.lesson_status'),
	'2004': (lms: ReturnType<typeof createTestLms>) => `${lms.value('cmi.completion_status')}/${lms.value('cmi.success_status')}`,
};
const LOCATION = { '1.2': 'cmi.core.lesson_location', '2004': 'cmi.location' };
const EXIT = { '1.2': 'cmi.core.exit', '2004': 'cmi.exit' };

describe.each<CmiFamily>(['1.2', '2004'])('SCORM %s back-end', (family) => {
	it('reports incomplete with exit suspend right after initialising, and commits', () => {
		const lms = createTestLms(family);
		launchCourse(lms, memoryStorage());
		expect(STATUS[family](lms)).toBe(family === '1.2' ? 'incomplete' : 'incomplete/unknown');
		const sets = lms.setValues();
		expect(sets).toContainEqual([EXIT[family], 'suspend']);
		const exitAt = lms.calls.findIndex((c) => c.args[0] === EXIT[family]);
		const commitAt = lms.calls.findIndex((c) => /Commit$/.test(c.name));
		expect(exitAt).toBeGreaterThan(-1);
		expect(commitAt).toBeGreaterThan(exitAt);
		expect(lms.saved).toBeDefined();
	});

	it('keeps the module as bookmark and the progress as suspend data, and commits when the bookmark moves', () => {
		const lms = createTestLms(family);
		const run = launchCourse(lms, memoryStorage());
		const tracker = run.tracker();
		const commits = () => lms.calls.filter((c) => /Commit$/.test(c.name)).length;
		const before = commits();
		tracker.visit('consent');
		expect(commits()).toBe(before + 1);
		expect(lms.value(LOCATION[family])).toBe('consent');
		const decoded = decodeSuspendData(lms.value('cmi.suspend_data'));
		expect(decoded).toEqual({ ok: true, state: { v: 1, done: {}, seen: { consent: 1 }, blocks: {}, at: 'consent' } });
	});

	it('reports passed with the course score once the course is complete', () => {
		const lms = createTestLms(family);
		const run = launchCourse(lms, memoryStorage());
		const tracker = run.tracker();
		tracker.visit('welcome');
		tracker.markDone('welcome');
		tracker.visit('consent');
		tracker.setBlock('consent-check', {}, { d: true, p: true, s: 80 });
		// Not complete yet: no score, still incomplete.
		expect(lms.value(family === '1.2' ? 'cmi.core.score.raw' : 'cmi.score.raw')).toBe('');
		expect(STATUS[family](lms)).toBe(family === '1.2' ? 'incomplete' : 'incomplete/unknown');
		tracker.visit('night-shift');
		tracker.setBlock('night-shift', {}, { d: true });
		expect(STATUS[family](lms)).toBe(family === '1.2' ? 'passed' : 'completed/passed');
		const score = family === '1.2' ? 'cmi.core.score' : 'cmi.score';
		expect([lms.value(`${score}.raw`), lms.value(`${score}.min`), lms.value(`${score}.max`)]).toEqual(['80', '0', '100']);
		if (family === '2004') expect(lms.value('cmi.score.scaled')).toBe('0.8');
		expect(lms.saved).toBeDefined();
	});

	it.each([
		['passed-failed', 'failed', 'completed/failed'],
		['completed-incomplete', 'incomplete', 'incomplete/unknown'],
		['completed-passed', 'completed', 'completed/unknown'],
	] as const)('reports a failed attempt under %s as the preset says', (preset, status12, status2004) => {
		const lms = createTestLms(family);
		const run = launchCourse(lms, memoryStorage(), { preset });
		completeCourse(run.tracker(), 30);
		expect(STATUS[family](lms)).toBe(family === '1.2' ? status12 : status2004);
	});

	it('never reports a passed course as incomplete or failed again on relaunch', () => {
		const first = createTestLms(family);
		const run = launchCourse(first, memoryStorage());
		completeCourse(run.tracker(), 90);
		run.session.finish();
		// The learner relaunches on another computer; the LMS lost the saved progress.
		const saved = structuredClone(first.saved!) as Record<string, Record<string, unknown>>;
		if (family === '1.2') saved.suspend_data = '' as never;
		else (saved as Record<string, unknown>).suspend_data = '';
		const again = createTestLms(family, saved);
		const rerun = launchCourse(again, memoryStorage());
		const tracker = rerun.tracker();
		tracker.visit('consent');
		tracker.setBlock('consent-check', {}, { d: true, p: false, s: 10 });
		expect(STATUS[family](again)).toBe(family === '1.2' ? 'passed' : 'completed/passed');
		const statusSets = again.setValues().filter(([e]) => /status/.test(e));
		expect(statusSets.map(([, v]) => v)).not.toContain('incomplete');
		expect(statusSets.map(([, v]) => v)).not.toContain('failed');
		expect(again.value(family === '1.2' ? 'cmi.core.score.raw' : 'cmi.score.raw')).toBe('90');
	});

	it('sets session time in the version format before finishing, once, and makes no call after', () => {
		const lms = createTestLms(family);
		const run = launchCourse(lms, memoryStorage());
		const tracker = run.tracker();
		tracker.visit('welcome');
		run.advanceClock(3_723_450);
		expect(run.session.finish()).toBe(true);
		const time = lms.setValues().find(([e]) => /session_time$/.test(e));
		expect(time?.[1]).toBe(family === '1.2' ? '01:02:03.45' : 'PT1H2M3.45S');
		expect(run.session.finish()).toBe(false);
		tracker.visit('consent');
		tracker.markDone('consent');
		run.opened.backend.record?.({ kind: 'scenario-choice', timestamp: '2025-01-01T00:00:00Z' });
		run.session.commit();
		run.session.commitIfChanged();
		expect(lms.callsAfterFinish()).toEqual([]);
		expect(lms.calls.filter((c) => /Finish|Terminate/.test(c.name))).toHaveLength(1);
	});

	it('resumes where the learner was, with block states intact', () => {
		const first = createTestLms(family);
		const run = launchCourse(first, memoryStorage());
		const tracker = run.tracker();
		tracker.visit('welcome');
		tracker.markDone('welcome');
		tracker.visit('consent');
		tracker.setBlock('consent-check', { a: { r: { q1: 'b' } } }, { d: false });
		run.session.finish();
		const again = createTestLms(family, first.saved);
		const rerun = launchCourse(again, memoryStorage());
		expect(rerun.opened.source).toBe('lms');
		expect(rerun.opened.bookmark).toBe('consent');
		const resumed = rerun.tracker();
		expect(resumed.notices).toEqual([]);
		expect(resumed.moduleStatus('welcome')).toBe('done');
		expect(resumed.blockState('consent-check')).toEqual({ a: { r: { q1: 'b' } } });
	});
});
