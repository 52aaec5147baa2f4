import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { buildFixtureSite } from './helpers/build-site';
import { answerKindsCheck, checkAnswer, chooseRadio, feedbackOf, openQuiz, questionOf, tabTo } from './helpers/quiz-keyboard';
import { serveSite, type ServedSite } from './helpers/serve-site';

// The quiz page passes axe-core's WCAG 2.1 A/AA rules with every question kind on screen:
// before answering, with feedback showing, and once finished with the review open; in light
// and dark colour schemes; and it fits a 320 px wide screen.
let site: ServedSite;
let moduleUrl: string;
test.beforeAll(async () => {
	site = await serveSite(buildFixtureSite('quiz-kinds'), '/');
	moduleUrl = `${site.url}quiz-practice/every-kind/index.html`;
});
test.afterAll(() => site.close());

async function violations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	return results.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.help} — ${v.nodes[0]?.target.join(' ')}`);
}

for (const colorScheme of ['light', 'dark'] as const) {
	test(`a quiz page has no WCAG 2.1 A/AA violations before, during and after a quiz (${colorScheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await page.goto(moduleUrl);
		const quiz = await openQuiz(page, 'kinds-check');
		expect(await violations(page), 'before answering').toEqual([]);

		// Feedback showing: a polite "answer first" note, wrong answers, and a moved step's status.
		const job = questionOf(quiz, 'disclose-job');
		await checkAnswer(page, job);
		await expect(feedbackOf(job)).toContainText('Choose an answer first');
		const first = questionOf(quiz, 'first-step');
		await chooseRadio(page, first, first.getByRole('radio', { name: 'Ask her to report to the police' }));
		await checkAnswer(page, first);
		await expect(feedbackOf(first)).toContainText('Not quite');
		await tabTo(page, questionOf(quiz, 'lives-order').getByRole('button', { name: /^Move down/ }).first());
		await page.keyboard.press('Enter');
		expect(await violations(page), 'with feedback').toEqual([]);

		await answerKindsCheck(page, quiz, 'wrong');
		await tabTo(page, quiz.getByRole('button', { name: 'Try again' }));
		await page.keyboard.press('Enter');
		await answerKindsCheck(page, quiz, 'wrong');
		await expect(quiz.locator('.quiz-result')).toContainText('You have used every attempt');
		expect(await violations(page), 'finished, right answers shown').toEqual([]);

		await page.reload();
		const again = await openQuiz(page, 'kinds-check');
		expect(await violations(page), 'finished, after a reload').toEqual([]);
		await tabTo(page, again.getByRole('button', { name: 'Review your answers' }));
		await page.keyboard.press('Enter');
		await expect(again.locator('fieldset')).toHaveCount(7);
		expect(await violations(page), 'review open').toEqual([]);

		// The practice quiz and the quiz drawn from a bank, before and after an answer.
		await page.goto(`${site.url}quiz-practice/question-bank/index.html`);
		const practice = await openQuiz(page, 'warm-up');
		await openQuiz(page, 'bank-check');
		expect(await violations(page), 'practice and bank quizzes').toEqual([]);
		const listen = questionOf(practice, 'listen-first');
		await chooseRadio(page, listen, listen.getByRole('radio', { name: 'False' }));
		await checkAnswer(page, listen);
		await expect(feedbackOf(listen)).toContainText('Right answer');
		expect(await violations(page), 'practice answered').toEqual([]);
	});
}

test('a quiz page fits 320 px without horizontal scrolling', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	await page.goto(moduleUrl);
	const quiz = await openQuiz(page, 'kinds-check');
	const first = questionOf(quiz, 'first-step');
	await chooseRadio(page, first, first.getByRole('radio', { name: 'Ask her to report to the police' }));
	await checkAnswer(page, first);
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow).toBeLessThanOrEqual(0);
});
