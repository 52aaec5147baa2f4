/**
 * Which files of the built site go into one course's package: the course's pages (with its
 * translations, launch page, certificate and search index), the about page, the site icons and
 * the shared `_astro/` scripts and styles. Pictures in `_astro/` go in only when a packaged file
 * names them, so other courses' pictures stay out. Never: other courses, the home page (the
 * package gets its own), `scorm/`, the service worker, the 404 page, other languages' stemmers.
 */

/** A built file the packager may read. */
export type ReadText = (path: string) => string;

const IMAGE = /\.(png|jpe?g|gif|webp|avif|svg|ico)$/i;
const TEXT = /\.(html|css|js|mjs|json|webmanifest|svg|txt)$/i;
/** Service worker files (src/build/service-worker.ts): LMSes frame and scope content their own way. */
const SERVICE_WORKER = /^(sw\.js|workbox-[^/]*\.js)$/;
const ROOT_FILES = /^(favicon\.[a-z]+|icon-[^/]+\.png)$/;

/** Picks the package files from every built file (posix paths relative to the site root). */
export function selectPackageFiles(allFiles: readonly string[], course: string, languages: readonly string[], readText: ReadText): string[] {
	const stemmers = new Set(languages.map((l) => l.split('-')[0]!.toLowerCase()));
	const chosen = allFiles.filter((path) => {
		if (path.startsWith(`${course}/`)) return true;
		if (path.startsWith('about/')) return true;
		if (!path.includes('/')) return ROOT_FILES.test(path) && !SERVICE_WORKER.test(path);
		if (!path.startsWith('_astro/')) return false;
		// Search stemmers are split per language; keep those of this course's languages.
		const stemmer = /^_astro\/lunr\.([a-z]{2,3})\./.exec(path)?.[1];
		return !stemmer || stemmers.has(stemmer);
	});
	const texts = chosen.filter((p) => TEXT.test(p) && !(p.startsWith('_astro/') && IMAGE.test(p))).map(readText);
	const named = (path: string) => {
		const name = path.slice(path.lastIndexOf('/') + 1);
		return texts.some((text) => text.includes(name));
	};
	return chosen.filter((path) => !(path.startsWith('_astro/') && IMAGE.test(path)) || named(path)).sort();
}
