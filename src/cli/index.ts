import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { CliFailure } from './errors';
import { EXIT, type CliIo } from './io';
import { createOutput } from './output';
import type { CommandContext } from './commands/context';
import { COMMANDS } from './commands/registry';

export type { CliIo } from './io';

/**
 * Runs `peercourse` with `argv` (the words after the command name) and returns the exit code:
 * 0 fine, 1 problems found, 2 could not run. It never exits the process itself, so tests call
 * it like any function; `bin/peercourse.mjs` passes the real streams and sets the exit code.
 * @example await run(['check', 'respectful-care', '--format', 'json'], io)
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
	const output = createOutput(io);
	const context: CommandContext = { io, output, exitCode: EXIT.ok };
	try {
		await createProgram(context).parseAsync([...argv], { from: 'user' });
		return context.exitCode;
	} catch (error) {
		// Help and --version end with exit code 0; every usage error (already printed) with 2.
		if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.cannotRun;
		if (error instanceof CliFailure) {
			output.fail(error.message, error.hint);
			return EXIT.cannotRun;
		}
		const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
		output.fail(
			'peercourse stopped because of a problem in PeerCourse itself, not in your course.',
			`Please report it to the PeerCourse maintainers with the command you ran and these details:\n${detail}`
		);
		return EXIT.cannotRun;
	}
}

/** The commander program with every registered command; made afresh for each run. */
function createProgram(context: CommandContext): Command {
	const program = new Command('peercourse')
		.description('Check and create PeerCourse courses.')
		// Settings first: subcommands copy them when they are created.
		.configureOutput(context.output.commander)
		.exitOverride()
		.showHelpAfterError('Add --help to the command to see what it accepts.')
		.version(readVersion(), '-v, --version', 'show the PeerCourse version')
		.helpOption('-h, --help', 'show help for a command')
		.helpCommand('help [command]', 'show help for a command');
	for (const register of COMMANDS) register(program, context);
	return program;
}

function readVersion(): string {
	const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
		version: string;
	};
	return pkg.version;
}
