import type lunrType from 'lunr';
import { primary } from './segment-words';

type Lunr = typeof lunrType;
type Plugin = (lunr: Lunr) => void;
type PluginModule = { default?: Plugin } & Plugin;

/**
 * lunr-languages stemmers and stop words, by primary language tag. Loaded on demand so the
 * search box only downloads the one the course needs. Languages without an entry (Khmer,
 * Thai, Chinese…) are searched by segmented words without stemming. The Hindi, Kannada,
 * Sanskrit, Tamil and Telugu plugins are left out: their stemmers change nothing and they
 * need a Thai word-cutting library; Intl.Segmenter does their word splitting better.
 */
const PLUGINS: Record<string, () => Promise<unknown>> = {
	ar: () => import('lunr-languages/lunr.ar.js'),
	da: () => import('lunr-languages/lunr.da.js'),
	de: () => import('lunr-languages/lunr.de.js'),
	el: () => import('lunr-languages/lunr.el.js'),
	es: () => import('lunr-languages/lunr.es.js'),
	fi: () => import('lunr-languages/lunr.fi.js'),
	fr: () => import('lunr-languages/lunr.fr.js'),
	he: () => import('lunr-languages/lunr.he.js'),
	hu: () => import('lunr-languages/lunr.hu.js'),
	hy: () => import('lunr-languages/lunr.hy.js'),
	it: () => import('lunr-languages/lunr.it.js'),
	nl: () => import('lunr-languages/lunr.nl.js'),
	no: () => import('lunr-languages/lunr.no.js'),
	pl: () => import('lunr-languages/lunr.pl.js'),
	pt: () => import('lunr-languages/lunr.pt.js'),
	ro: () => import('lunr-languages/lunr.ro.js'),
	ru: () => import('lunr-languages/lunr.ru.js'),
	sv: () => import('lunr-languages/lunr.sv.js'),
	tr: () => import('lunr-languages/lunr.tr.js'),
	vi: () => import('lunr-languages/lunr.vi.js'),
};

/** Whether a stemmer plugin exists for this language (English is built into lunr). */
export function hasStemmer(lang: string): boolean {
	const p = primary(lang);
	return p === 'en' || p in PLUGINS;
}

/**
 * Registers the language's plugin on `lunr` and returns the plugin to `use()` in a builder,
 * or undefined for English (built in) and languages without a stemmer.
 */
export async function loadLanguage(lunr: Lunr, lang: string): Promise<Plugin | undefined> {
	const p = primary(lang);
	const load = PLUGINS[p];
	if (!load) return undefined;
	const registry = lunr as unknown as Record<string, Plugin>;
	if (registry[p]) return registry[p];
	const support = (await import('lunr-languages/lunr.stemmer.support.js')) as unknown as PluginModule;
	(support.default ?? support)(lunr);
	const plugin = (await load()) as PluginModule;
	(plugin.default ?? plugin)(lunr);
	return (lunr as unknown as Record<string, Plugin>)[p];
}
