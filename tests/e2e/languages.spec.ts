import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { buildFixtureSite } from './helpers/build-site';
import { crawlSite } from './helpers/crawl';
import { serveSite, type ServedSite } from './helpers/serve-site';

// Translated courses: the language switch, progress shared between languages, the notice
// on a module that is not translated yet, numbers in the page's language, and a
// right-to-left (Urdu) course. Fixtures: tests/fixtures/sites/bilingual and .../rtl.
let bilingual: ServedSite;
let rtl: ServedSite;
test.beforeAll(async () => {
	bilingual = await serveSite(buildFixtureSite('bilingual'), '/');
	rtl = await serveSite(buildFixtureSite('rtl'), '/');
});
test.afterAll(async () => {
	await bilingual.close();
	await rtl.close();
});

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function axeProblems(page: Page, urls: string[]): Promise<string[]> {
	const problems: string[] = [];
	for (const url of urls) {
		await page.goto(url);
		const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
		for (const v of results.violations) problems.push(`${url}: ${v.id} (${v.nodes.length}) ${v.help}`);
	}
	return problems;
}

test('switching language on a module keeps the learner on the same module', async ({ page }) => {
	await page.goto(`${bilingual.url}care-basics/listen/index.html`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1, name: 'Listen first' })).toBeVisible();
	await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'français' }).click();
	await expect(page).toHaveURL(/\/care-basics\/fr\/listen\/(index\.html)?$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(page.getByRole('heading', { level: 1, name: 'Écouter d’abord' })).toBeVisible();
	await expect(page.getByText('Module 1 sur 2')).toBeVisible();
	await expect(page.getByRole('navigation', { name: 'Sur cette page' })).toBeVisible();
	await expect(page.getByText('pas encore traduit')).toHaveCount(0);
	// The quiz island gets its interface text in the page's language.
	await page.getByRole('heading', { level: 2, name: 'Une vérification rapide' }).scrollIntoViewIfNeeded();
	await expect(page.getByRole('radio', { name: 'Vrai' })).toBeVisible();
	// And back again, to the same module.
	await page.getByRole('navigation', { name: 'Langue' }).getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(/\/care-basics\/listen\/(index\.html)?$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Listen first' })).toBeVisible();
});

test('progress marked in one language shows in the other', async ({ page }) => {
	await page.goto(`${bilingual.url}care-basics/listen/index.html`);
	await page.getByRole('button', { name: 'Mark this module as done' }).click();
	await expect(page.getByText('You have finished this module.')).toBeVisible();
	await page.goto(`${bilingual.url}care-basics/fr/index.html`);
	await expect(page.locator('[data-module-status="listen"]')).toHaveText('Terminé');
	await expect(page.locator('[data-module-status="refer"]')).toHaveText('Pas commencé');
	await expect(page.locator('#pc-result')).toHaveText('Modules terminés\u00a0: 1 sur 2.');
	await page.goto(`${bilingual.url}care-basics/fr/listen/index.html`);
	await expect(page.getByText('Vous avez terminé ce module.')).toBeVisible();
	await page.goto(`${bilingual.url}care-basics/fr/refer/index.html`);
	await page.getByRole('button', { name: 'Marquer ce module comme terminé' }).click();
	await page.goto(`${bilingual.url}care-basics/index.html`);
	await expect(page.locator('[data-module-status="refer"]')).toHaveText('Done');
	await expect(page.locator('#pc-result')).toHaveText('Course complete.');
});

test('a module not yet translated shows a notice and the original text, marked as English', async ({ page }) => {
	await page.goto(`${bilingual.url}care-basics/fr/refer/index.html`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(page.getByRole('note').filter({ hasText: 'Ce module n’est pas encore traduit' })).toHaveText(
		'Ce module n’est pas encore traduit, il est donc affiché en anglais.'
	);
	const english = page.locator('article [lang="en"]');
	await expect(english.getByRole('heading', { level: 1, name: 'Refer with care' })).toBeVisible();
	await expect(english.getByRole('heading', { level: 2, name: 'Sex worker-led organisations' })).toBeVisible();
	// The interface around it stays French, and the pager stays in the French edition.
	await expect(page.getByText('Module 2 sur 2')).toBeVisible();
	await page.getByRole('link', { name: 'Précédent : Écouter d’abord' }).click();
	await expect(page).toHaveURL(/\/care-basics\/fr\/listen\/(index\.html)?$/);
});

test('numbers are formatted in the page’s language', async ({ page }) => {
	await page.goto(`${bilingual.url}care-basics/index.html`);
	await expect(page.locator('.meta-list li').first()).toHaveText('1,250 minutes');
	await page.goto(`${bilingual.url}care-basics/fr/index.html`);
	// French groups thousands with a narrow no-break space.
	await expect(page.locator('.meta-list li').first()).toHaveText('1\u202f250 minutes');
	await expect(page.getByText('Langue\u00a0: français')).toBeVisible();
	await expect(page.locator('[data-module-status="listen"]').locator('xpath=ancestor::li[1]')).toContainText('Environ 5 minutes');
});

test('the right-to-left course sets dir="rtl" and fits 320 px on every page', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	const { pages, broken } = await crawlSite(rtl.url);
	expect(broken).toEqual([]);
	const coursePages = pages.filter((url) => url.includes('/urdu-care/'));
	expect(coursePages.length).toBeGreaterThanOrEqual(3);
	const wrong: string[] = [];
	for (const url of pages) {
		await page.goto(url);
		const { dir, lang, overflow } = await page.evaluate(() => ({
			dir: document.documentElement.dir,
			lang: document.documentElement.lang,
			overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
		}));
		if (overflow > 0) wrong.push(`${url}: ${overflow}px too wide`);
		if (url.includes('/urdu-care/') && (dir !== 'rtl' || lang !== 'ur')) wrong.push(`${url}: dir="${dir}" lang="${lang}"`);
	}
	expect(wrong).toEqual([]);
});

test('the right-to-left module shows its contents, table and Latin terms', async ({ page }) => {
	await page.goto(`${rtl.url}urdu-care/pehle-sunen/index.html`);
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.getByRole('heading', { level: 1, name: 'پہلے سنیں' })).toBeVisible();
	const toc = page.getByRole('navigation', { name: 'On this page' });
	await expect(toc.getByRole('link')).toHaveCount(4);
	await expect(page.getByRole('table')).toContainText('PEP');
	await expect(page.locator('bdi')).toHaveText('PEP');
	// Right-to-left: the text of the heading sits against the right edge of its box.
	const edges = await page.getByRole('heading', { level: 1 }).evaluate((h) => {
		const range = document.createRange();
		range.selectNodeContents(h);
		const text = range.getBoundingClientRect();
		const box = h.getBoundingClientRect();
		return { fromRight: box.right - text.right, fromLeft: text.left - box.left };
	});
	expect(edges.fromRight).toBeLessThan(2);
	expect(edges.fromLeft).toBeGreaterThan(20);
});

test('the right-to-left and French pages have no WCAG 2.1 A/AA violations', async ({ page }) => {
	const rtlPages = (await crawlSite(rtl.url)).pages;
	const frenchPages = (await crawlSite(bilingual.url)).pages.filter((url) => url.includes('/fr/'));
	expect(frenchPages.length).toBe(3);
	expect(await axeProblems(page, [...rtlPages, ...frenchPages])).toEqual([]);
});

test.describe('the Spanish translation of the sample course', () => {
	let sample: ServedSite;
	test.beforeAll(async () => {
		sample = await serveSite('dist', '/');
	});
	test.afterAll(() => sample.close());

	test('shows module 1 in Spanish, with working quizzes, and module 2 in English with a notice', async ({ page }) => {
		await page.goto(`${sample.url}respectful-care/es/why-violence-matters/index.html`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'es');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Por qué la violencia contra las personas que ejercen el trabajo sexual importa en la atención de salud');
		await expect(page.getByText('aún no está traducido')).toHaveCount(0);
		await expect(page.getByText('Módulo 1 de 8')).toBeVisible();
		const quiz = page.getByRole('region', { name: 'Compruebe lo que ha aprendido' });
		await quiz.scrollIntoViewIfNeeded();
		await quiz.getByRole('radio', { name: /^Agradecerle que lo haya contado/ }).check();
		await quiz.getByRole('button', { name: 'Comprobar la respuesta a la pregunta 1' }).click();
		await expect(quiz.getByText('Muy bien: ha puesto en primer lugar sus necesidades y su privacidad.')).toBeVisible();
		await page.getByRole('link', { name: /^Siguiente: / }).click();
		await expect(page).toHaveURL(/\/respectful-care\/es\/rights-and-do-no-harm\/(index\.html)?$/);
		await expect(page.getByRole('note').filter({ hasText: 'aún no está traducido' })).toHaveText('Este módulo aún no está traducido, así que se muestra en inglés.');
	});

	test('has no WCAG 2.1 A/AA violations on its Spanish pages', async ({ page }) => {
		const urls = ['', 'why-violence-matters/index.html', 'rights-and-do-no-harm/index.html'].map((p) => `${sample.url}respectful-care/es/${p}`);
		expect(await axeProblems(page, urls)).toEqual([]);
	});
});
