import type { Issue } from '../lib/issues';
import { readCourses } from './read-courses';

/** Every issue in every course: the content checks (and, later, the terminology linter). */
export function collectIssues(root = process.cwd()): Issue[] {
	return readCourses(root).flatMap((c) => c.issues);
}
