import type { Command } from 'commander';
import type { CommandContext } from './context';

/** `peercourse new course` and `peercourse new module`: start a course or a module from a worked example. */
export function registerNew(program: Command, context: CommandContext): void {
	const group = program
		.command('new')
		.summary('create a course or a module, ready to edit')
		.description(
			'Create a course or a module from a worked example that already passes "peercourse check".'
		);
	group
		.command('course')
		.summary('create a course folder with course.yaml and a first module')
		.description(
			'Create a course folder with course.yaml (every field explained) and a first module.'
		)
		.option('--title <title>', 'course title')
		.option(
			'--slug <slug>',
			'folder name and web address, e.g. respectful-care (default: from the title)'
		)
		.option(
			'--language <tag>',
			'language of the course as a BCP 47 tag, e.g. en, fr, hi, pt-BR (default: en)'
		)
		.option(
			'--author <name>',
			'who to credit: a chosen name or an organisation, never a legal name'
		)
		.option('-y, --yes', 'ask nothing: use the options given and defaults for the rest')
		.addHelpText('after', afterHelp)
		.action(async (options: NewCourseFlags) => {
			const { createCourse } = await import('../new/create-course');
			context.exitCode = await createCourse(options, context.io, context.output);
		});
	group
		.command('module')
		.summary('add a module with the next free number to a course')
		.description(
			'Add a module to a course, with the next free number and a worked example of every component.'
		)
		.option('--course <course>', 'course folder name in courses/ (default: the only course)')
		.option('--title <title>', 'module title')
		.option(
			'--slug <slug>',
			'web address of the module, e.g. first-line-support (default: from the title)'
		)
		.option('-y, --yes', 'ask nothing: use the options given and defaults for the rest')
		.addHelpText('after', afterHelp)
		.action(async (options: NewModuleFlags) => {
			const { createModule } = await import('../new/create-module');
			context.exitCode = await createModule(options, context.io, context.output);
		});
}

const afterHelp =
	'\nWithout --yes, questions are asked for anything not given as an option. Existing files are never overwritten (exit code 2).';

/** Options of `peercourse new course`. */
export interface NewCourseFlags {
	title?: string;
	slug?: string;
	language?: string;
	author?: string;
	yes?: boolean;
}

/** Options of `peercourse new module`. */
export interface NewModuleFlags {
	course?: string;
	title?: string;
	slug?: string;
	yes?: boolean;
}
