import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { analyseCourse, type CourseAnalysis, type CourseSource } from '../lib/course/analyse-course';
import { AUTHOR_BLOCKS } from '../lib/course/blocks';
import { canonicalLanguage } from '../lib/course/language';

/** The folder holding courses: `courses/`, or `PEERCOURSE_COURSES_DIR` (tests build fixtures this way). */
export function coursesDir(root = process.cwd()): string {
	return resolve(root, process.env.PEERCOURSE_COURSES_DIR ?? 'courses');
}

/** Reads one course folder from disk into the pure `CourseSource` shape. */
export function readCourseSource(courseDir: string, root = process.cwd()): CourseSource {
	const rel = (p: string) => relative(root, p).split(sep).join('/');
	const yamlPath = join(courseDir, 'course.yaml');
	const readModules = (dir: string) =>
		readdirSync(dir)
			.filter((f) => f.toLowerCase().endsWith('.mdx'))
			.sort()
			.map((f) => ({ file: rel(join(dir, f)), text: readFileSync(join(dir, f), 'utf8') }));
	const readYaml = (dir: string) => (existsSync(join(dir, 'course.yaml')) ? readFileSync(join(dir, 'course.yaml'), 'utf8') : undefined);
	// A sub-folder named like a language tag that holds modules is a translation.
	const translations = readdirSync(courseDir)
		.filter((name) => statSync(join(courseDir, name)).isDirectory() && canonicalLanguage(name) && readModules(join(courseDir, name)).length)
		.sort()
		.map((lang) => ({ lang, dir: rel(join(courseDir, lang)), courseYaml: readYaml(join(courseDir, lang)), modules: readModules(join(courseDir, lang)) }));
	return {
		slug: courseDir.split(sep).pop()!,
		dir: rel(courseDir),
		courseYaml: existsSync(yamlPath) ? readFileSync(yamlPath, 'utf8') : undefined,
		modules: readModules(courseDir),
		translations,
		assetExists: (path) => existsWithCase(root, path),
	};
}

const cache = new Map<string, { stamp: string; analyses: CourseAnalysis[] }>();

/**
 * Reads and checks every course. The result is reused while no course file changed (the
 * build asks several times; the dev server asks on every page and sees edits at once).
 */
export function readCourses(root = process.cwd()): CourseAnalysis[] {
	const dir = coursesDir(root);
	if (!existsSync(dir)) return [];
	const stamp = fileStamp(dir);
	const cached = cache.get(`${root}\0${dir}`);
	if (cached?.stamp === stamp) return cached.analyses;
	const analyses = readdirSync(dir)
		.filter((name) => !name.startsWith('.') && statSync(join(dir, name)).isDirectory())
		.sort()
		.map((name) => analyseCourse(readCourseSource(join(dir, name), root), AUTHOR_BLOCKS));
	cache.set(`${root}\0${dir}`, { stamp, analyses });
	return analyses;
}

/** Names, sizes and modification times of every file under a folder. */
function fileStamp(dir: string): string {
	const parts: string[] = [];
	const walk = (d: string) => {
		for (const name of readdirSync(d).sort()) {
			const path = join(d, name);
			const stat = statSync(path);
			if (stat.isDirectory()) walk(path);
			else parts.push(`${path}:${stat.size}:${stat.mtimeMs}`);
		}
	};
	walk(dir);
	return parts.join('|');
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
