import { describe, expect, it } from 'vitest';
import {
	measureSuspendJson,
	reportSuspendSize,
	suspendSizeIssues,
	worstCaseSuspendSize,
} from '~/lib/scorm/suspend-budget';
import { encodeSuspendData } from '~/lib/scorm/suspend-data';

describe('worstCaseSuspendSize', () => {
	it('adds the prefix, braces and commas to the member sizes', () => {
		expect(worstCaseSuspendSize([])).toBe(7);
		expect(worstCaseSuspendSize([10, 20])).toBe(5 + 2 + 30 + 1);
	});
	it('matches the real encoding when compression does not help', () => {
		const members = { a: 'x', b: [1, 2] };
		const sizes = Object.entries(members).map(
			([k, v]) => measureSuspendJson(k) + 1 + measureSuspendJson(v)
		);
		expect(worstCaseSuspendSize(sizes)).toBe(encodeSuspendData(members).length);
	});
});

describe('reportSuspendSize', () => {
	const parts = [
		{ name: 'visited pages', size: 400 },
		{ name: 'answers of quiz "consent-check"', size: 2100 },
		{ name: 'history of scenario "night-shift"', size: 1500 },
		{ name: 'bookmark', size: 90 },
	];

	it('fits 2004 but not 1.2, and names the largest parts', () => {
		const r12 = reportSuspendSize('1.2', parts);
		expect(r12).toMatchObject({ limit: 4096, total: 4100, fits: false });
		expect(r12.largest.map((p) => p.size)).toEqual([2100, 1500, 400]);
		expect(reportSuspendSize('2004-4th', parts)).toMatchObject({ limit: 64000, fits: true });
	});

	it('turns an overflow into an issue naming the contributors', () => {
		const issues = suspendSizeIssues(
			reportSuspendSize('1.2', parts),
			'courses/respectful-care/course.yaml'
		);
		expect(issues).toHaveLength(1);
		expect(issues[0]!.code).toBe('SCORM_SUSPEND_DATA_TOO_LARGE');
		expect(issues[0]!.message).toBe(
			'Saved progress could need 4,100 characters, over the LMS limit of 4,096. The largest parts are answers of quiz "consent-check" (2,100), history of scenario "night-shift" (1,500) and visited pages (400).'
		);
		expect(suspendSizeIssues(reportSuspendSize('2004', parts), 'x')).toEqual([]);
	});
});
