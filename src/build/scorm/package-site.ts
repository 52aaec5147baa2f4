/**
 * `npm run build` packages every course twice: `dist/scorm/<course>-scorm12.zip` and
 * `dist/scorm/<course>-scorm2004.zip` (2004 4th Edition), for the course page's
 * "Download for your LMS" links. A course whose saved progress could outgrow SCORM 1.2 gets
 * only the 2004 package (the course page then offers only that one).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CourseAnalysis } from '../../lib/course/analyse-course';
import { formatReport, type Issue } from '../../lib/issues';
import type { ScormVersion } from '../../lib/scorm/versions';
import { buildCoursePackage } from './build-course-package';
import { packageFileName } from './download-links';
import { fitsScorm12 } from './saved-state-budget';
import { formatBytes } from './format-report';

/** Where messages go (Astro's integration logger in the build). */
export interface PackageLogger {
	info(message: string): void;
	warn(message: string): void;
}

/** The versions the site build writes. */
export const SITE_VERSIONS: readonly ScormVersion[] = ['1.2', '2004-4th'];

/** Writes every course's packages into `<dist>/scorm/`; returns the issues that stopped any. */
export function packageSite(distDir: string, courses: readonly CourseAnalysis[], logger: PackageLogger): Issue[] {
	const out = join(distDir, 'scorm');
	const problems: Issue[] = [];
	for (const course of courses.filter((c) => c.meta && c.modules.some((m) => m.meta && !m.meta.draft))) {
		for (const version of SITE_VERSIONS) {
			if (version === '1.2' && !fitsScorm12(course)) {
				logger.warn(`${course.slug}: no SCORM 1.2 package, because its saved progress could outgrow the 4,096 characters SCORM 1.2 allows ("npx peercourse check" names the largest parts).`);
				continue;
			}
			const result = buildCoursePackage({ distDir, course, version });
			if (!result.ok) {
				problems.push(...result.issues);
				continue;
			}
			mkdirSync(out, { recursive: true });
			const name = packageFileName(course.slug, version);
			writeFileSync(join(out, name), result.zip);
			logger.info(`Wrote scorm/${name} (${formatBytes(result.zip.byteLength)}, ${result.size.fileCount} files).`);
			if (result.warnings.length) for (const line of formatReport(result.warnings).split('\n')) logger.warn(line);
		}
	}
	return problems;
}
