import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir`, as sorted posix paths relative to it. */
export function listFiles(dir: string): string[] {
	const found: string[] = [];
	const walk = (folder: string, prefix: string) => {
		for (const name of readdirSync(folder)) {
			const full = join(folder, name);
			if (statSync(full).isDirectory()) walk(full, `${prefix}${name}/`);
			else found.push(`${prefix}${name}`);
		}
	};
	walk(dir, '');
	return found.sort();
}
