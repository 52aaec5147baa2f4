import { existsSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { CliIo } from './io';

/** The courses folder: `courses/` in the working folder, or `PEERCOURSE_COURSES_DIR` (as the build uses). */
export function coursesFolder(io: CliIo): string {
	return resolve(io.cwd, io.env.PEERCOURSE_COURSES_DIR ?? 'courses');
}

/** A path as the trainer should read it: relative to where they ran the command, with `/`. */
export function displayPath(io: CliIo, path: string): string {
	const rel = relative(io.cwd, path);
	return (rel === '' ? '.' : rel).split(sep).join('/');
}

/** Whether `path` is `folder` or inside it. */
export function isInside(folder: string, path: string): boolean {
	const rel = relative(folder, path);
	return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Sub-folders of a courses folder that are courses (not hidden), sorted by name. */
export function listCourseFolders(folder: string): string[] {
	return readdirSync(folder)
		.filter((name) => !name.startsWith('.') && isDirectory(join(folder, name)))
		.sort()
		.map((name) => join(folder, name));
}

export function isDirectory(path: string): boolean {
	return existsSync(path) && statSync(path).isDirectory();
}

export function isFile(path: string): boolean {
	return existsSync(path) && statSync(path).isFile();
}
