import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { analyseCourse, type CourseAnalysis, type CourseSource } from '../lib/course/analyse-course';
import { AUTHOR_BLOCKS } from '../lib/course/blocks';

/** The folder holding courses: `courses/`, or `PEERCOURSE_COURSES_DIR` (tests build fixtures this way). */
export function coursesDir(root = process.cwd()): string {
	return join(root, process.env.PEERCOURSE_COURSES_DIR ?? 'courses');
}

/** Reads one course folder from disk into the pure `CourseSource` shape. */
export function readCourseSource(courseDir: string, root = process.cwd()): CourseSource {
	const rel = (p: string) => relative(root, p).split(sep).join('/');
	const yamlPath = join(courseDir, 'course.yaml');
	const modules = readdirSync(courseDir)
		.filter((f) => f.toLowerCase().endsWith('.mdx'))
		.sort()
		.map((f) => ({ file: rel(join(courseDir, f)), text: readFileSync(join(courseDir, f), 'utf8') }));
	return {
		slug: courseDir.split(sep).pop()!,
		dir: rel(courseDir),
		courseYaml: existsSync(yamlPath) ? readFileSync(yamlPath, 'utf8') : undefined,
		modules,
		assetExists: (path) => existsWithCase(root, path),
	};
}

/** Reads and checks every course. */
export function readCourses(root = process.cwd()): CourseAnalysis[] {
	const dir = coursesDir(root);
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((name) => !name.startsWith('.') && statSync(join(dir, name)).isDirectory())
		.sort()
		.map((name) => analyseCourse(readCourseSource(join(dir, name), root), AUTHOR_BLOCKS));
}

/** Like existsSync, but also true-to-case on case-insensitive disks: LMS servers are case-sensitive. */
function existsWithCase(root: string, posixPath: string): boolean {
	let current = root;
	for (const part of posixPath.split('/')) {
		if (!existsSync(current) || !statSync(current).isDirectory()) return false;
		if (!readdirSync(current).includes(part)) return false;
		current = join(current, part);
	}
	return true;
}
