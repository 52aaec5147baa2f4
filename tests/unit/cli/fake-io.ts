import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { CliIo } from '~/cli/io';

/** A `CliIo` that collects what the CLI prints, for tests. */
export interface FakeIo extends CliIo {
	out(): string;
	err(): string;
}

/** Streams that record output; `tty` makes stdout look like a terminal; `input` feeds answers. */
export function fakeIo(
	options: { cwd?: string; env?: Record<string, string>; tty?: boolean; input?: string } = {}
): FakeIo {
	let out = '';
	let err = '';
	return {
		stdout: { write: (text: string) => (out += text), isTTY: options.tty ?? false },
		stderr: { write: (text: string) => (err += text), isTTY: false },
		cwd: options.cwd ?? process.cwd(),
		env: options.env ?? {},
		stdin: options.input === undefined ? undefined : Readable.from([options.input]),
		out: () => out,
		err: () => err,
	};
}

/** The project folder (vitest runs there). */
export const PROJECT = process.cwd();

const tempDirs: string[] = [];

/** A fresh folder under the system's temp folder, removed by `removeTempDirs()`. */
export function makeTempDir(prefix: string): string {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	tempDirs.push(dir);
	return dir;
}

/** Removes the folders made by `makeTempDir` (call it in `afterAll`). */
export function removeTempDirs(): void {
	for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}
