import type { Command } from 'commander';
import type { CliIo } from '../io';
import type { Output } from '../output';

/** What every command's action gets, and where it leaves its exit code. */
export interface CommandContext {
	io: CliIo;
	output: Output;
	exitCode: number;
}

/** Adds one command (name, arguments, options, help and action) to the program. */
export type RegisterCommand = (program: Command, context: CommandContext) => void;
