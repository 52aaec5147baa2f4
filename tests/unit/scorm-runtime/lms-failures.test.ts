import { describe, expect, it } from 'vitest';
import { decodeSuspendData } from '~/lib/scorm/suspend-data';
import type { CmiFamily } from '~/lib/scorm/versions';
import { connectCmi } from '~/runtime/scorm/cmi-connection';
import { completeCourse, createTestLms, launchCourse, memoryStorage } from './test-lms';

const mirrorKeys = (storage: ReturnType<typeof memoryStorage>) => [...storage.data.keys()].filter((k) => k.includes(':lms:'));
const savedProgress = (lms: ReturnType<typeof createTestLms>) => {
	const decoded = decodeSuspendData(String((lms.saved as { suspend_data?: string })?.suspend_data ?? ''));
	return decoded.ok ? (decoded.state as { seen: Record<string, 1>; done: Record<string, 1>; at?: string }) : undefined;
};

describe.each<CmiFamily>(['1.2', '2004'])('SCORM %s back-end when the LMS fails', (family) => {
	it('keeps progress on the device while commits are refused and sends it when the LMS recovers', () => {
		const lms = createTestLms(family);
		const storage = memoryStorage();
		const run = launchCourse(lms, storage);
		const tracker = run.tracker();
		lms.refuseCommits = true;
		tracker.visit('welcome');
		tracker.markDone('welcome');
		tracker.visit('consent');
		expect(savedProgress(lms)?.seen ?? {}).toEqual({});
		expect(mirrorKeys(storage)).toHaveLength(1);
		expect(run.log.some((line) => /^\[tracking\] (LMSCommit|Commit)\(\) → (101|391) /.test(line))).toBe(true);
		lms.refuseCommits = false;
		expect(run.session.commitIfChanged()).toBe(true);
		expect(savedProgress(lms)).toMatchObject({ done: { welcome: 1 }, seen: { welcome: 1, consent: 1 }, at: 'consent' });
		expect(mirrorKeys(storage)).toEqual([]);
	});

	it('sends everything again after a refused commit, for LMSes that post only what changed', () => {
		const lms = createTestLms(family);
		lms.forgetOnFailedCommit = true;
		const run = launchCourse(lms, memoryStorage());
		const tracker = run.tracker();
		lms.refuseCommits = true;
		tracker.visit('consent');
		expect(lms.committedValue('cmi.suspend_data')).toBeUndefined();
		lms.refuseCommits = false;
		run.session.commitIfChanged();
		const location = family === '1.2' ? 'cmi.core.lesson_location' : 'cmi.location';
		expect(lms.committedValue(location)).toBe('consent');
		expect(lms.committedValue('cmi.suspend_data')).toBe(lms.value('cmi.suspend_data'));
	});

	it('makes no call at all once finished, even when asked to', () => {
		const lms = createTestLms(family);
		const connection = connectCmi(lms.found, () => undefined);
		expect(connection.initialize()).toBe(true);
		expect(connection.finish()).toBe(true);
		const before = lms.calls.length;
		expect(connection.set('cmi.suspend_data', 'x')).toBe(false);
		expect(connection.get('cmi.suspend_data')).toBe('');
		expect(connection.commit()).toBe(false);
		expect(connection.finish()).toBe(false);
		expect(connection.initialize()).toBe(false);
		expect(lms.calls.length).toBe(before);
	});

	it('resumes from the device copy when the window closed before the LMS accepted anything', () => {
		const lms = createTestLms(family);
		const storage = memoryStorage();
		const run = launchCourse(lms, storage);
		const tracker = run.tracker();
		lms.refuseCommits = true;
		completeCourse(tracker, 75);
		run.session.finish();
		expect(STATUS(lms.saved!, family)).toBe('incomplete');

		const again = createTestLms(family, lms.saved);
		const rerun = launchCourse(again, storage);
		expect(rerun.opened.source).toBe('mirror');
		expect(rerun.tracker().result.complete).toBe(true);
		// Sent to the LMS at once, and the device copy is gone.
		expect(STATUS(again.saved!, family)).toBe(family === '1.2' ? 'passed' : 'completed');
		expect(mirrorKeys(storage)).toEqual([]);
	});

	it('ignores a device copy the LMS has moved past (the learner continued elsewhere)', () => {
		const lms = createTestLms(family);
		const storage = memoryStorage();
		const run = launchCourse(lms, storage);
		lms.refuseCommits = true;
		run.tracker().visit('welcome');
		run.session.finish();
		// Elsewhere, the learner got further and that was saved.
		const elsewhere = createTestLms(family, lms.saved);
		const other = launchCourse(elsewhere, memoryStorage());
		completeCourse(other.tracker(), 60);
		other.session.finish();
		const back = createTestLms(family, elsewhere.saved);
		const rerun = launchCourse(back, storage);
		expect(rerun.opened.source).toBe('lms');
		expect(rerun.tracker().result.complete).toBe(true);
		expect(mirrorKeys(storage)).toEqual([]);
	});

	it('logs a refused SetValue with its error and sends it again at the next commit', () => {
		const lms = createTestLms(family);
		const run = launchCourse(lms, memoryStorage());
		const raw = family === '1.2' ? 'cmi.core.score.raw' : 'cmi.score.raw';
		lms.refuseSet.add(raw);
		completeCourse(run.tracker(), 80);
		const name = family === '1.2' ? 'LMSSetValue' : 'SetValue';
		const code = family === '1.2' ? '405' : '406';
		expect(run.log).toContain(`[tracking] ${name}(${raw}) → ${code} ${family === '1.2' ? 'Incorrect Data Type' : 'Data Model Element Type Mismatch'}`);
		expect(lms.value(raw)).toBe('');
		lms.refuseSet.clear();
		run.session.commitIfChanged();
		expect(lms.value(raw)).toBe('80');
		expect((lms.saved as Record<string, unknown>) && JSON.stringify(lms.saved)).toContain('"raw":"80"');
	});

	it('survives an API whose calls throw, and logs them', () => {
		const lms = createTestLms(family);
		const set = family === '1.2' ? 'LMSSetValue' : 'SetValue';
		const api = lms.found.api as unknown as Record<string, (...a: string[]) => string>;
		const original = api[set]!;
		let broken = false;
		api[set] = (...args) => {
			if (broken) throw new Error('Permission denied');
			return original(...args);
		};
		const run = launchCourse(lms, memoryStorage());
		broken = true;
		expect(() => run.tracker().visit('consent')).not.toThrow();
		expect(run.log.some((l) => l.startsWith(`[tracking] ${set}(`) && l.endsWith('threw: Permission denied'))).toBe(true);
		broken = false;
		run.session.commitIfChanged();
		expect(lms.value(family === '1.2' ? 'cmi.core.lesson_location' : 'cmi.location')).toBe('consent');
	});

	it('works on local storage when the LMS refuses to initialise', () => {
		const lms = createTestLms(family);
		const api = lms.found.api as unknown as Record<string, () => string>;
		api[family === '1.2' ? 'LMSInitialize' : 'Initialize'] = () => 'false';
		const connection = connectCmi(lms.found, () => undefined);
		expect(connection.initialize()).toBe(false);
		expect(connection.state).toBe('new');
		expect(() => launchCourse(lms, memoryStorage())).toThrow(/refused to initialise/);
	});
});

function STATUS(saved: Record<string, unknown>, family: CmiFamily): string {
	if (family === '1.2') return String((saved.core as Record<string, unknown>).lesson_status);
	return String(saved.completion_status);
}
