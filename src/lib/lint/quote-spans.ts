/** Closing marks for each opening mark. */
const CLOSERS: Record<string, string> = {
	'\u201C': '\u201D', // “ ”
	'\u201E': '\u201C\u201D', // „ “ (German) or „ ” (Polish)
	'\u00AB': '\u00BB', // « »
	'\u2018': '\u2019', // ‘ ’
	'"': '"',
	"'": "'\u2019",
};
const OPEN_AFTER = /[\s([{\u2014\u2013"\u201C\u00AB-]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Finds the quoted stretches of a text, as [start, end) of the words between the marks.
 * Straight and curly single quotes double as apostrophes ("don't", "workers' rights"),
 * so they open only before a word and after a space or bracket, and close only after a
 * word and before a non-letter.
 *
 * @example findQuoteSpans("say 'prostitute' less") // [[5, 15]]
 */
export function findQuoteSpans(text: string): Array<[number, number]> {
	const spans: Array<[number, number]> = [];
	const open: Array<{ mark: string; at: number }> = [];
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		const top = open[open.length - 1];
		if (top && CLOSERS[top.mark]!.includes(ch) && canClose(text, i, ch)) {
			open.pop();
			spans.push([top.at + 1, i]);
		} else if (ch in CLOSERS && canOpen(text, i, ch) && open.length < 4) {
			open.push({ mark: ch, at: i });
		}
	}
	return spans;
}

function canOpen(text: string, i: number, ch: string): boolean {
	if (ch !== "'" && ch !== '"') return true;
	const before = text[i - 1];
	const after = text[i + 1] ?? '';
	return (before === undefined || OPEN_AFTER.test(before)) && after !== '' && !/\s/.test(after);
}

function canClose(text: string, i: number, ch: string): boolean {
	if (ch !== "'" && ch !== '\u2019') return true;
	const before = text[i - 1] ?? '';
	const after = text[i + 1] ?? '';
	return before !== '' && !/\s/.test(before) && !WORD_CHAR.test(after);
}

/** Whether [start, end) lies inside one of the spans. */
export function isInside(
	spans: ReadonlyArray<[number, number]>,
	start: number,
	end: number
): boolean {
	return spans.some(([s, e]) => start >= s && end <= e);
}
