import { expect, test, type Locator, type Page } from '@playwright/test';
import { readCourses } from '../../src/build/read-courses';
import type { Question, Quiz } from '../../src/lib/quiz/types';
import type { Scenario } from '../../src/lib/scenario/types';
import { serveSite, type ServedSite } from './helpers/serve-site';

// The whole sample course, as a learner would take it: every module, every quiz answered
// (right answers taken from the course model), every role-play played to an ending, then
// the course result and a printable certificate.
test.setTimeout(600_000);
let site: ServedSite;
test.beforeAll(async () => {
	site = await serveSite('dist', '/training/');
});
test.afterAll(() => site.close());

const course = readCourses().find((c) => c.slug === 'respectful-care')!;

async function openQuiz(page: Page, id: string): Promise<Locator> {
	const quiz = page.locator(`section.quiz:not(.quiz-static)[data-quiz="${id}"]`);
	await expect(async () => {
		await page.evaluate((q) => document.querySelector(`[data-quiz="${q}"]`)?.scrollIntoView(), id);
		await expect(quiz.locator('fieldset').first()).toBeVisible({ timeout: 2000 });
	}).toPass({ timeout: 60_000 });
	return quiz;
}

async function answer(fieldset: Locator, q: Question): Promise<void> {
	switch (q.type) {
		case 'single-choice':
		case 'multiple-choice':
			for (const c of q.choices.filter((c) => c.correct)) await fieldset.locator(`input[value="${c.id}"]`).check();
			break;
		case 'true-false':
			await fieldset.locator(`input[value="${q.answer}"]`).check();
			break;
		case 'matching':
			for (const p of q.pairs) await fieldset.locator(`select[id$="-${p.id}"]`).selectOption(p.id);
			break;
		case 'ordering':
			for (let target = 0; target < q.steps.length; target++) {
				const current = await fieldset.locator('button[data-dir="up"]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.step));
				const moves = current.indexOf(q.steps[target]!.id) - target;
				for (let i = 0; i < moves; i++) await fieldset.locator(`button[data-step="${q.steps[target]!.id}"][data-dir="up"]`).click();
			}
			break;
		case 'reflection':
			await fieldset.locator('textarea').fill('I will offer a private room and ask what the person needs.');
			break;
		case 'self-rating':
			await fieldset.locator('input[value="4"]').check();
			break;
	}
	await fieldset.getByRole('button', { name: /^Check answer/ }).click();
	await expect(fieldset.locator('.quiz-feedback[aria-live="polite"]')).not.toBeEmpty();
}

async function takeQuiz(page: Page, quiz: Quiz): Promise<void> {
	const section = await openQuiz(page, quiz.id);
	const asked = await section.locator('fieldset[data-question]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.question!));
	for (const id of asked) await answer(section.locator(`fieldset[data-question="${id}"]`), quiz.questions.find((q) => q.id === id)!);
	if (quiz.graded) await expect(section.locator('.quiz-result')).toContainText(/100/);
}

/** The choices from the start to the best ending: a path a learner could take. */
function pathToEnding(s: Scenario): string[] {
	const endings = new Map(s.endings.map((e) => [e.id, e]));
	const queue: { at: string; path: string[] }[] = [{ at: s.start, path: [] }];
	const seen = new Set<string>();
	let fallback: string[] | undefined;
	while (queue.length) {
		const { at, path } = queue.shift()!;
		if (endings.has(at)) {
			if (endings.get(at)!.outcome === 'good') return path;
			fallback ??= path;
			continue;
		}
		if (seen.has(at)) continue;
		seen.add(at);
		for (const c of s.scenes.find((x) => x.id === at)?.choices ?? []) queue.push({ at: c.to, path: [...path, c.id] });
	}
	return fallback!;
}

async function playRolePlay(page: Page, scenario: Scenario): Promise<void> {
	const block = page.locator(`section[data-scenario="${scenario.id}"]`);
	for (const choice of pathToEnding(scenario)) {
		const button = block.locator(`button[data-choice="${choice}"]`).last();
		// The role-play hydrates when it scrolls into view; islands above may still change height.
		await expect(async () => {
			await block.evaluate((el) => el.scrollIntoView());
			await expect(button).toBeEnabled({ timeout: 2000 });
		}).toPass({ timeout: 60_000 });
		await button.click();
	}
	await expect(block.locator('.scenario-debrief')).toBeVisible();
}

test('a learner completes the whole sample course and gets a certificate', async ({ page }) => {
	const modules = course.modules.filter((m) => !m.meta?.draft);
	expect(modules.length).toBeGreaterThanOrEqual(6);
	expect(modules.flatMap((m) => m.blocks).filter((b) => b.name === 'Scenario').length).toBeGreaterThanOrEqual(5);
	for (const m of modules) {
		await page.goto(`${site.url}respectful-care/${m.slug}/index.html`);
		for (const block of m.blocks) {
			if (block.name === 'Quiz') await takeQuiz(page, block.model as Quiz);
			else await playRolePlay(page, block.model as Scenario);
		}
		await expect(page.locator(`[data-module-status="${m.slug}"]`).first()).toHaveText('Done');
	}
	await page.goto(`${site.url}respectful-care/index.html`);
	await expect(page.locator('#pc-result')).toContainText('You passed.');
	// The self-ratings asked at the start and the end of the course show the change.
	await expect(page.locator('#pc-ratings')).toBeVisible();
	await expect(page.locator('#pc-ratings li')).toHaveCount(3);
	await expect(page.locator('#pc-ratings li').first()).toContainText('At the start: 4 out of 5. At the end: 4 out of 5.');
	await page.getByRole('link', { name: 'Get your certificate' }).click();
	await page.getByRole('textbox', { name: 'Your name, as it should appear on the certificate' }).fill('Asha Devi');
	const certificate = page.locator('article.certificate');
	await expect(certificate).toBeVisible();
	await expect(certificate).toContainText('Asha Devi');
	await expect(certificate).toContainText(course.meta!.title);
});
