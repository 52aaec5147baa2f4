import type lunrType from 'lunr';
import type { SearchBundle } from './build-index';
import { loadLanguage } from './languages';
import { segmentWords } from './segment-words';
import { snippetHtml } from './snippet';

type Lunr = typeof lunrType;

export interface SearchResult {
	id: string;
	module: string;
	moduleTitle: string;
	heading: string;
	anchor: string;
	/** Escaped HTML with the matched words in <mark>; never contains the raw query as HTML. */
	snippet: string;
}

/** A loaded index that answers queries the way it was built (same segmentation and stemmer). */
export interface Searcher {
	search(query: string, limit?: number): SearchResult[];
}

/** Loads a search bundle into lunr (with the language's stemmer when there is one). */
export async function loadSearcher(lunr: Lunr, bundle: SearchBundle): Promise<Searcher> {
	await loadLanguage(lunr, bundle.lang);
	const index = lunr.Index.load(bundle.index);
	const lang = bundle.lang;
	return {
		search(query, limit = 20) {
			const words = segmentWords(query, lang).filter((w) => w.length > 0);
			if (!words.length) return [];
			let hits = run(lunr, index, words, false);
			// Nothing for whole words: the learner may still be typing, so match word beginnings.
			if (!hits.length) hits = run(lunr, index, words, true);
			return hits.slice(0, limit).flatMap((hit) => {
				const doc = bundle.docs[hit.ref];
				if (!doc) return [];
				const terms = [...words, ...Object.keys(hit.matchData.metadata)];
				return [{ id: doc.a ? `${doc.m}#${doc.a}` : doc.m, module: doc.m, moduleTitle: doc.t, heading: doc.h, anchor: doc.a, snippet: snippetHtml(doc.x || doc.h, terms, lang) }];
			});
		},
	};
}

function run(lunr: Lunr, index: lunrType.Index, words: string[], prefix: boolean): lunrType.Index.Result[] {
	try {
		return index.query((q) => {
			for (const word of words) {
				q.term(word, {
					presence: lunr.Query.presence.REQUIRED,
					wildcard: prefix ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE,
					usePipeline: !prefix,
				});
			}
		});
	} catch {
		// lunr throws on some odd input (a lone wildcard); no results is the right answer.
		return [];
	}
}
