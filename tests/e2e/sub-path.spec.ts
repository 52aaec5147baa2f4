import { expect, test } from '@playwright/test';
import { crawlSite } from './helpers/crawl';
import { serveSite, type ServedSite } from './helpers/serve-site';

// The built sample site works under a deep, unknown prefix (as an LMS serves it), every
// link and asset resolves, and no page asks any other host for anything.
let site: ServedSite;
test.beforeAll(async () => {
	site = await serveSite('dist', '/lms/pluginfile.php/42/mod_scorm/content/7/');
});
test.afterAll(() => site.close());

test('every link, anchor and asset resolves under a nested prefix', async () => {
	const result = await crawlSite(site.url);
	expect(result.broken).toEqual([]);
	expect(result.pages.length).toBeGreaterThanOrEqual(4);
	expect(result.assets.some((a) => a.endsWith('.js'))).toBe(true);
});

test('no request leaves the site, and no cookie is set', async ({ page, context }) => {
	const { pages } = await crawlSite(site.url);
	const foreign: string[] = [];
	page.on('request', (r) => {
		if (!r.url().startsWith(site.url) && !r.url().startsWith('data:')) foreign.push(r.url());
	});
	for (const url of pages) {
		await page.goto(url);
		await page.waitForLoadState('networkidle');
	}
	expect(foreign).toEqual([]);
	expect(await context.cookies()).toEqual([]);
	const keys = await page.evaluate(() => Object.keys(localStorage));
	expect(keys.filter((k) => !k.startsWith('peercourse:'))).toEqual([]);
});
