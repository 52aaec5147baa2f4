import { describe, expect, it } from 'vitest';
import type { CmiPair } from '~/lib/scorm/cmi-pairs';
import { scoreSetValues } from '~/lib/scorm/cmi-score';
import { mapStatus, statusSetValues } from '~/lib/scorm/cmi-status';
import { formatDuration } from '~/lib/scorm/cmi-time';
import { encodeSuspendData } from '~/lib/scorm/suspend-data';
import { validateSetValueLog } from '~/lib/scorm/validate-set-value-log';
import type { CmiFamily } from '~/lib/scorm/versions';
import { refusedByScormAgain } from './scorm-again-harness';

/** A whole session's non-interaction writes, as the runtime will make them. */
function sessionWrites(family: CmiFamily): CmiPair[] {
	const state = encodeSuspendData({ v: 1, at: '02-clinic', done: ['01-why'], note: 'santé' });
	const is12 = family === '1.2';
	return [
		[is12 ? 'cmi.core.exit' : 'cmi.exit', 'suspend'],
		...statusSetValues(mapStatus(family, { started: true, complete: false })),
		[is12 ? 'cmi.core.lesson_location' : 'cmi.location', '02-clinic'],
		['cmi.suspend_data', state],
		...scoreSetValues(family, 2 / 3),
		...statusSetValues(mapStatus(family, { started: true, complete: true, passed: true })),
		[is12 ? 'cmi.core.session_time' : 'cmi.session_time', formatDuration(family, 3_723_456)],
	];
}

describe('session writes', () => {
	for (const family of ['1.2', '2004'] as const) {
		it(`${family}: strictly valid and accepted by scorm-again`, () => {
			const writes = sessionWrites(family);
			expect(validateSetValueLog(family, writes)).toEqual([]);
			expect(refusedByScormAgain(family, writes)).toEqual([]);
		});
	}

	it('the harness can fail: scorm-again refuses a 1.2 duration in 2004', () => {
		expect(refusedByScormAgain('2004', [['cmi.session_time', '00:01:05']])).toHaveLength(1);
	});
});
