import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { readArguments, type ArgumentKind } from './message-arguments';

// Every interface catalogue in src/i18n/ (a new <lang>.json is checked without editing this file)
// against the English reference: same keys, same arguments, plural branches valid for the language.
const dir = join(process.cwd(), 'src', 'i18n');
const load = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, string>;
const en = load('en.json');
const languages = readdirSync(dir)
	.filter((f) => f.endsWith('.json') && f !== 'en.json')
	.map((f) => f.slice(0, -5))
	.sort();

/** A value for each kind of argument, chosen so that a formatted message shows it was used. */
function sampleValues(args: Map<string, ArgumentKind>, count: number): Record<string, unknown> {
	const values: Record<string, unknown> = {};
	for (const [name, kind] of args) {
		if (kind === 'plural' || kind === 'selectordinal' || kind === 'number') values[name] = count;
		else if (kind === 'date' || kind === 'time') values[name] = new Date(Date.UTC(2025, 2, 14));
		else if (kind === 'tag') values[name] = (parts: string[]) => parts.join('');
		else values[name] = `«${name}»`;
	}
	return values;
}

it('finds the catalogues to check', () => {
	expect(languages).toEqual(expect.arrayContaining(['es', 'fr', 'hi']));
});

describe.each(['en', ...languages])('the %s catalogue', (lang) => {
	const catalogue = load(`${lang}.json`);
	const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];
	const ordinalCategories = new Intl.PluralRules(lang, { type: 'ordinal' }).resolvedOptions().pluralCategories as string[];

	it('has only keys that the English catalogue has', () => {
		expect(Object.keys(catalogue).filter((key) => !(key in en))).toEqual([]);
	});

	it('has only non-empty messages that parse as ICU MessageFormat', () => {
		const broken: string[] = [];
		for (const [key, message] of Object.entries(catalogue)) {
			if (typeof message !== 'string' || !message.trim()) broken.push(`${key}: empty`);
			else {
				try {
					new IntlMessageFormat(message, lang);
				} catch (error) {
					broken.push(`${key}: ${(error as Error).message}`);
				}
			}
		}
		expect(broken).toEqual([]);
	});

	it('uses the same placeholders, plurals and selects as English', () => {
		const differences: string[] = [];
		for (const [key, message] of Object.entries(catalogue)) {
			if (!(key in en)) continue;
			const own = [...readArguments(message, lang).args].sort().join(', ');
			const reference = [...readArguments(en[key]!, 'en').args].sort().join(', ');
			if (own !== reference) differences.push(`${key}: {${own}} but English has {${reference}}`);
		}
		expect(differences).toEqual([]);
	});

	it(`gives plurals only the categories ${lang} has, and always "other"`, () => {
		const wrong: string[] = [];
		for (const [key, message] of Object.entries(catalogue)) {
			for (const b of readArguments(message, lang).branchings) {
				if (!b.options.includes('other')) wrong.push(`${key}: {${b.name}} has no "other" branch`);
				if (b.kind !== 'plural' && b.kind !== 'selectordinal') continue;
				const allowed = b.kind === 'plural' ? categories : ordinalCategories;
				for (const option of b.options) {
					if (!/^=\d+$/.test(option) && !allowed.includes(option)) wrong.push(`${key}: "${option}" is not a plural category of ${lang} (${allowed.join(', ')})`);
				}
			}
		}
		expect(wrong).toEqual([]);
	});

	it('formats every message with sample values, showing each text value', () => {
		const wrong: string[] = [];
		for (const [key, message] of Object.entries(catalogue)) {
			const { args } = readArguments(message, lang);
			for (const count of [0, 1, 2, 5, 21, 1_000_000]) {
				const values = sampleValues(args, count);
				let text: string;
				try {
					text = String(new IntlMessageFormat(message, lang).format(values));
				} catch (error) {
					wrong.push(`${key} (${count}): ${(error as Error).message}`);
					continue;
				}
				// A stray apostrophe quotes the rest of an ICU message, leaving braces in the output.
				if (/[{}]/.test(text)) wrong.push(`${key} (${count}): "${text}" still has braces`);
				for (const [name, kind] of args) {
					if (kind === 'text' && !text.includes(`«${name}»`)) wrong.push(`${key}: "${text}" does not show {${name}}`);
				}
			}
		}
		expect(wrong).toEqual([]);
	});
});

describe('interface wording', () => {
	// UNAIDS-aligned terms in each language (see /work/shared/docs/terminology.md): the
	// stigmatising words must never appear in interface text.
	const avoid: Record<string, RegExp> = {
		en: /\bprostitut|\bcommercial sex worker|HIV-infected|AIDS victim/i,
		fr: /prostitu|infectée? par le VIH|victime du sida|sidéen/i,
		es: /prostitut|infectad[oa]s? (por|con) el VIH|víctima del sida|sidos[oa]/i,
		hi: /वेश्या/,
	};
	it.each(Object.keys(avoid).filter((lang) => lang === 'en' || languages.includes(lang)))('%s uses respectful terms', (lang) => {
		const catalogue = load(`${lang}.json`);
		expect(Object.entries(catalogue).filter(([, message]) => avoid[lang]!.test(message))).toEqual([]);
	});

	it('French and Spanish use typographic apostrophes, so ICU quoting never applies', () => {
		for (const lang of ['fr', 'es'].filter((l) => languages.includes(l))) {
			expect(Object.entries(load(`${lang}.json`)).filter(([, message]) => message.includes("'"))).toEqual([]);
		}
	});
});
