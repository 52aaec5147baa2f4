import { IntlMessageFormat } from 'intl-messageformat';
import en from './en.json';

/** Interface text keys (English is the reference catalogue). */
export type MessageKey = keyof typeof en;
type Catalogue = Partial<Record<MessageKey, string>>;

// Every `<lang>.json` next to this file is a catalogue; adding a language is adding a file.
const files = import.meta.glob<Catalogue>('./*.json', { eager: true, import: 'default' });
const catalogues: Record<string, Catalogue> = Object.fromEntries(
	Object.entries(files).map(([path, catalogue]) => [path.slice(2, -5), catalogue])
);

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
