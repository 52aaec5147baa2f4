/**
 * Checks a BCP 47 language tag against the languages this runtime's ICU knows, so that a
 * typo like `eng` or `english` is caught at build time rather than producing pages that
 * screen readers pronounce in the wrong voice.
 */
const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** The canonical form of a known tag (`en-gb` → `en-GB`), or undefined when unknown or malformed. */
export function canonicalLanguage(tag: string): string | undefined {
	let canonical: string | undefined;
	try {
		canonical = Intl.getCanonicalLocales(tag)[0];
	} catch {
		return undefined;
	}
	if (!canonical) return undefined;
	// Check the primary language subtag: region and script variants of a known language are fine.
	const primary = canonical.split('-')[0]!;
	return names.of(primary) ? canonical : undefined;
}

/** The English name of a language tag, for messages and the language list. */
export function languageName(tag: string, inLanguage = 'en'): string {
	try {
		return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(tag) ?? tag;
	} catch {
		return tag;
	}
}

/** Languages written right to left, by primary subtag. */
const RTL = new Set(['ar', 'arc', 'dv', 'fa', 'ha', 'he', 'khw', 'ks', 'ku', 'ps', 'sd', 'ur', 'yi']);

/** `rtl` for right-to-left languages (Urdu, Arabic…), else `ltr`. */
export function textDirection(tag: string): 'ltr' | 'rtl' {
	return RTL.has(tag.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}
