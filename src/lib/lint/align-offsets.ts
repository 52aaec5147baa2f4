const SPACE = /\s/;

/**
 * Maps each character of a parsed value back to its offset in the source file.
 * Parsers drop quotes, escapes, entities, blockquote markers and indentation, and YAML
 * folds line breaks into spaces, so we walk both strings together: whitespace matches a
 * run of whitespace, other characters match the next equal character on the same line.
 *
 * @example alignOffsets('> a\n> b', 2, 'a\nb') // [2, 3, 6]
 */
export function alignOffsets(source: string, start: number, value: string): number[] {
	const offsets: number[] = [];
	let j = start;
	for (let i = 0; i < value.length; i++) {
		const ch = value[i]!;
		if (SPACE.test(ch)) {
			// An entity or escape may sit between the last match and the space: skip it on this line.
			const space = SPACE.test(source[j] ?? '') ? j : findOnLine(source, j, ' ');
			offsets.push(space ?? j);
			if (space === undefined) continue;
			j = space + 1;
			if (!SPACE.test(value[i + 1] ?? '')) while (SPACE.test(source[j] ?? '')) j += 1;
			continue;
		}
		const found = findOnLine(source, j, ch);
		offsets.push(found ?? j);
		if (found !== undefined) j = found + 1;
	}
	return offsets;
}

function findOnLine(source: string, from: number, ch: string): number | undefined {
	for (let p = from; p < source.length; p++) {
		if (source[p] === ch) return p;
		if (source[p] === '\n') return undefined;
	}
	return undefined;
}

/** Turns file offsets into 1-based lines and columns (columns count UTF-16 units, like mdast). */
export function createLocator(
	source: string
): (offset: number) => { line: number; column: number } {
	const starts = [0];
	for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
	return (offset) => {
		let lo = 0;
		let hi = starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (starts[mid]! <= offset) lo = mid;
			else hi = mid - 1;
		}
		return { line: lo + 1, column: offset - starts[lo]! + 1 };
	};
}
