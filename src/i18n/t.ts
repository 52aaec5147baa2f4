import { IntlMessageFormat } from 'intl-messageformat';
import en from './en.json';
import es from './es.json';
import fr from './fr.json';
import hi from './hi.json';

/** Interface text keys (English is the reference catalogue). */
export type MessageKey = keyof typeof en;
type Catalogue = Partial<Record<MessageKey, string>>;

// One catalogue per language: adding a language is adding `<lang>.json` and a line here.
// (Static imports, not import.meta.glob, so the CLI can use this under plain Node too.)
const catalogues: Record<string, Catalogue> = { en, es, fr, hi };

/** Languages with an interface catalogue. */
export const UI_LANGUAGES = Object.keys(catalogues).sort();

/**
 * Formats an interface message with ICU MessageFormat (plurals, numbers) in the page's
 * language, falling back to English for a missing key or language. Sentences are never
 * built by concatenating fragments.
 */
export function t(lang: string, key: MessageKey, values?: Record<string, string | number>): string {
	const base = lang.split('-')[0]!;
	const own = catalogues[lang]?.[key] ?? catalogues[base]?.[key];
	const source = own ?? en[key];
	return String(new IntlMessageFormat(source, own ? lang : 'en').format(values));
}

/** A translator bound to one language. */
export function translator(lang: string) {
	return (key: MessageKey, values?: Record<string, string | number>) => t(lang, key, values);
}
