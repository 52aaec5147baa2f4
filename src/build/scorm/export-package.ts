/**
 * `peercourse export`: one course, one SCORM version, one reporting preset, into a chosen folder,
 * with a line per step and a size report. Every failure comes back as a message and a hint (and
 * the course's issues when there are any), never as an exception.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { courseIssues } from '../collect-issues';
import { readCourseSource } from '../read-courses';
import { analyseCourse } from '../../lib/course/analyse-course';
import { AUTHOR_BLOCKS } from '../../lib/course/blocks';
import { hasErrors, type Issue } from '../../lib/issues';
import type { ReportingPreset } from '../../lib/scorm/cmi-status';
import type { ScormVersion } from '../../lib/scorm/versions';
import { buildCoursePackage } from './build-course-package';
import { buildSiteForExport } from './build-site';
import { packageFileName } from './download-links';
import { formatSizeReport } from './format-report';

/** What to export. Paths are absolute. */
export interface ExportOptions {
	/** The course folder (with course.yaml). */
	courseDir: string;
	/** Folder that issue paths are relative to (the project folder). */
	root: string;
	version: ScormVersion;
	preset: ReportingPreset;
	/** Send reflection text to the LMS (the course's explicit opt-in). */
	freeText?: boolean;
	outDir: string;
	/** An already built site to package from; without it the site is built first. */
	siteDir?: string;
	env?: Readonly<Record<string, string | undefined>>;
}

/** The outcome: the zip written and the report lines, or why it failed. */
export type ExportResult =
	| { ok: true; file: string; report: string[]; warnings: Issue[] }
	| { ok: false; message: string; hint: string; issues: Issue[] };

/** How versions are named to people. */
export const VERSION_NAMES: Record<ScormVersion, string> = { '1.2': 'SCORM 1.2', '2004-3rd': 'SCORM 2004 3rd Edition', '2004-4th': 'SCORM 2004 4th Edition' };

/** Exports one package; `progress` receives one line per step. */
export function exportScormPackage(options: ExportOptions, progress: (line: string) => void = () => undefined): ExportResult {
	const steps = ['Checking the course', options.siteDir ? 'Reading the built site' : 'Building the site (this takes a minute or two)'];
	const total = steps.length + 6 + 1;
	let n = 0;
	const step = (text: string) => progress(`[${++n}/${total}] ${text}`);

	step(steps[0]!);
	const course = analyseCourse(readCourseSource(options.courseDir, options.root), AUTHOR_BLOCKS);
	const issues = courseIssues(course, options.root);
	if (hasErrors(issues) || !course.meta) {
		return { ok: false, message: `The course "${course.slug}" has problems, so it was not exported.`, hint: 'Fix the problems listed above and export again. "npx peercourse check" shows the same list.', issues };
	}
	if (!course.modules.some((m) => m.meta && !m.meta.draft)) {
		return { ok: false, message: `The course "${course.slug}" has no modules that are ready: every module is a draft.`, hint: 'Set draft: false (or remove the draft line) in the modules learners should see, then export again.', issues: [] };
	}

	step(steps[1]!);
	let siteDir = options.siteDir;
	if (!siteDir) {
		const built = buildSiteForExport(dirname(options.courseDir), options.env ?? {});
		if (!built.ok) {
			return { ok: false, message: 'The course site could not be built, so nothing was exported.', hint: `This is what the build said:\n${built.output}`, issues: [] };
		}
		siteDir = built.dir;
	}
	try {
		const result = buildCoursePackage({ distDir: siteDir, course, version: options.version, preset: options.preset, freeText: options.freeText, onStep: step });
		if (!result.ok) {
			return { ok: false, message: `The ${VERSION_NAMES[options.version]} package of "${course.slug}" was not made, because of the problems above.`, hint: 'Fix them and export again; for a course too large for SCORM 1.2, "--scorm 2004-4th" allows 64,000 characters.', issues: result.issues };
		}
		step('Writing the zip');
		const name = packageFileName(course.slug, options.version, options.preset);
		const file = join(options.outDir, name);
		try {
			mkdirSync(options.outDir, { recursive: true });
			writeFileSync(file, result.zip);
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code ?? String(error);
			return { ok: false, message: `The package could not be written to ${file} (${code}).`, hint: 'Choose a folder you may write to with --out.', issues: [] };
		}
		return { ok: true, file, report: formatSizeReport(name, result.zip.byteLength, result.size, result.savedState), warnings: [...issues, ...result.warnings].filter((i) => i.severity !== 'error') };
	} finally {
		if (!options.siteDir) rmSync(siteDir, { recursive: true, force: true });
	}
}
