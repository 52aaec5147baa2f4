import { expect, test, type Page } from '@playwright/test';
import { buildFixtureSite } from './helpers/build-site';
import { serveSite } from './helpers/serve-site';

// Search: opened by a button or "/", loads its index only then, finds words deep in a module,
// lands on the right heading, works by keyboard, and works in Hindi and Khmer.
async function openSearch(page: Page) {
	await page.keyboard.press('/');
	await expect(page.locator('dialog#pc-search')).toBeVisible();
}

test('search loads nothing until opened, finds a deep word and lands on its heading', async ({ page }) => {
	const site = await serveSite(buildFixtureSite('minimal'), '/deep/prefix/');
	try {
		const requests: string[] = [];
		page.on('request', (r) => requests.push(r.url()));
		await page.goto(`${site.url}first-aid-basics/welcome/index.html`);
		await page.waitForLoadState('networkidle');
		expect(requests.filter((u) => u.includes('search-index') || /lunr|search-dialog/.test(u))).toEqual([]);
		await openSearch(page);
		await page.keyboard.type('quietude');
		const result = page.locator('#pc-search-results a').first();
		await expect(result).toContainText('Second steps › A deep heading for search');
		await expect(result.locator('mark')).toHaveText('quietude');
		await expect(page.locator('#pc-search-status')).toHaveText('1 result.');
		expect(requests.some((u) => u.endsWith('first-aid-basics/search-index.json'))).toBe(true);
		await page.keyboard.press('ArrowDown');
		await expect(result).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/second-steps\/index\.html#a-deep-heading-for-search$/);
		await expect(page.locator('#a-deep-heading-for-search')).toBeInViewport();
	} finally {
		await site.close();
	}
});

test('Escape closes search and a query is never rendered as HTML', async ({ page }) => {
	const site = await serveSite(buildFixtureSite('minimal'));
	try {
		await page.goto(`${site.url}first-aid-basics/index.html`);
		await page.getByRole('button', { name: 'Search this course' }).click();
		await page.keyboard.type('<img src=x onerror="window.hacked=1">');
		await expect(page.locator('#pc-search-status')).toHaveText('No results.');
		expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
		await expect(page.locator('#pc-search-results img')).toHaveCount(0);
		await page.keyboard.press('Escape');
		await expect(page.getByRole('dialog')).toBeHidden();
		await expect(page.getByRole('button', { name: 'Search this course' })).toBeFocused();
	} finally {
		await site.close();
	}
});

for (const [fixture, course, query, heading] of [
	['hindi', 'hindi-care', 'सुरक्षा', 'सुरक्षा बढ़ाएँ'],
	['khmer', 'khmer-care', 'អ្នក', 'ស្តាប់ដោយមិនវិនិច្ឆ័យ'],
] as const) {
	test(`search works in ${fixture}`, async ({ page }) => {
		const site = await serveSite(buildFixtureSite(fixture));
		try {
			await page.goto(`${site.url}${course}/index.html`);
			await expect(page.locator('html')).toHaveAttribute('lang', fixture === 'hindi' ? 'hi' : 'km');
			await openSearch(page);
			await page.keyboard.type(query);
			await expect(page.locator('#pc-search-results a').first()).toContainText(heading);
			await expect(page.locator('#pc-search-results mark').first()).toHaveText(query);
		} finally {
			await site.close();
		}
	});
}
