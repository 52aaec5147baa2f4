import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { buildFixtureSite } from './helpers/build-site';
import { answerBankCheck, answerKindsCheck, openQuiz, tabTo } from './helpers/quiz-keyboard';
import { serveSite, type ServedSite } from './helpers/serve-site';

// The certificate page of the quiz-kinds fixture: what remains before it is earned, and a
// printable certificate once the course is complete and passed, with the learner's own name
// kept on the device.
let site: ServedSite;
let certificateUrl: string;
test.beforeAll(async () => {
	site = await serveSite(buildFixtureSite('quiz-kinds'), '/');
	certificateUrl = `${site.url}quiz-practice/certificate/index.html`;
});
test.afterAll(() => site.close());

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

test('before the course is complete, the page says politely what remains', async ({ page }) => {
	await page.goto(certificateUrl);
	await expect(page.getByText('Your certificate is not ready yet.')).toBeVisible();
	await expect(page.getByText('You have finished 0 of 2 modules.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Every kind of question' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Questions from a bank' })).toBeVisible();
	await expect(page.locator('article.certificate')).toBeHidden();
	await expect(page.getByRole('textbox')).toBeHidden();
	const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('a complete course below the pass mark says what the certificate needs', async ({ page }) => {
	await page.goto(certificateUrl);
	await page.evaluate(() => {
		const done = (s: number, p: boolean) => ({ st: { v: 1, n: 1 }, sum: { d: true, p, s } });
		const progress = { v: 1, done: {}, seen: {}, blocks: { 'kinds-check': done(20, false), 'bank-check': done(100, true) } };
		localStorage.setItem('peercourse:v1:progress:quiz-practice', JSON.stringify(progress));
	});
	await page.reload();
	await expect(page.getByText('You have finished every module. Your score is 60%, and the certificate needs 70%.')).toBeVisible();
	await expect(page.getByText('Still to do:')).toBeHidden();
	await expect(page.locator('article.certificate')).toBeHidden();
});

test('completing the course by keyboard leads to a printable certificate', async ({ page }) => {
	const requests: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	await page.goto(`${site.url}quiz-practice/every-kind/index.html`);
	await answerKindsCheck(page, await openQuiz(page, 'kinds-check'), 'right');
	await page.goto(`${site.url}quiz-practice/question-bank/index.html`);
	const bank = await openQuiz(page, 'bank-check');
	await answerBankCheck(page, bank);
	await expect(bank.locator('.quiz-result')).toContainText('You passed this quiz.');

	await page.goto(`${site.url}quiz-practice/index.html`);
	await expect(page.locator('#pc-result')).toContainText('Course complete.');
	const link = page.getByRole('link', { name: 'Get your certificate' });
	await tabTo(page, link);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: 'Your certificate' })).toBeVisible();

	const certificate = page.locator('article.certificate');
	await expect(certificate.getByRole('heading', { name: 'Certificate of completion' })).toBeVisible();
	const name = page.getByRole('textbox', { name: 'Your name, as it should appear on the certificate' });
	await tabTo(page, name);
	await page.keyboard.type('Asha Devi');
	await expect(certificate.locator('.certificate-name')).toHaveText('Asha Devi');
	const completedAt = await page.evaluate(() => JSON.parse(localStorage.getItem('peercourse:v1:progress:quiz-practice')!).completedAt as number);
	const date = await page.evaluate((at) => new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date(at)), completedAt);
	await expect(certificate).toContainText(`This certifies that Asha Devi completed the course Quizzes of every kind on ${date}.`);
	await expect(certificate).toContainText('About 1.5 hours of learning.');
	await expect(certificate).toContainText('A course by Test sex workers collective and Peer health network.');
	const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

	// The name is kept on this device only: in localStorage, never in a request.
	expect(await page.evaluate(() => localStorage.getItem('peercourse:v1:learner-name'))).toBe('Asha Devi');
	expect(requests.filter((u) => !u.startsWith(site.url))).toEqual([]);
	expect(requests.filter((u) => u.includes('Asha'))).toEqual([]);
	await page.reload();
	await expect(page.locator('article.certificate .certificate-name')).toHaveText('Asha Devi');

	// Printing shows the certificate alone.
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('article.certificate')).toBeVisible();
	for (const chrome of ['.site-header', '.site-footer', '#pc-learner-name', '[data-print]', 'h1', 'nav[aria-label="Breadcrumb"]']) {
		await expect(page.locator(chrome).first()).toBeHidden();
	}
	const pdf = await page.pdf({ format: 'Letter' });
	expect(pdf.byteLength).toBeGreaterThan(1000);
	const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
	expect(pages).toBe(1);
	const a4 = await page.pdf({ format: 'A4' });
	expect((a4.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
});
