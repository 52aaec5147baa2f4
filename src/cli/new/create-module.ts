import { basename, join } from 'node:path';
import { didYouMeanSentence } from '../../lib/text/did-you-mean';
import type { NewModuleFlags } from '../commands/new';
import { CliFailure } from '../errors';
import { EXIT, type CliIo } from '../io';
import type { Output } from '../output';
import { coursesFolder, displayPath, isDirectory, isFile, listCourseFolders } from '../paths';
import { renderModuleMdx } from './module-mdx';
import { nextModuleFileName, readModuleNames } from './next-module-file';
import { formatNextSteps } from './next-steps';
import { answer, createPrompter } from './prompter';
import { checkSlug, checkTitle, RESERVED_MODULE_SLUGS, suggestSlug } from './validate';
import { writeNewFiles } from './write-new-files';

/** `peercourse new module`: adds a worked-example module with the next free number; returns the exit code. */
export async function createModule(
	flags: NewModuleFlags,
	io: CliIo,
	output: Output
): Promise<number> {
	const folder = coursesFolder(io);
	const courses = isDirectory(folder)
		? listCourseFolders(folder)
				.filter((p) => isFile(join(p, 'course.yaml')))
				.map((p) => basename(p))
		: [];
	if (!courses.length) {
		throw new CliFailure(
			`There is no course in ${displayPath(io, folder)}/ yet.`,
			'Create one first with "npx peercourse new course".'
		);
	}
	const prompter = !flags.yes && io.stdin ? createPrompter(io.stdin, output) : undefined;
	try {
		// With one course there is nothing to ask.
		const course = await answer(
			flags.course ?? (courses.length === 1 ? courses[0] : undefined),
			{
				text: `Course (${courses.join(', ')})`,
				check: (c) =>
					courses.includes(c)
						? undefined
						: `There is no course "${c}" in ${displayPath(io, folder)}/.${didYouMeanSentence(c, courses)}`,
				missing: `There are ${courses.length} courses (${courses.join(', ')}), so say which one with --course.`,
			},
			prompter,
			'--course'
		);
		const courseDir = join(folder, course);
		const { slugs } = readModuleNames(courseDir);
		const title = await answer(
			flags.title,
			{ text: 'Module title', default: flags.yes ? 'New module' : undefined, check: checkTitle },
			prompter,
			'--title'
		);
		const slug = await answer(
			flags.slug,
			{
				text: 'Web address',
				default: suggestSlug(title, 'new-module'),
				check: (s) => checkSlug(s, RESERVED_MODULE_SLUGS, slugs, 'module'),
			},
			prompter,
			'--slug'
		);
		const path = join(courseDir, nextModuleFileName(courseDir, slug));
		writeNewFiles([{ path, text: renderModuleMdx({ title, slug }) }], io);
		output.print(
			'',
			output.colors.green(`Created the module "${title}":`),
			`  ${displayPath(io, path)}`,
			'',
			'It is a worked example of every component: a callout, a term, a quiz and a role-play.',
			'Keep what you need and write the rest in your own words.',
			...formatNextSteps(io, course, slug)
		);
		return EXIT.ok;
	} finally {
		prompter?.close();
	}
}
