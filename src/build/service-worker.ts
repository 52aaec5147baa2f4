import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';

/** Placeholder the course page carries until the build knows the offline download size. */
export const OFFLINE_BYTES_PLACEHOLDER = '__PEERCOURSE_OFFLINE_BYTES__';

/**
 * Writes `sw.js`, a Workbox service worker that precaches every page, script, picture and
 * search index of the site at install time, in a cache versioned by file hashes. A new
 * build installs beside the old one and waits: pages keep being served from one consistent
 * version until the learner chooses to reload (src/scripts/offline.ts). SCORM zips are not
 * cached, and SCORM packages leave this file out (LMSes frame and scope content differently).
 */
export async function writeServiceWorker(distDir: string, languages: readonly string[]): Promise<{ count: number; size: number }> {
	// Search stemmers are split per language; keep only those of the site's courses.
	const used = new Set(languages.map((l) => l.split('-')[0]));
	const otherStemmers = readdirSync(join(distDir, '_astro'))
		.map((f) => /^lunr\.([a-z]{2,3})\./.exec(f)?.[1])
		.filter((code): code is string => !!code && !used.has(code))
		.map((code) => `_astro/lunr.${code}.*.js`);
	const { count, size, warnings } = await generateSW({
		globDirectory: distDir,
		globPatterns: ['**/*.{html,js,css,svg,png,jpg,jpeg,webp,avif,gif,json,webmanifest,ico,txt}'],
		// Trainers' pages (guide, role-play maps, authoring guide) are not needed offline by learners.
		globIgnores: ['scorm/**', 'sw.js', '404.html', 'collections/**', '*/guide/**', '*/authors/**', 'authoring/**', ...otherStemmers],
		swDest: join(distDir, 'sw.js'),
		inlineWorkboxRuntime: true,
		mode: 'production',
		sourcemap: false,
		skipWaiting: false,
		clientsClaim: false,
		cleanupOutdatedCaches: true,
		cacheId: 'peercourse',
		directoryIndex: 'index.html',
		ignoreURLParametersMatching: [/.*/],
		maximumFileSizeToCacheInBytes: 10 * 1024 * 1024,
	});
	for (const w of warnings) process.stderr.write(`[peercourse] service worker: ${w}\n`);
	fillOfflineSize(distDir, size);
	return { count, size };
}

/** Writes the offline download size into the pages that show it. */
function fillOfflineSize(dir: string, bytes: number): void {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) fillOfflineSize(path, bytes);
		else if (name.endsWith('.html')) {
			const html = readFileSync(path, 'utf8');
			if (html.includes(OFFLINE_BYTES_PLACEHOLDER)) writeFileSync(path, html.replaceAll(OFFLINE_BYTES_PLACEHOLDER, String(bytes)));
		}
	}
}
