/** A stream the CLI writes to: `process.stdout` in the terminal, a string collector in tests. */
export interface CliWritable {
	write(text: string): unknown;
	/** Set by Node on terminal streams; colours are used only then. */
	isTTY?: boolean;
}

/** Everything the CLI touches outside itself, injected so every command is testable. */
export interface CliIo {
	stdout: CliWritable;
	stderr: CliWritable;
	/** Folder the command runs in; relative paths (and `courses/`) are found from here. */
	cwd: string;
	env: Readonly<Record<string, string | undefined>>;
	/** Answers to interactive questions (`peercourse new`); absent means "never ask". */
	stdin?: NodeJS.ReadableStream;
}

/** Exit codes: 0 fine (warnings allowed), 1 problems found, 2 the command could not run. */
export const EXIT = { ok: 0, problems: 1, cannotRun: 2 } as const;
