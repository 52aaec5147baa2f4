import { alignOffsets } from './align-offsets';

/** Flag: the text is a mention or a deliberate example (quotes, `<Term>`, `<Law>`, stigmatising choices). */
export const EXEMPT = 1;
/** Flag: a patient speaks about themselves in dialogue; rules marked `self` do not apply. */
export const SELF = 2;

/** Stands for code, expressions and images inside a sentence: no phrase matches across it. */
export const BARRIER = '\uFFFC';

/** A stretch of author text (a paragraph, heading, cell, prop or YAML string) with source places. */
export interface TextRun {
	text: string;
	/** File offset of each character of `text`. */
	offsets: number[];
	/** `EXEMPT` / `SELF` bits for each character of `text`. */
	flags: number[];
}

/** Starts an empty run. */
export function createRun(): TextRun {
	return { text: '', offsets: [], flags: [] };
}

/** Appends a parsed value, aligning each character with where it was written in `source`. */
export function appendText(
	run: TextRun,
	source: string,
	start: number,
	value: string,
	flags: number
): void {
	const offsets = alignOffsets(source, start, value);
	run.text += value;
	run.offsets.push(...offsets);
	for (let i = 0; i < value.length; i++) run.flags.push(flags);
}

/** Appends a character with a known offset (a hard break, or a barrier). */
export function appendChar(run: TextRun, ch: string, offset: number, flags: number): void {
	run.text += ch;
	run.offsets.push(offset);
	run.flags.push(flags);
}

/** A run made of one value (a prop or YAML string). */
export function runOf(source: string, start: number, value: string, flags: number): TextRun {
	const run = createRun();
	appendText(run, source, start, value, flags);
	return run;
}
