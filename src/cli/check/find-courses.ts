import { readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { didYouMeanSentence } from '../../lib/text/did-you-mean';
import { CliFailure } from '../errors';
import type { CliIo } from '../io';
import { coursesFolder, displayPath, isDirectory, isFile, listCourseFolders } from '../paths';

/**
 * The course folders `peercourse check [course]` should check. `course` may be a folder name
 * in the courses folder, the path of a course folder (or of a file in it), or the path of a
 * folder of courses. Without it, every course is checked, as the build does.
 */
export function findCourseFolders(course: string | undefined, io: CliIo): string[] {
	const folder = coursesFolder(io);
	if (course === undefined) return allCourses(folder, io);
	const byName = /^[^/\\]+$/.test(course) ? join(folder, course) : undefined;
	const byPath = resolve(io.cwd, course);
	for (const candidate of [byName, byPath]) {
		if (candidate && isDirectory(candidate))
			return isFolderOfCourses(candidate) ? allCourses(candidate, io) : [candidate];
	}
	if (isFile(byPath) && /\.mdx$|^course\.yaml$/i.test(basename(byPath))) return [dirname(byPath)];
	const names = isDirectory(folder) ? listCourseFolders(folder).map((p) => basename(p)) : [];
	throw new CliFailure(
		`There is no course "${course}" in ${displayPath(io, folder)}/.${didYouMeanSentence(course, names)}`,
		names.length
			? `Give the name of a course folder (${names.join(', ')}) or the path to one.`
			: 'Give the path to a course folder, or create a course with "npx peercourse new course".'
	);
}

function allCourses(folder: string, io: CliIo): string[] {
	if (!isDirectory(folder)) {
		throw new CliFailure(
			`There is no courses folder at ${displayPath(io, folder)}/.`,
			'Run the command in the project folder (the one with package.json), give the path to a course folder, or create a course with "npx peercourse new course".'
		);
	}
	const courses = listCourseFolders(folder);
	if (!courses.length) {
		throw new CliFailure(
			`The folder ${displayPath(io, folder)}/ has no courses in it.`,
			'Create one with "npx peercourse new course".'
		);
	}
	return courses;
}

/** A folder that holds course folders rather than modules (e.g. a test fixture's `courses/`). */
function isFolderOfCourses(path: string): boolean {
	const entries = readdirSync(path);
	if (entries.includes('course.yaml') || entries.some((e) => e.toLowerCase().endsWith('.mdx')))
		return false;
	return entries.some((e) => isFile(join(path, e, 'course.yaml')));
}
