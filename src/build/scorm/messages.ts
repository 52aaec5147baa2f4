/**
 * Interface sentences for the packager, read the way `src/i18n/t.ts` reads them (the page's
 * language, else its base language, else English, formatted with ICU MessageFormat), but from the
 * catalogue files on disk: t.ts uses Vite's `import.meta.glob`, which `peercourse export` (run by
 * tsx, without Vite) does not have. The packager must match the built pages' text exactly.
 */
import { existsSync, readFileSync } from 'node:fs';
import { IntlMessageFormat } from 'intl-messageformat';
import type en from '../../i18n/en.json';

/** A key of the English catalogue. */
export type MessageKey = keyof typeof en;

const folder = new URL('../../i18n/', import.meta.url);
const cache = new Map<string, Record<string, string>>();

function catalogue(lang: string): Record<string, string> {
	let found = cache.get(lang);
	if (!found) {
		const file = new URL(`${lang}.json`, folder);
		found = /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(lang) && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
		cache.set(lang, found);
	}
	return found;
}

/** The sentence for `key` in `lang`, as the built pages show it. */
export function message(lang: string, key: MessageKey): string {
	const base = lang.split('-')[0]!;
	const own = catalogue(lang)[key] ?? catalogue(base)[key];
	const source = own ?? catalogue('en')[key] ?? key;
	return String(new IntlMessageFormat(source, own ? lang : 'en').format());
}
