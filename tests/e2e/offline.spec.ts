import { expect, test } from '@playwright/test';
import { buildFixtureSite } from './helpers/build-site';
import { crawlSite } from './helpers/crawl';
import { serveSite, type ServedSite } from './helpers/serve-site';

// After one online visit, every page of the course and its search work with the network cut.
let site: ServedSite;
test.beforeAll(async () => {
	site = await serveSite(buildFixtureSite('minimal'), '/offline/');
});
test.afterAll(() => site.close());

test('the course is saved for offline use after one visit, with its size shown', async ({ page, context }) => {
	const { pages } = await crawlSite(site.url);
	await page.goto(`${site.url}first-aid-basics/index.html`);
	const offline = page.locator('[data-offline]');
	await expect(offline.getByRole('button')).toHaveText(/Save this course for offline use \(\d+(\.\d)? MB\)/);
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.reload();
	await expect(offline.getByRole('status')).toHaveText(/saved on this device and works offline/);
	await context.setOffline(true);
	for (const url of pages) {
		const response = await page.goto(url);
		expect(response?.status(), url).toBe(200);
		await expect(page.locator('h1')).toBeVisible();
	}
	await page.goto(`${site.url}first-aid-basics/welcome/index.html`);
	await page.keyboard.press('/');
	await page.keyboard.type('quietude');
	await expect(page.locator('#pc-search-results a').first()).toContainText('A deep heading for search');
	await page.getByRole('link', { name: /Next: Second steps/ }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Second steps' })).toBeVisible();
	await context.setOffline(false);
});

test('a new build is offered as an update, not mixed into the open pages', async ({ page }) => {
	await page.goto(`${site.url}first-aid-basics/index.html`);
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.reload();
	expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
	// A changed service worker (what a new build publishes) installs and waits for the learner.
	await page.route('**/sw.js', async (route) => {
		const response = await route.fetch();
		await route.fulfill({ response, body: `${await response.text()}\n// new build ${Date.now()}\n` });
	});
	await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
	const banner = page.locator('#pc-update');
	await expect(banner).toBeVisible();
	await expect(banner).toContainText('A new version of this course is ready.');
	await banner.getByRole('button', { name: 'Reload to update' }).click();
	await page.waitForEvent('load');
	await expect(page.locator('#pc-update')).toBeHidden();
});
