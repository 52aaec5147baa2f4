import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { run } from '~/cli/index';
import { fakeIo, PROJECT } from './fake-io';

// The slow end-to-end proof that `peercourse new` output is a real course: Astro builds it.
describe('a course made by peercourse new', () => {
	it('builds with astro build', { timeout: 240_000 }, async () => {
		mkdirSync(join(PROJECT, 'test-results'), { recursive: true });
		const dir = mkdtempSync(join(PROJECT, 'test-results', 'cli-new-'));
		// The build reads PEERCOURSE_COURSES_DIR relative to the project folder.
		const courses = relative(PROJECT, join(dir, 'courses'));
		const env = { PEERCOURSE_COURSES_DIR: courses };
		expect(await run(['new', 'course', '--title', 'Built course', '--yes'], fakeIo({ env }))).toBe(
			0
		);
		expect(await run(['new', 'module', '--title', 'Second module', '--yes'], fakeIo({ env }))).toBe(
			0
		);
		const check = fakeIo({ env });
		expect(await run(['check'], check)).toBe(0);
		expect(check.out()).toBe('No problems found in 1 course (2 modules).\n');

		const outDir = join(dir, 'dist');
		const result = await promisify(execFile)(
			process.execPath,
			[join('node_modules', 'astro', 'astro.js'), 'build', '--outDir', outDir],
			{
				cwd: PROJECT,
				env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PEERCOURSE_COURSES_DIR: courses },
				maxBuffer: 32 * 1024 * 1024,
			}
		).catch((error: { code?: number; stdout?: string; stderr?: string }) => error);
		expect(result.stderr ?? '', result.stdout).not.toMatch(/site was not built/);
		expect('code' in result ? result.code : 0, `${result.stdout}\n${result.stderr}`).toBe(0);
		for (const page of [
			'built-course/index.html',
			'built-course/introduction/index.html',
			'built-course/second-module/index.html',
		]) {
			expect(existsSync(join(outDir, page)), page).toBe(true);
		}
		const module = readFileSync(
			join(outDir, 'built-course', 'second-module', 'index.html'),
			'utf8'
		);
		expect(module).toContain('Second module');
		expect(module).toContain('Check your understanding');
		expect(module).toContain('A request at the front desk');
		rmSync(dir, { recursive: true, force: true });
	});
});
