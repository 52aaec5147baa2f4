import { dirname, join } from 'node:path';
import { courseIssues } from '../../build/collect-issues';
import { readCourseSource } from '../../build/read-courses';
import { analyseCourse } from '../../lib/course/analyse-course';
import { AUTHOR_BLOCKS } from '../../lib/course/blocks';
import { sortIssues, type Issue } from '../../lib/issues';
import { CliFailure } from '../errors';
import type { CliIo } from '../io';
import { displayPath, isInside } from '../paths';

/** What `peercourse check` found, before it is printed. */
export interface CheckReport {
	courses: number;
	modules: number;
	/** Sorted by file, line and column; `file` is relative to the working folder. */
	issues: Issue[];
}

/** Checks course folders with exactly the checks the build runs (`courseIssues`). */
export function checkCourses(folders: readonly string[], io: CliIo): CheckReport {
	let modules = 0;
	const issues: Issue[] = [];
	for (const folder of folders) {
		// Paths in issues are relative to a root above the course; images are found from it too.
		const root = isInside(io.cwd, folder) ? io.cwd : dirname(folder);
		const analysis = analyseCourse(readFolder(folder, root, io), AUTHOR_BLOCKS);
		modules += analysis.modules.length;
		for (const issue of courseIssues(analysis, root)) {
			issues.push(
				root === io.cwd ? issue : { ...issue, file: displayPath(io, join(root, issue.file)) }
			);
		}
	}
	return { courses: folders.length, modules, issues: sortIssues(issues) };
}

/** Counts by severity, and the number of files with findings. */
export function countIssues(issues: readonly Issue[]): {
	errors: number;
	warnings: number;
	infos: number;
	files: number;
} {
	return {
		errors: issues.filter((i) => i.severity === 'error').length,
		warnings: issues.filter((i) => i.severity === 'warning').length,
		infos: issues.filter((i) => i.severity === 'info').length,
		files: new Set(issues.map((i) => i.file)).size,
	};
}

/** Reads a course folder; a file or folder the system refuses to read stops the check (exit 2). */
function readFolder(folder: string, root: string, io: CliIo): ReturnType<typeof readCourseSource> {
	try {
		return readCourseSource(folder, root);
	} catch (error) {
		const { code, path } = error as NodeJS.ErrnoException;
		if (!code) throw error;
		throw new CliFailure(
			`${path ? displayPath(io, path) : `A file in ${displayPath(io, folder)}/`} could not be read (${code}).`,
			'Check that course folders hold only course.yaml, module files (.mdx) and folders, and that your user may read them.'
		);
	}
}
