/**
 * Built asset URLs that work from any folder. The build writes root-relative URLs
 * (`/_astro/meena.webp`) and then rewrites attributes in the HTML to page-relative ones, but
 * it cannot see URLs inside island props. So the island joins them to the page's
 * `data-site-root` (itself rewritten, e.g. `../../index.html`) and gets the same string the
 * server-rendered HTML ended up with, which keeps hydration quiet.
 *
 * Before: `/_astro/meena.webp` on `care-practice/night-shift/index.html`
 * After:  `../../_astro/meena.webp`
 */

/** Resolves a root-relative URL against the page's site root; leaves other URLs alone. */
export function resolveSiteUrl(url: string, siteRoot: string | undefined): string {
	if (!url.startsWith('/') || url.startsWith('//') || siteRoot === undefined) return url;
	const base = siteRoot.replace(/index\.html$/, '');
	return (base.endsWith('/') ? base : `${base}/`) + url.slice(1);
}

/** The page's site root in a browser, or undefined on the server (the build rewrites it there). */
export function readSiteRoot(): string | undefined {
	return typeof document === 'undefined' ? undefined : document.documentElement.dataset.siteRoot;
}
