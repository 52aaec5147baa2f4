import type { OutputConfiguration } from 'commander';
import pc from 'picocolors';
import type { CliIo, CliWritable } from './io';

/** picocolors' functions; each is the identity when colours are off. */
export type Colors = ReturnType<typeof pc.createColors>;

/**
 * The only place the CLI writes to the terminal. Everything else builds strings, so tests
 * read exactly what a trainer would see, with or without colours.
 */
export interface Output {
	/** Colours for text on stdout. */
	colors: Colors;
	/** Writes lines to stdout. */
	print(...lines: string[]): void;
	/** Writes a question to stdout and leaves the cursor after it. */
	prompt(text: string): void;
	/** Writes why a command could not run, and what to do, to stderr. */
	fail(message: string, hint?: string): void;
	/** Routes commander's help, version and usage errors through this output. */
	commander: OutputConfiguration;
}

/** Colours only for a terminal, and never when `NO_COLOR` is set (https://no-color.org). */
export function wantsColor(stream: CliWritable, env: CliIo['env']): boolean {
	return stream.isTTY === true && !env.NO_COLOR;
}

/** Creates the output for one run of the CLI. */
export function createOutput(io: CliIo): Output {
	const outColor = wantsColor(io.stdout, io.env);
	const errColor = wantsColor(io.stderr, io.env);
	const colors = pc.createColors(outColor);
	const errColors = pc.createColors(errColor);
	const writeOut = (text: string) => void io.stdout.write(text);
	const writeErr = (text: string) => void io.stderr.write(text);
	return {
		colors,
		print: (...lines) => writeOut(lines.map((l) => `${l}\n`).join('')),
		prompt: (text) => writeOut(text),
		fail: (message, hint) => writeErr(`${errColors.red(message)}${hint ? `\n${hint}` : ''}\n`),
		commander: {
			writeOut,
			writeErr,
			outputError: (text, write) => write(errColors.red(plainUsageError(text))),
			getOutHasColors: () => outColor,
			getErrHasColors: () => errColor,
		},
	};
}

/** Commander's `error: unknown option '--x'` as a sentence: `Unknown option '--x'.` */
function plainUsageError(text: string): string {
	const [first = '', ...rest] = text.replace(/^error:\s*/, '').split('\n');
	const sentence = first.charAt(0).toUpperCase() + first.slice(1);
	return [/[.?]$/.test(sentence) ? sentence : `${sentence}.`, ...rest].join('\n');
}
