import { describe, expect, it } from 'vitest';
import { resolveSiteUrl } from '~/components/islands/scenario/site-url';

describe('resolveSiteUrl', () => {
	it('gives the same relative URL the build writes into the page', () => {
		// relativizeHtml turns data-site-root="/" into "../../index.html" on a module page.
		expect(resolveSiteUrl('/_astro/meena.webp', '../../index.html')).toBe('../../_astro/meena.webp');
		expect(resolveSiteUrl('/_astro/meena.webp', './index.html')).toBe('./_astro/meena.webp');
	});

	it('works in development, where the site root stays "/"', () => {
		expect(resolveSiteUrl('/_image?href=%2Fmeena.png', '/')).toBe('/_image?href=%2Fmeena.png');
	});

	it('leaves the URL alone on the server and for URLs that are not root-relative', () => {
		expect(resolveSiteUrl('/_astro/meena.webp', undefined)).toBe('/_astro/meena.webp');
		expect(resolveSiteUrl('../images/a.png', '../../index.html')).toBe('../images/a.png');
		expect(resolveSiteUrl('//cdn.example/a.png', '../../index.html')).toBe('//cdn.example/a.png');
	});

	it('adds a missing slash after a site root without index.html', () => {
		expect(resolveSiteUrl('/_astro/a.webp', '..')).toBe('../_astro/a.webp');
	});
});
