import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadRulePack } from '~/lib/lint';

/** The English pack read straight from en.yaml, so tests check the file trainers edit. */
export function readEnglishPack() {
	const path = fileURLToPath(new URL('../../../src/lib/lint/rules/en.yaml', import.meta.url));
	return loadRulePack(readFileSync(path, 'utf8'), 'src/lib/lint/rules/en.yaml');
}

/** Where `needle` is written on a 1-based line of `source`: an oracle independent of the linter. */
export function placeOf(source: string, line: number, needle: string, nth = 0) {
	const text = source.split('\n')[line - 1] ?? '';
	let column = -1;
	for (let i = 0; i <= nth; i++) column = text.indexOf(needle, column + 1);
	if (column < 0) throw new Error(`"${needle}" is not on line ${line}`);
	return { line, column: column + 1 };
}
