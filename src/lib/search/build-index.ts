import lunr from 'lunr';
import type { SearchSection } from './documents';
import { loadLanguage } from './languages';
import { isUnspaced, spaceWords } from './segment-words';

/** What the search box downloads for one course and language. */
export interface SearchBundle {
	v: 1;
	lang: string;
	/** Serialised lunr index over module title, heading and text. */
	index: object;
	/** Stored fields per index ref, only what results show: m module, t title, h heading, a anchor, x text. */
	docs: Record<string, { m: string; t: string; h: string; a: string; x: string }>;
}

/**
 * Builds the lunr index of a course in one language. Text is cut into words with
 * Intl.Segmenter first (the search box does the same to queries), so languages without
 * spaces between words are searchable; languages with a lunr-languages stemmer use it.
 */
export async function buildSearchBundle(sections: readonly SearchSection[], lang: string): Promise<SearchBundle> {
	const plugin = await loadLanguage(lunr, lang);
	const prepare = (text: string) => spaceWords(text, lang);
	const index = lunr(function () {
		if (plugin) this.use(plugin as unknown as lunr.Builder.Plugin);
		else if (!lang.startsWith('en')) {
			// No stemmer for this language: lunr's English trimmer would strip non-Latin letters.
			this.pipeline.reset();
			this.searchPipeline.reset();
		}
		// Short numeric refs: lunr repeats the ref in every posting, so long ids would
		// make up most of the index.
		this.ref('r');
		this.field('heading', { boost: 5 });
		this.field('text');
		sections.forEach((s, i) => {
			this.add({ r: i.toString(36), heading: prepare(`${s.moduleTitle} ${s.heading}`), text: prepare(s.text) });
		});
	});
	const docs: SearchBundle['docs'] = {};
	sections.forEach((s, i) => {
		docs[i.toString(36)] = { m: s.module, t: s.moduleTitle, h: s.heading, a: s.anchor, x: s.text };
	});
	return { v: 1, lang, index: index.toJSON(), docs };
}

/** Whether queries in this language need word segmentation before searching. */
export { isUnspaced };
