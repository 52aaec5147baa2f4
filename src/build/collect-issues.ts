import type { Issue } from '../lib/issues';
import { lintMdx } from '../lib/lint';
import { readCourses } from './read-courses';
import type { CourseAnalysis } from '../lib/course/analyse-course';
import { readFileSync } from 'node:fs';

/** Every issue in every course: the content checks and the terminology linter. */
export function collectIssues(root = process.cwd()): Issue[] {
	return readCourses(root).flatMap((c) => [...c.issues, ...lintCourse(c)]);
}

/** Runs the terminology linter over a course's modules, with the course's allow/deny lists. */
export function lintCourse(course: CourseAnalysis): Issue[] {
	const options = { allow: course.meta?.lint?.allow, deny: course.meta?.lint?.deny, locale: course.meta?.language ?? 'en' };
	return course.modules.flatMap((m) => lintMdx(readFileSync(m.file, 'utf8'), m.file, options));
}
