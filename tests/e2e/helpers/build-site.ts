import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Where fixture sites are built (ignored by git). */
export const FIXTURE_BUILDS = join(process.cwd(), 'test-results', 'sites');

/**
 * Builds a site with Astro: the sample courses into `dist/`, or a fixture courses folder
 * into test-results/sites/<name>. Skips the build when the output exists and `reuse` is set.
 */
export function buildSite(options: { coursesDir?: string; outDir: string; reuse?: boolean }): string {
	if (options.reuse && existsSync(join(options.outDir, 'index.html'))) return options.outDir;
	execFileSync(process.execPath, [join('node_modules', 'astro', 'astro.js'), 'build', '--outDir', options.outDir], {
		stdio: 'pipe',
		env: {
			...process.env,
			ASTRO_TELEMETRY_DISABLED: '1',
			...(options.coursesDir ? { PEERCOURSE_COURSES_DIR: options.coursesDir } : {}),
			// Astro keeps its content store in its cache folder: one per output, so builds never mix.
			PEERCOURSE_CACHE_DIR: join(options.outDir, '..', `.cache-${options.outDir.split(/[\\/]/).pop()}`),
		},
	});
	return options.outDir;
}

/** Builds a fixture courses folder (tests/fixtures/sites/<name>) once per test run. */
export function buildFixtureSite(name: string): string {
	return buildSite({ coursesDir: join('tests', 'fixtures', 'sites', name), outDir: join(FIXTURE_BUILDS, name), reuse: true });
}
