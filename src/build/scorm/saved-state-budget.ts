/**
 * The worst-case size of a course's saved progress (every quiz and role-play at its largest,
 * plus the module flags and bookmark) against the version's `cmi.suspend_data` limit, using
 * the same measure as `peercourse check` (src/build/saved-state-size.ts).
 */
import type { CourseAnalysis } from '../../lib/course/analyse-course';
import type { Issue } from '../../lib/issues';
import { suspendSizeIssues, type SuspendSizeReport } from '../../lib/scorm/suspend-budget';
import { cmiFamilyOf, SUSPEND_DATA_LIMIT, type ScormVersion } from '../../lib/scorm/versions';
import { measureSavedState } from '../saved-state-size';

/** The budget of one course in one version. */
export function savedStateBudget(course: CourseAnalysis, version: ScormVersion): SuspendSizeReport {
	const { total, parts } = measureSavedState(course);
	const limit = SUSPEND_DATA_LIMIT[cmiFamilyOf(version)];
	const largest = [...parts].sort((a, b) => b.size - a.size).slice(0, 3);
	return { limit, total, fits: total <= limit, largest };
}

/** True when the course's saved progress always fits SCORM 1.2 (so a 1.2 package is offered). */
export function fitsScorm12(course: CourseAnalysis): boolean {
	return savedStateBudget(course, '1.2').fits;
}

/** The export-stopping issue when the worst case does not fit, naming the largest content. */
export function savedStateIssues(course: CourseAnalysis, version: ScormVersion): Issue[] {
	return suspendSizeIssues(savedStateBudget(course, version), `${course.dir}/course.yaml`);
}
