import { expect, test } from '@playwright/test';
import { buildFixtureSite } from './helpers/build-site';
import { serveSite, type ServedSite } from './helpers/serve-site';

// Home → course → module → next, and progress that survives a reload, on a small fixture course.
let site: ServedSite;
test.beforeAll(async () => {
	site = await serveSite(buildFixtureSite('minimal'), '/training/');
});
test.afterAll(() => site.close());

test('a learner goes from the home page to a module and on to the next', async ({ page }) => {
	await page.goto(site.url);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.getByRole('link', { name: 'Listening first' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Listening first' })).toBeVisible();
	await page.getByRole('link', { name: 'Start the course' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Welcome' })).toBeVisible();
	await expect(page.getByText('Module 1 of 2')).toBeVisible();
	await expect(page.getByRole('navigation', { name: 'On this page' })).toBeVisible();
	await page.getByRole('link', { name: 'Next: Second steps' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Second steps' })).toBeVisible();
	await expect(page).toHaveURL(/\/training\/first-aid-basics\/second-steps\/index\.html$/);
});

test('progress survives a reload and shows on the course and home pages', async ({ page }) => {
	await page.goto(`${site.url}first-aid-basics/welcome/index.html`);
	await page.getByRole('button', { name: 'Mark this module as done' }).click();
	await expect(page.getByText('You have finished this module.')).toBeVisible();
	await page.reload();
	await expect(page.getByText('You have finished this module.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Mark this module as done' })).toBeHidden();
	await page.goto(`${site.url}first-aid-basics/index.html`);
	await expect(page.locator('[data-module-status="welcome"]')).toHaveText('Done');
	await expect(page.locator('[data-module-status="second-steps"]')).toHaveText('Not started');
	await expect(page.getByRole('link', { name: 'Continue: Second steps' })).toBeVisible();
	await expect(page.locator('#pc-result')).toHaveText('1 of 2 modules done.');
	await page.goto(site.url);
	await expect(page.locator('[data-course-progress="first-aid-basics"]')).toHaveText('1 of 2 modules done');
});

test('finishing every module completes the course', async ({ page }) => {
	await page.goto(`${site.url}first-aid-basics/welcome/index.html`);
	await page.getByRole('link', { name: 'Next: Second steps' }).click();
	await page.getByRole('button', { name: 'Mark this module as done' }).click();
	await page.goto(`${site.url}first-aid-basics/index.html`);
	await expect(page.locator('#pc-result')).toHaveText('Course complete.');
	await expect(page.getByRole('link', { name: 'Review the course' })).toBeVisible();
});

test('corrupted saved progress is set aside with a notice, and the page still works', async ({ page }) => {
	await page.goto(site.url);
	await page.evaluate(() => localStorage.setItem('peercourse:v1:progress:first-aid-basics', '{"v":1,"done":'));
	await page.goto(`${site.url}first-aid-basics/welcome/index.html`);
	await expect(page.locator('#pc-notice')).toContainText('could not be read');
	const keptAside = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('peercourse:v1:set-aside:')));
	expect(keptAside).toHaveLength(1);
	await page.getByRole('button', { name: 'Mark this module as done' }).click();
	await page.reload();
	await expect(page.getByText('You have finished this module.')).toBeVisible();
	await expect(page.locator('#pc-notice')).toBeHidden();
});

test('the About page clears this device’s progress', async ({ page }) => {
	await page.goto(`${site.url}first-aid-basics/welcome/index.html`);
	await page.getByRole('button', { name: 'Mark this module as done' }).click();
	await page.getByRole('link', { name: 'About and privacy' }).first().click();
	await page.getByRole('button', { name: 'Clear my progress on this device' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'cleared' })).toBeVisible();
	expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('peercourse:')))).toEqual([]);
});

test('modules read without JavaScript, with a polite note', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`${site.url}first-aid-basics/welcome/index.html`);
	await expect(page.getByRole('heading', { level: 2, name: 'Why listening matters' })).toBeVisible();
	// Chromium's script switch does not change how <noscript> is parsed, so check the markup.
	expect(await page.content()).toMatch(/<noscript><p class="notice">[^<]*progress, quizzes and role-plays need JavaScript/);
	await context.close();
});
