import { IntlMessageFormat } from 'intl-messageformat';
import en from './en.json';

/** Interface text keys (English is the reference catalogue). */
export type MessageKey = keyof typeof en;
type Catalogue = Record<MessageKey, string>;

const catalogues: Record<string, Partial<Catalogue>> = { en };

/**
 * Formats an interface message with ICU MessageFormat (plurals, numbers) in the page's
 * language, falling back to English for a missing key. Sentences are never built by
 * concatenating fragments.
 */
export function t(lang: string, key: MessageKey, values?: Record<string, string | number>): string {
	const base = lang.split('-')[0]!;
	const source = catalogues[lang]?.[key] ?? catalogues[base]?.[key] ?? en[key];
	return String(new IntlMessageFormat(source, lang).format(values));
}

/** A translator bound to one language. */
export function translator(lang: string) {
	return (key: MessageKey, values?: Record<string, string | number>) => t(lang, key, values);
}
