import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CliFailure } from '../errors';
import type { CliIo } from '../io';
import { displayPath } from '../paths';

/** A file `peercourse new` will create. */
export interface NewFile {
	path: string;
	text: string;
}

/**
 * Writes new files, refusing (before writing any) when one already exists: a trainer's work
 * is never overwritten. `wx` also refuses a file that appears between the check and the write.
 */
export function writeNewFiles(files: readonly NewFile[], io: CliIo): void {
	const existing = files.find((f) => existsSync(f.path));
	if (existing) {
		throw new CliFailure(
			`${displayPath(io, existing.path)} already exists, and peercourse never overwrites files.`,
			'Choose another name with --slug, or move the existing file away first.'
		);
	}
	for (const file of files) {
		mkdirSync(dirname(file.path), { recursive: true });
		writeFileSync(file.path, file.text, { encoding: 'utf8', flag: 'wx' });
	}
}
