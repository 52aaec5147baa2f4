import type { Issue } from '../lib/issues';
import { lintMdx } from '../lib/lint';
import { readCourses } from './read-courses';
import type { CourseAnalysis } from '../lib/course/analyse-course';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkImageSizes } from './image-sizes';
import { checkSavedStateSize } from './saved-state-size';

/** Every issue in every course: the content checks and the terminology linter. */
export function collectIssues(root = process.cwd()): Issue[] {
	return readCourses(root).flatMap((c) => courseIssues(c, root));
}

/**
 * Every issue of one analysed course, for the build and `peercourse check` alike: content
 * checks, terminology, picture sizes and the SCORM 1.2 saved-progress budget.
 */
export function courseIssues(course: CourseAnalysis, root = process.cwd()): Issue[] {
	return [
		...course.issues,
		...lintCourse(course, root),
		...checkImageSizes(course, root),
		...checkSavedStateSize(course),
	];
}

/** Runs the terminology linter over a course's modules (and translations), with the course's allow/deny lists. */
export function lintCourse(course: CourseAnalysis, root = process.cwd()): Issue[] {
	const { allow, deny } = course.meta?.lint ?? {};
	// Module paths are relative to the project root, which is not always the working directory.
	const lint = (file: string, locale: string) =>
		lintMdx(readFileSync(join(root, file), 'utf8'), file, { allow, deny, locale });
	return [
		...course.modules.flatMap((m) => lint(m.file, course.meta?.language ?? 'en')),
		...(course.translations ?? []).flatMap((t) => t.modules.flatMap((m) => lint(m.file, t.lang))),
	];
}
