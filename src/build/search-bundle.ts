import { readFileSync } from 'node:fs';
import { buildSearchBundle } from '../lib/search/build-index';
import { moduleSections } from '../lib/search/documents';
import type { SiteEdition } from './site-data';

/** The search index response of one language edition of a course. */
export async function searchIndexResponse(edition: SiteEdition): Promise<Response> {
	const sections = edition.modules.flatMap((m) => moduleSections(readFileSync(m.analysis.file, 'utf8'), m.slug, m.title));
	// Modules shown in the original language are indexed in that language's words.
	const bundle = await buildSearchBundle(sections, edition.lang);
	return new Response(JSON.stringify(bundle), { headers: { 'content-type': 'application/json' } });
}
