import { InvalidArgumentError, Option, type Command } from 'commander';
import type { CommandContext } from './context';

/** `peercourse check [course]`: every problem the build would report, without building. */
export function registerCheck(program: Command, context: CommandContext): void {
	program
		.command('check')
		.summary('check courses for problems without building the site')
		.description(
			'Check courses for everything the build rejects (errors) and everything it warns about: course.yaml, module frontmatter, MDX syntax, components, quizzes, role-plays, links, pictures, the SCORM 1.2 saved-progress budget and the terminology guide.'
		)
		.argument(
			'[course]',
			'a course folder name in courses/, or the path to a course folder (default: every course)'
		)
		.addOption(
			new Option('--format <format>', 'text for people, json for tools')
				.choices(['text', 'json'])
				.default('text')
		)
		.option(
			'--max-warnings <number>',
			'also fail (exit code 1) when there are more warnings than this',
			parseCount
		)
		.addHelpText(
			'after',
			'\nExit codes: 0 no errors (warnings allowed), 1 errors found (or too many warnings), 2 the check could not run.\nPEERCOURSE_COURSES_DIR sets the courses folder (default: courses).'
		)
		.action(
			async (
				course: string | undefined,
				options: { format: 'text' | 'json'; maxWarnings?: number }
			) => {
				const { runCheck } = await import('../check/run-check');
				context.exitCode = runCheck(course, options, context.io, context.output);
			}
		);
}

function parseCount(value: string): number {
	if (!/^\d+$/.test(value)) throw new InvalidArgumentError('Give a whole number, 0 or more.');
	return Number(value);
}
