/**
 * The packages the course page offers, with the same file names `npm run build` writes.
 */
import type { ReportingPreset } from '../../lib/scorm/cmi-status';
import type { ScormVersion } from '../../lib/scorm/versions';
import { readCourses } from '../read-courses';
import { fitsScorm12 } from './saved-state-budget';

/** `respectful-care-scorm12.zip`, `respectful-care-scorm2004.zip` (4th Edition), `…-scorm2004-3rd.zip`; a preset other than the default is added to the name. */
export function packageFileName(course: string, version: ScormVersion, preset: ReportingPreset = 'passed-failed'): string {
	const tag = version === '1.2' ? 'scorm12' : version === '2004-3rd' ? 'scorm2004-3rd' : 'scorm2004';
	return `${course}-${tag}${preset === 'passed-failed' ? '' : `-${preset}`}.zip`;
}

/** One download the course page lists. */
export interface PackageDownload {
	version: '1.2' | '2004-4th';
	/** Root-relative URL (the build makes it relative). */
	href: string;
}

/** The downloads of a course: 1.2 only when its saved progress always fits. */
export function courseDownloads(slug: string): PackageDownload[] {
	const course = readCourses().find((c) => c.slug === slug);
	const versions: PackageDownload['version'][] = course && !fitsScorm12(course) ? ['2004-4th'] : ['1.2', '2004-4th'];
	return versions.map((version) => ({ version, href: `/scorm/${packageFileName(slug, version)}` }));
}
