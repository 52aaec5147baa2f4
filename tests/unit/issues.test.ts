import { describe, expect, it } from 'vitest';
import { formatIssue, formatReport, hasErrors, issueAt } from '~/lib/issues';

describe('issues', () => {
	it('formats one line per issue with file, line, column, severity and code', () => {
		const issue = issueAt('courses/a/01.mdx', { line: 4, column: 2 }, 'X_CODE', 'Something happened.', 'Do this.');
		expect(formatIssue(issue)).toBe('courses/a/01.mdx:4:2  error  Something happened. Do this.  [X_CODE]');
	});
	it('summarises errors and warnings', () => {
		const w = issueAt('b', undefined, 'W', 'w.', undefined, 'warning');
		const e = issueAt('a', { line: 1 }, 'E', 'e.');
		expect(hasErrors([w])).toBe(false);
		expect(formatReport([w, e]).split('\n')).toEqual([
			'a:1:1  error  e.  [E]',
			'b:1:1  warning  w.  [W]',
			'1 error, 1 warning.',
		]);
	});
});
