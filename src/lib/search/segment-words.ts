/**
 * Word segmentation for search, shared by the index build and the search box so both cut
 * text the same way. `Intl.Segmenter` finds word boundaries in every script, including
 * scripts without spaces between words (Khmer, Thai, Lao, Burmese, Chinese, Japanese).
 */

/** Languages written without spaces between words: lunr cannot tokenise them alone. */
const UNSPACED = new Set(['km', 'th', 'lo', 'my', 'zh', 'ja', 'bo']);

export function isUnspaced(lang: string): boolean {
	return UNSPACED.has(primary(lang));
}

/** The words of a text (NFC, lower-cased where the script has case), punctuation dropped. */
export function segmentWords(text: string, lang: string): string[] {
	const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
	const words: string[] = [];
	for (const s of segmenter.segment(text.normalize('NFC'))) {
		if (s.isWordLike) words.push(s.segment.toLocaleLowerCase(lang));
	}
	return words;
}

/** Text with single spaces between its words, which lunr's whitespace tokenizer can split. */
export function spaceWords(text: string, lang: string): string {
	return segmentWords(text, lang).join(' ');
}

export function primary(lang: string): string {
	return lang.split('-')[0]!.toLowerCase();
}
