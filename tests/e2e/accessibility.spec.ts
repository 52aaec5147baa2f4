import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { crawlSite } from './helpers/crawl';
import { serveSite, type ServedSite } from './helpers/serve-site';

// Every page of the built sample site passes axe-core's WCAG 2.1 A/AA rules, in light and
// dark colour schemes, and at 320 px wide without horizontal scrolling. (The facilitator guide,
// one very long page, has its own checks in guide.spec.ts.)
test.setTimeout(300_000);
const learnerPages = async (url: string) => (await crawlSite(url)).pages.filter((p) => !p.includes('/guide/'));
let site: ServedSite;
test.beforeAll(async () => {
	site = await serveSite('dist', '/');
});
test.afterAll(() => site.close());

for (const colorScheme of ['light', 'dark'] as const) {
	test(`every page has no WCAG 2.1 A/AA violations (${colorScheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		const pages = await learnerPages(site.url);
		const problems: string[] = [];
		for (const url of pages) {
			await page.goto(url);
			// Measure contrast once fade-ins (role-play turns) have finished.
			await page.waitForFunction(() => document.getAnimations().every((a) => a.playState === 'finished'));
			const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
			for (const v of results.violations) problems.push(`${url}: ${v.id} (${v.nodes.length}) ${v.help}`);
		}
		expect(problems).toEqual([]);
	});
}

test('pages are readable at 320 px without horizontal scrolling', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	const pages = await learnerPages(site.url);
	const wide: string[] = [];
	for (const url of pages) {
		await page.goto(url);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		if (overflow > 0) wide.push(`${url}: ${overflow}px too wide`);
	}
	expect(wide).toEqual([]);
});
