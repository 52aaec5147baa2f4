import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { canonicalLanguage } from '../../lib/course/language';
import type { NewCourseFlags } from '../commands/new';
import { EXIT, type CliIo } from '../io';
import type { Output } from '../output';
import { coursesFolder, displayPath, isDirectory, isFile, listCourseFolders } from '../paths';
import { renderCourseYaml } from './course-yaml';
import { renderModuleMdx } from './module-mdx';
import { formatNextSteps } from './next-steps';
import { answer, createPrompter } from './prompter';
import {
	checkLanguage,
	checkSlug,
	checkTitle,
	RESERVED_COURSE_SLUGS,
	suggestSlug,
} from './validate';
import { writeNewFiles } from './write-new-files';

/** The first module of a new course, so the course can be previewed at once. */
const FIRST_MODULE = { title: 'Introduction', slug: 'introduction' };

/** `peercourse new course`: writes course.yaml and a first module; returns the exit code. */
export async function createCourse(
	flags: NewCourseFlags,
	io: CliIo,
	output: Output
): Promise<number> {
	const folder = coursesFolder(io);
	// A folder with modules but no course.yaml (COURSE_METADATA_MISSING) may get one.
	const taken = isDirectory(folder)
		? listCourseFolders(folder)
				.filter((p) => isFile(join(p, 'course.yaml')))
				.map((p) => basename(p))
		: [];
	const prompter = !flags.yes && io.stdin ? createPrompter(io.stdin, output) : undefined;
	try {
		const title = await answer(
			flags.title,
			{ text: 'Course title', default: flags.yes ? 'New course' : undefined, check: checkTitle },
			prompter,
			'--title'
		);
		const slug = await answer(
			flags.slug,
			{
				text: 'Folder name and web address',
				default: suggestSlug(title, 'new-course'),
				check: (s) => checkSlug(s, RESERVED_COURSE_SLUGS, taken, 'course'),
			},
			prompter,
			'--slug'
		);
		const language = await answer(
			flags.language,
			{ text: 'Language (BCP 47 tag)', default: 'en', check: checkLanguage },
			prompter,
			'--language'
		);
		const author = await answer(
			flags.author,
			{
				text: 'Credit the course to (a chosen name or an organisation, never a legal name)',
				default: 'The course authors',
				check: (a) => (a ? undefined : 'Write a name to credit.'),
			},
			prompter,
			'--author'
		);
		const dir = join(folder, slug);
		const files = [
			{
				path: join(dir, 'course.yaml'),
				text: renderCourseYaml({ title, slug, language: canonicalLanguage(language)!, author }),
			},
		];
		if (!hasModules(dir))
			files.push({
				path: join(dir, `01-${FIRST_MODULE.slug}.mdx`),
				text: renderModuleMdx(FIRST_MODULE),
			});
		writeNewFiles(files, io);
		output.print(
			'',
			output.colors.green(`Created the course "${title}":`),
			...files.map((f) => `  ${displayPath(io, f.path)}`),
			'',
			'Open course.yaml first: each field has a note saying what to write. A new module is a worked',
			'example of every component; add more modules with "npx peercourse new module".',
			...formatNextSteps(io, slug)
		);
		return EXIT.ok;
	} finally {
		prompter?.close();
	}
}

function hasModules(dir: string): boolean {
	return isDirectory(dir) && readdirSync(dir).some((f) => f.toLowerCase().endsWith('.mdx'));
}
