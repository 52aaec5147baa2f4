import { describe, expect, it } from 'vitest';
import { relativeUrl, relativizeCss, relativizeHtml } from '~/lib/site/relative-urls';

describe('relative URLs', () => {
	it('rewrites root-relative URLs per page depth, adding index.html to folders', () => {
		expect(relativeUrl('/', 'index.html')).toBe('./index.html');
		expect(relativeUrl('/respectful-care/', 'respectful-care/lives/index.html')).toBe('../../respectful-care/index.html');
		expect(relativeUrl('/_astro/a.js', 'respectful-care/lives/index.html')).toBe('../../_astro/a.js');
		expect(relativeUrl('/a/b/?x=1#top', 'index.html')).toBe('./a/b/index.html?x=1#top');
	});
	it('adds index.html to relative folder links and leaves other URLs alone', () => {
		expect(relativeUrl('../lives/', 'c/m/index.html')).toBe('../lives/index.html');
		expect(relativeUrl('../lives/#listen', 'c/m/index.html')).toBe('../lives/index.html#listen');
		expect(relativeUrl('https://example.org/', 'index.html')).toBe('https://example.org/');
		expect(relativeUrl('//cdn.example.org/x.js', 'index.html')).toBe('//cdn.example.org/x.js');
		expect(relativeUrl('#top', 'index.html')).toBe('#top');
		expect(relativeUrl('mailto:a@b.c', 'index.html')).toBe('mailto:a@b.c');
	});
	it('rewrites attributes, srcset, island URLs, inline imports and CSS', () => {
		const html = '<a href="/c/">x</a><img srcset="/_astro/a.webp 1x, /_astro/b.webp 2x"><astro-island component-url="/_astro/Q.js" renderer-url="/_astro/client.js"></astro-island><script>import("/_astro/x.js")</script><div style="background:url(/_astro/bg.png)"></div>';
		const out = relativizeHtml(html, 'c/m/index.html');
		expect(out).toContain('href="../../c/index.html"');
		expect(out).toContain('srcset="../../_astro/a.webp 1x, ../../_astro/b.webp 2x"');
		expect(out).toContain('component-url="../../_astro/Q.js"');
		expect(out).toContain('renderer-url="../../_astro/client.js"');
		expect(out).toContain('import("../../_astro/x.js")');
		expect(out).toContain('url(../../_astro/bg.png)');
		expect(relativizeCss('a{background:url("/_astro/f.woff2")}', '_astro/page.css')).toBe('a{background:url("../_astro/f.woff2")}');
	});
});

describe('relative folder links in pages', () => {
	it('gains index.html in href attributes', () => {
		expect(relativizeHtml('<a href="../lives/#x">a</a><a href="https://who.int/">b</a>', 'c/m/index.html')).toBe('<a href="../lives/index.html#x">a</a><a href="https://who.int/">b</a>');
	});
});

describe('the site root attribute', () => {
	it('becomes a relative folder that scripts can append paths to', () => {
		expect(relativizeHtml('<html data-site-root="/">', 'a/b/index.html')).toBe('<html data-site-root="../../">');
		expect(relativizeHtml('<html data-site-root="/">', 'index.html')).toBe('<html data-site-root="./">');
	});
});
