/**
 * Suggests the closest known name for a misspelt one ("Qiuz" → "Quiz"), or undefined when
 * nothing is close. Used by every "unknown component / prop / id" message.
 */
export function didYouMean(input: string, known: readonly string[]): string | undefined {
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const candidate of known) {
		const d = editDistance(input.toLowerCase(), candidate.toLowerCase());
		if (d < bestDistance) {
			bestDistance = d;
			best = candidate;
		}
	}
	const limit = Math.max(2, Math.floor(input.length / 3));
	return bestDistance <= limit ? best : undefined;
}

/** Damerau–Levenshtein distance (adjacent swaps count as one edit). */
export function editDistance(a: string, b: string): number {
	const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
		Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
	);
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
			}
		}
	}
	return d[a.length]![b.length]!;
}

/** Formats " Did you mean "X"?" or an empty string. */
export function didYouMeanSentence(input: string, known: readonly string[]): string {
	const s = didYouMean(input, known);
	return s ? ` Did you mean "${s}"?` : '';
}
