import { expect, test } from '@playwright/test';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
	// Learners' pages; the trainers' guide is deliberately not saved for offline use.
	const pages = (await crawlSite(site.url)).pages.filter((p) => !/\/(authoring|guide|authors)\//.test(p));
	expect(pages.filter((p) => p.includes('/first-aid-basics/')).length).toBeGreaterThanOrEqual(3);
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
	await expect(page.locator('dialog#pc-search')).toBeVisible();
	await page.keyboard.type('quietude');
	await expect(page.locator('#pc-search-results a').first()).toContainText('A deep heading for search');
	await page.keyboard.press('Escape');
	await page.getByRole('link', { name: /Next: Second steps/ }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Second steps' })).toBeVisible();
	await context.setOffline(false);
});

test('a new build is offered as an update, not mixed into the open pages', async ({ page }) => {
	// A copy of the site that the test can "publish again" by changing its service worker.
	const dir = mkdtempSync(join(tmpdir(), 'peercourse-update-'));
	cpSync(buildFixtureSite('minimal'), dir, { recursive: true });
	const copy = await serveSite(dir, '/update/');
	try {
		await page.goto(`${copy.url}first-aid-basics/index.html`);
		await page.evaluate(() => navigator.serviceWorker.ready);
		await page.reload();
		expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
		appendFileSync(join(dir, 'sw.js'), `\n// a new build ${Date.now()}\n`);
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
		// The new version installs and waits: the open page keeps the old one until the learner chooses.
		const banner = page.locator('#pc-update');
		await expect(banner).toBeVisible();
		await expect(banner).toContainText('A new version of this course is ready.');
		await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Reload to update' }).click()]);
		await expect(page.locator('#pc-update')).toBeHidden();
	} finally {
		await copy.close();
		rmSync(dir, { recursive: true, force: true });
	}
});
