/** A word or punctuation mark of a text, with its place in that text. */
export interface Token {
	/** NFC form without invisible joiners (ZWJ, ZWNJ, soft hyphen), case kept. */
	exact: string;
	/** `exact`, lower-cased when the script has case. */
	fold: string;
	/** Start index in the segmented string (UTF-16). */
	start: number;
	/** End index (exclusive). */
	end: number;
}

/** Separators between tokens: whitespace and zero-width spaces (Khmer and Thai use them). */
const SPACE = /^[\s\u200B\u2060\uFEFF]*$/u;
/** Hyphens and apostrophes join or end words; phrases match with or without them. */
const JOINER = /^[-\u2010\u2011'\u2019\u02BC]+$/u;
/** Invisible characters that do not change which word it is. */
const INVISIBLE = /[\u200C\u200D\u00AD]/gu;
/** Apostrophes inside a word: "prostitute's" is "prostitute" + "s", never "prostitutes". */
const APOSTROPHE = /['\u2019\u02BC]/u;
const CASED = /[\p{Lu}\p{Ll}\p{Lt}]/u;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(locale: string): Intl.Segmenter {
	let segmenter = segmenters.get(locale);
	if (!segmenter) {
		segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
		segmenters.set(locale, segmenter);
	}
	return segmenter;
}

/** Normalises one word for comparison: NFC, no joiners, case-folded only where the script has case. */
export function normaliseWord(word: string, locale: string): { exact: string; fold: string } {
	const exact = word.normalize('NFC').replace(INVISIBLE, '');
	const fold = CASED.test(exact) ? exact.toLocaleLowerCase(locale) : exact;
	return { exact, fold };
}

/**
 * Splits text into words and punctuation with `Intl.Segmenter`, so unspaced scripts
 * (Khmer, Thai) get real word boundaries. Spaces and joiners are dropped.
 */
export function segmentWords(text: string, locale: string): Token[] {
	const tokens: Token[] = [];
	for (const part of segmenterFor(locale).segment(text)) {
		if (SPACE.test(part.segment) || JOINER.test(part.segment)) continue;
		let start = part.index;
		part.segment.split(APOSTROPHE).forEach((piece, i) => {
			// The "'s" stays marked, so "prostitute's" never joins up as "prostitutes".
			const mark = i > 0 ? "'" : '';
			const { exact, fold } = normaliseWord(piece, locale);
			if (exact)
				tokens.push({ exact: mark + exact, fold: mark + fold, start, end: start + piece.length });
			start += piece.length + 1;
		});
	}
	return tokens;
}

/** The comparison key of a phrase: its normalised tokens joined, so segmentation differences do not matter. */
export function phraseKey(phrase: string, locale: string, matchCase: boolean): string {
	return segmentWords(phrase, locale)
		.map((t) => (matchCase ? t.exact : t.fold))
		.join('');
}
