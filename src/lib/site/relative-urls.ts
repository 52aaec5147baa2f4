/**
 * Root-relative → page-relative URL rewriting for built pages.
 *
 * Before (page `respectful-care/lives/index.html`):
 *   <a href="/respectful-care/">   <script src="/_astro/page.js">   url(/_astro/x.woff)
 * After:
 *   <a href="../index.html">       <script src="../../_astro/page.js">   url(../../_astro/x.woff)
 *
 * Directory URLs gain `index.html` because LMSes and file:// serve no directory indexes.
 * See README.md#publishing and src/lib/site/README.md.
 */

const URL_ATTRIBUTES = ['href', 'src', 'action', 'poster', 'data-href', 'component-url', 'renderer-url', 'before-hydration-url'];

/** Rewrites one root-relative URL as seen from `page` (a dist-relative posix path). */
export function relativeUrl(url: string, page: string): string {
	// Relative folder links (`../lives/`, as authors write them) also need their index.html.
	if (/^\.{1,2}\//.test(url) || /^[\w-][\w.-]*\/(?:[?#]|$)/.test(url)) return url.replace(/\/(?=[?#]|$)/, '/index.html');
	if (!url.startsWith('/') || url.startsWith('//')) return url;
	const match = /^([^?#]*)(.*)$/.exec(url)!;
	let path = match[1]!;
	const rest = match[2]!;
	if (path.endsWith('/')) path += 'index.html';
	const depth = page.split('/').length - 1;
	const up = depth ? '../'.repeat(depth) : './';
	const target = path.slice(1);
	return (target ? up + target : up) + rest;
}

/** The site root as seen from `page`: `./` at the top, `../../` two folders down. */
export function relativeRoot(page: string): string {
	const depth = page.split('/').length - 1;
	return depth ? '../'.repeat(depth) : './';
}

/** Rewrites URL attributes, srcset lists, inline CSS and inline module imports in an HTML page. */
export function relativizeHtml(html: string, page: string): string {
	// Scripts build URLs from the site root (search index, service worker): a folder, no index.html.
	html = html.replace(/(\sdata-site-root=)(["'])\/\2/g, (_m, pre: string, q: string) => `${pre}${q}${relativeRoot(page)}${q}`);
	const attrs = new RegExp(`(\\s(?:${URL_ATTRIBUTES.join('|')})=)(["'])([^"']*)\\2`, 'g');
	return relativizeCss(
		html
			.replace(attrs, (_m, pre: string, q: string, url: string) => `${pre}${q}${relativeUrl(url, page)}${q}`)
			.replace(/(\ssrcset=)(["'])([^"']*)\2/g, (_m, pre: string, q: string, list: string) => `${pre}${q}${relativizeSrcset(list, page)}${q}`)
			// Inline scripts import bundled chunks by absolute path: `import("/_astro/x.js")`, `from "/_astro/x.js"`.
			.replace(/(["'])\/_astro\//g, (_m, q: string) => `${q}${relativeUrl('/_astro/', page).replace(/index\.html$/, '')}`),
		page
	);
}

/** Rewrites `url(/…)` in CSS (files or inline styles). */
export function relativizeCss(css: string, page: string): string {
	return css.replace(/url\((["']?)(\/[^)"']*)\1\)/g, (_m, q: string, url: string) => `url(${q}${relativeUrl(url, page)}${q})`);
}

function relativizeSrcset(list: string, page: string): string {
	return list
		.split(',')
		.map((part) => part.trim().replace(/^(\S+)/, (url) => relativeUrl(url, page)))
		.join(', ');
}
