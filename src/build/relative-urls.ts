import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { hoistBodyStyles } from '../lib/site/hoist-styles';
import { relativizeCss, relativizeHtml } from '../lib/site/relative-urls';

/**
 * Rewrites every root-relative URL in the built HTML and CSS to a page-relative one, so the
 * site works from any sub-path, inside an LMS, and from a folder (Astro cannot build with
 * relative URLs: withastro/astro#5435). Returns how many files changed.
 */
export function relativizeDist(distDir: string): number {
	let changed = 0;
	for (const file of walk(distDir)) {
		const page = relative(distDir, file).split(sep).join('/');
		if (!/\.(html|css)$/.test(page)) continue;
		const before = readFileSync(file, 'utf8');
		const after = page.endsWith('.html') ? hoistBodyStyles(relativizeHtml(before, page)) : relativizeCss(before, page);
		if (after !== before) {
			writeFileSync(file, after);
			changed++;
		}
	}
	return changed;
}

function* walk(dir: string): Generator<string> {
	for (const name of readdirSync(dir)) {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) yield* walk(full);
		else yield full;
	}
}
