import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Runs the real command, as `npx peercourse …` does: Node compiles the TypeScript CLI through tsx. */
function peercourse(...args: string[]) {
	const result = spawnSync(process.execPath, ['bin/peercourse.mjs', ...args], {
		encoding: 'utf8',
		env: { ...process.env, NO_COLOR: '1' },
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('bin/peercourse.mjs', { timeout: 60_000 }, () => {
	it('prints the version of package.json', async () => {
		const { version } = (await import('../../../package.json', { with: { type: 'json' } }))
			.default as { version: string };
		expect(peercourse('--version')).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
	});

	it('sets the process exit code from run(): 1 for errors, 0 for a clean course, 2 for bad usage', () => {
		const mistakes = peercourse('check', 'tests/fixtures/cli/every-mistake');
		expect(mistakes.status).toBe(1);
		expect(mistakes.stdout).toMatch(/\n19 errors and 3 warnings in 5 files\.\n$/);
		expect(peercourse('check', 'tests/fixtures/cli/clean')).toEqual({
			status: 0,
			stdout: 'No problems found in 1 course (2 modules).\n',
			stderr: '',
		});
		expect(peercourse('check', '--format', 'yaml').status).toBe(2);
	});
});
