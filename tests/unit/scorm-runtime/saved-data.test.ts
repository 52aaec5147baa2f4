import { describe, expect, it } from 'vitest';
import { encodeSuspendData } from '~/lib/scorm/suspend-data';
import type { CmiFamily } from '~/lib/scorm/versions';
import { parseLaunchConfig, formatLaunchConfig } from '~/runtime/scorm/launch-config';
import { pruneProgressText } from '~/runtime/scorm/scorm-backend';
import { createTestLms, launchCourse, memoryStorage, OUTLINE } from './test-lms';

/** An LMS that already holds this suspend data (and bookmark) from an earlier visit. */
function lmsWith(family: CmiFamily, suspendData: string, location = '') {
	const saved = family === '1.2'
		? { suspend_data: suspendData, core: { lesson_status: 'incomplete', exit: 'suspend', lesson_location: location } }
		: { suspend_data: suspendData, completion_status: 'incomplete', exit: 'suspend', location };
	return createTestLms(family, saved);
}

describe.each<CmiFamily>(['1.2', '2004'])('SCORM %s saved data', (family) => {
	it('starts fresh with the tracker notice when the saved data is damaged, keeping it aside', () => {
		const storage = memoryStorage();
		const run = launchCourse(lmsWith(family, 'pc1z:%%%damaged'), storage);
		expect(run.opened.source).toBe('unreadable');
		const tracker = run.tracker();
		expect(tracker.notices).toEqual(['progress-reset']);
		expect(tracker.progress.seen).toEqual({});
		const aside = [...storage.data].find(([k]) => k.startsWith('peercourse:v1:set-aside:scorm-care:'));
		expect(aside?.[1]).toBe('pc1z:%%%damaged');
		// The next page does not see the damaged data again.
		expect(run.tracker().notices).toEqual([]);
	});

	it('starts fresh with the notice when the data is from another tool', () => {
		const run = launchCourse(lmsWith(family, '{"slide":4}'), memoryStorage());
		expect(run.tracker().notices).toEqual(['progress-reset']);
	});

	it('resumes as much as still applies after the course lost a module', () => {
		const old = { v: 1, done: { welcome: 1, 'old-module': 1 }, seen: { welcome: 1, 'old-module': 1 }, blocks: { 'consent-check': { st: { a: 1 }, sum: { d: true, p: true, s: 90 } }, 'old-quiz': { st: {}, sum: { d: true } } }, at: 'old-module' };
		const run = launchCourse(lmsWith(family, encodeSuspendData(old), 'old-module'), memoryStorage());
		expect(run.opened.bookmark).toBeUndefined();
		const tracker = run.tracker();
		expect(tracker.notices).toEqual([]);
		expect(tracker.progress.done).toEqual({ welcome: 1 });
		expect(tracker.progress.seen).toEqual({ welcome: 1 });
		expect(tracker.progress.at).toBeUndefined();
		expect(tracker.moduleStatus('consent')).toBe('done');
		expect(tracker.result).toMatchObject({ modulesDone: 2, modulesTotal: 3, complete: false });
	});
});

describe('saved-data helpers', () => {
	it('prunes flags of unknown modules and leaves other text alone', () => {
		const text = JSON.stringify({ v: 1, done: { gone: 1, welcome: 1 }, seen: {}, blocks: {}, at: 'gone' });
		expect(JSON.parse(pruneProgressText(text, OUTLINE))).toEqual({ v: 1, done: { welcome: 1 }, seen: {}, blocks: {} });
		expect(pruneProgressText('not json', OUTLINE)).toBe('not json');
	});

	it('reads the launch config written by the exporter, with defaults for anything else', () => {
		const text = formatLaunchConfig({ version: '1.2', preset: 'completed-incomplete', freeText: true });
		expect(parseLaunchConfig(text)).toEqual({ family: '1.2', preset: 'completed-incomplete', freeText: true });
		expect(parseLaunchConfig('{}')).toEqual({ family: undefined, preset: 'passed-failed', freeText: false });
		expect(parseLaunchConfig('{"version":"3","preset":"x"')).toEqual({ family: undefined, preset: 'passed-failed', freeText: false });
		expect(formatLaunchConfig({ preset: 'passed-failed', version: '</script>' as never })).not.toContain('</');
	});
});
