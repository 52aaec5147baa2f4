import { describe, expect, it } from 'vitest';
import type { Issue } from '~/lib/issues';
import { selectBlockIssues } from '~/components/islands/scenario/block-issues';

const issue = (code: string, line?: number): Issue => ({ code, severity: 'warning', file: 'm.mdx', line, message: code });

describe('selectBlockIssues', () => {
	const issues = [
		issue('SCENARIO_CHOICE_NO_FEEDBACK', 12),
		issue('SCENARIO_UNREACHABLE', 30),
		issue('SCENARIO_CHOICE_NO_FEEDBACK', 45),
		issue('LINT_TERM', 14),
		issue('SCENARIO_NO_ENDING'),
	];

	it('keeps the role-play issues between the block and the next block', () => {
		expect(selectBlockIssues(issues, [10, 40], 10).map((i) => i.line)).toEqual([12, 30]);
		expect(selectBlockIssues(issues, [10, 40], 40).map((i) => i.line)).toEqual([45]);
	});

	it('runs to the end of the file for the last block', () => {
		expect(selectBlockIssues(issues, [10], 10).map((i) => i.line)).toEqual([12, 30, 45]);
	});
});
