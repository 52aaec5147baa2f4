import { registerCheck } from './check';
import type { RegisterCommand } from './context';
import { registerExport } from './export';
import { registerNew } from './new';

/**
 * Every `peercourse` command, in the order `--help` lists them. A new command is one file in
 * this folder exporting a `RegisterCommand`, plus its import and entry here.
 */
export const COMMANDS: readonly RegisterCommand[] = [registerCheck, registerNew, registerExport];
