/**
 * Builds one course's SCORM package from the built site: picks the files, adapts the pages for
 * an LMS, checks every link, the saved-progress budget and the manifest, then zips. Problems are
 * returned as issues (nothing is written) so the build and the CLI can say what to fix.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CourseAnalysis } from '../../lib/course/analyse-course';
import { hasErrors, issueAt, type Issue } from '../../lib/issues';
import { buildManifest } from '../../lib/scorm/build-manifest';
import { buildZip, sizeReport, type PackageFile, type PackageSizeReport } from '../../lib/scorm/build-zip';
import { checkPackage } from '../../lib/scorm/check-package';
import type { ReportingPreset } from '../../lib/scorm/cmi-status';
import type { SuspendSizeReport } from '../../lib/scorm/suspend-budget';
import type { ScormVersion } from '../../lib/scorm/versions';
import { message } from './messages';
import { checkPackageLinks } from './check-links';
import { listFiles } from './list-files';
import { hideOfflineSave, homeRedirectPage, removeLmsDownloads, replaceSentence, writeLaunchConfig } from './rewrite-html';
import { savedStateBudget, savedStateIssues } from './saved-state-budget';
import { selectPackageFiles } from './select-files';

/** What to package. */
export interface CoursePackageInput {
	/** The built site (`dist/`), already made relative. */
	distDir: string;
	course: CourseAnalysis;
	version: ScormVersion;
	preset?: ReportingPreset;
	/** Send reflection text to the LMS (off unless the course opts in). */
	freeText?: boolean;
	/** Called as each step starts, for progress output. */
	onStep?: (step: string) => void;
}

/** A finished package, or the issues that stopped it. */
export type CoursePackageResult =
	| { ok: true; zip: Uint8Array; files: PackageFile[]; size: PackageSizeReport; savedState: SuspendSizeReport; warnings: Issue[] }
	| { ok: false; issues: Issue[] };

/** The launch page inside the package (SCO href). */
export const launchHref = (course: string) => `${course}/launch/index.html`;

/** Builds the package in memory. Throws only for programming errors, never for course content. */
export function buildCoursePackage(input: CoursePackageInput): CoursePackageResult {
	const { course, version, distDir } = input;
	const step = input.onStep ?? (() => undefined);
	const meta = course.meta;
	const courseFile = `${course.dir}/course.yaml`;
	if (!meta) {
		return { ok: false, issues: [issueAt(courseFile, undefined, 'SCORM_COURSE_UNREADABLE', `The course "${course.slug}" has no readable course.yaml, so it cannot be packaged.`, 'Run "npx peercourse check" and fix the problems it lists first.')] };
	}
	const launch = launchHref(course.slug);
	step('Collecting the course files');
	const all = listFiles(distDir);
	if (!all.includes(launch)) {
		return { ok: false, issues: [issueAt(courseFile, undefined, 'SCORM_COURSE_NOT_BUILT', `The built site in ${distDir} has no launch page for "${course.slug}" (${launch}).`, 'Build the site again ("npm run build"); if the course is new, check that it has modules that are not drafts.')] };
	}
	const languages = [meta.language, ...course.translations.map((tr) => tr.lang)];
	const read = (path: string) => readFileSync(join(distDir, path));
	const readText = (path: string) => read(path).toString('utf8');
	const chosen = selectPackageFiles(all, course.slug, languages, readText);

	step('Adapting the pages for the LMS');
	const texts = new Map<string, string>();
	const files: PackageFile[] = [];
	for (const path of chosen) {
		if (!/\.(html|css)$/.test(path)) {
			files.push({ path, data: read(path) });
			continue;
		}
		let text = readText(path);
		if (path.endsWith('.html')) text = adaptPage(text, path, languages, input);
		texts.set(path, text);
		files.push({ path, data: Buffer.from(text, 'utf8') });
	}
	const home = homeRedirectPage({ course: course.slug, title: meta.title, lang: meta.language, linkText: message(meta.language, 'scorm.home.link') });
	texts.set('index.html', home);
	files.push({ path: 'index.html', data: Buffer.from(home, 'utf8') });

	step('Checking every link in the package');
	const paths = files.map((f) => f.path);
	const issues: Issue[] = checkPackageLinks(texts, paths);

	step('Measuring the largest saved progress');
	const savedState = savedStateBudget(course, version);
	issues.push(...savedStateIssues(course, version));

	step('Writing and checking imsmanifest.xml');
	const manifestXml = buildManifest({
		version,
		course: { id: course.slug, title: meta.title, description: meta.summary, language: meta.language, version: meta.version },
		launchHref: launch,
		files: paths,
	});
	issues.push(...checkPackage({ manifestXml, files: ['imsmanifest.xml', ...paths] }));
	if (hasErrors(issues)) return { ok: false, issues };

	step('Zipping');
	files.push({ path: 'imsmanifest.xml', data: Buffer.from(manifestXml, 'utf8') });
	const zip = buildZip(files);
	return { ok: true, zip, files, size: sizeReport(files), savedState, warnings: issues };
}

/** The edits every packaged page gets. */
function adaptPage(html: string, path: string, languages: readonly string[], input: CoursePackageInput): string {
	let text = hideOfflineSave(removeLmsDownloads(html));
	if (path === launchHref(input.course.slug)) {
		text = writeLaunchConfig(text, { version: input.version, preset: input.preset ?? 'passed-failed', freeText: input.freeText === true });
	}
	for (const lang of languages) {
		text = replaceSentence(text, message(lang, 'footer.privacy'), message(lang, 'scorm.footerPrivacy'));
		text = replaceSentence(text, message(lang, 'course.savedOnDevice'), message(lang, 'scorm.savedInLms'));
	}
	return text;
}
