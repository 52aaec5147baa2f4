/**
 * Builds the whole site into a temporary folder for `peercourse export`, so a package is always
 * made from the course as it is now (never from an old `dist/`). The site build's own packaging
 * step is turned off: the export makes exactly the package asked for.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The PeerCourse folder (astro.config.mjs, node_modules), whatever folder the CLI runs in. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The outcome of a build: its folder, or the last lines it printed. */
export type SiteBuild = { ok: true; dir: string } | { ok: false; output: string };

/** Runs `astro build` for the courses in `coursesFolder` into a new temporary folder. */
export function buildSiteForExport(coursesFolder: string, env: Readonly<Record<string, string | undefined>>): SiteBuild {
	const dir = mkdtempSync(join(tmpdir(), 'peercourse-export-'));
	const run = spawnSync(process.execPath, [join(PROJECT_ROOT, 'node_modules', 'astro', 'astro.js'), 'build', '--outDir', dir], {
		cwd: PROJECT_ROOT,
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
		env: {
			...process.env,
			...env,
			ASTRO_TELEMETRY_DISABLED: '1',
			FORCE_COLOR: '0',
			// The build finds courses relative to its own folder.
			PEERCOURSE_COURSES_DIR: relative(PROJECT_ROOT, coursesFolder) || '.',
			PEERCOURSE_SCORM_PACKAGES: '0',
		},
	});
	if (run.status === 0) return { ok: true, dir };
	const output = `${run.stdout ?? ''}\n${run.stderr ?? ''}${run.error ? `\n${run.error.message}` : ''}`;
	return { ok: false, output: output.trim().split('\n').slice(-40).join('\n') };
}
