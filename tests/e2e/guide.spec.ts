import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readCourses } from '../../src/build/read-courses';
import type { ModuleAnalysis } from '../../src/lib/course/analyse-module';
import type { Quiz } from '../../src/lib/quiz/types';
import type { Scenario } from '../../src/lib/scenario/types';
import { serveSite, type ServedSite } from './helpers/serve-site';

// The facilitator guide of the sample site (dist/): every quiz answer and every role-play
// branch of the course model is on the page, the page prints without site chrome, and it
// passes axe-core. The course model is read from courses/ here, as the build read it.
const COURSE = 'respectful-care';
const analysis = readCourses().find((c) => c.slug === COURSE)!;
const siteModules = analysis.modules.filter((m) => m.meta && !m.meta.draft);
const blocksOf = <T,>(name: string) => siteModules.flatMap((m: ModuleAnalysis) => m.blocks.filter((b) => b.name === name).map((b) => b.model as T));
const quizzes = blocksOf<Quiz>('Quiz');
const scenarios = blocksOf<Scenario>('Scenario');

let site: ServedSite;
test.beforeAll(async () => {
	site = await serveSite('dist');
});
test.afterAll(() => site.close());

/** Plain text of author HTML, as the browser reads it, with spaces collapsed. */
async function textsOf(page: Page, htmls: string[]): Promise<string[]> {
	return page.evaluate((list) => list.map((html) => {
		const div = document.createElement('div');
		div.innerHTML = html;
		return (div.textContent ?? '').replace(/\s+/g, ' ').trim();
	}), htmls);
}

/** The text of a page element as it is laid out (block elements on their own lines). */
async function textOf(locator: Locator): Promise<string> {
	return (await locator.innerText()).replace(/\s+/g, ' ').trim();
}

test('the course page links to the guide', async ({ page }) => {
	await page.goto(`${site.url}${COURSE}/`);
	await page.getByRole('link', { name: 'Facilitator guide (for trainers)' }).click();
	await expect(page).toHaveURL(new RegExp(`${COURSE}/guide/(index\\.html)?$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Facilitator guide: ${analysis.meta!.title}`);
});

test('the guide shows every quiz answer with its feedback', async ({ page }) => {
	expect(quizzes.length).toBeGreaterThan(0);
	await page.goto(`${site.url}${COURSE}/guide/`);
	const problems: string[] = [];
	for (const quiz of quizzes) {
		const section = page.locator(`[data-guide-quiz="${quiz.id}"]`);
		await expect(section, quiz.id).toHaveCount(1);
		for (const question of quiz.questions) {
			const where = `${quiz.id}/${question.id}`;
			const box = section.locator(`[data-question="${question.id}"]`);
			const text = await textOf(box);
			const [prompt] = await textsOf(page, [question.promptHtml]);
			if (!text.includes(prompt!)) problems.push(`${where}: prompt`);
			if (question.type === 'single-choice' || question.type === 'multiple-choice') {
				for (const choice of question.choices) {
					const option = box.locator(`[data-option="${choice.id}"]`);
					const [choiceText, feedback] = await textsOf(page, [choice.html, choice.feedbackHtml ?? '']);
					const shown = await textOf(option);
					const verdict = choice.correct ? 'Correct answer:' : 'Not correct:';
					if (!shown.startsWith(`${choice.correct ? '✓' : '✗'} ${verdict} ${choiceText}`)) problems.push(`${where}/${choice.id}: "${shown}"`);
					if (feedback && !shown.includes(`Feedback: ${feedback}`)) problems.push(`${where}/${choice.id}: feedback`);
				}
			} else if (question.type === 'true-false') {
				if (!text.includes(`Answer: ✓ ${question.answer ? 'True' : 'False'}`)) problems.push(`${where}: true/false answer`);
			} else if (question.type === 'ordering') {
				const expected = await textsOf(page, question.steps.map((s) => s.html));
				const shown = await box.locator('.guide-order > li').allInnerTexts();
				if (JSON.stringify(shown.map((s) => s.replace(/\s+/g, ' ').trim())) !== JSON.stringify(expected)) problems.push(`${where}: order`);
			} else if (question.type === 'matching') {
				for (const pair of question.pairs) {
					const [left, right] = await textsOf(page, [pair.leftHtml, pair.rightHtml]);
					const row = box.locator('.guide-pairs tbody tr').filter({ has: page.locator('th', { hasText: left! }) });
					if ((await row.count()) !== 1 || (await textOf(row.locator('td'))) !== right) problems.push(`${where}: pair ${left}`);
				}
			} else if (!text.includes('Ungraded')) problems.push(`${where}: not listed as ungraded`);
			for (const html of [question.feedback.correct, question.feedback.partial, question.feedback.incorrect, question.explanationHtml]) {
				const [expected] = await textsOf(page, [html ?? '']);
				if (expected && !text.includes(expected)) problems.push(`${where}: feedback or explanation "${expected.slice(0, 40)}"`);
			}
		}
	}
	expect(problems).toEqual([]);
});

test('the guide shows every role-play scene, branch, feedback and debrief', async ({ page }) => {
	expect(scenarios.length).toBeGreaterThan(0);
	await page.goto(`${site.url}${COURSE}/guide/`);
	const problems: string[] = [];
	for (const scenario of scenarios) {
		const section = page.locator(`[data-guide-role-play="${scenario.id}"]`);
		await expect(section, scenario.id).toHaveCount(1);
		await expect(section.locator('svg[role="img"] > title')).toHaveCount(1);
		for (const scene of scenario.scenes) {
			const box = section.locator(`[data-scene="${scene.id}"]`);
			if ((await box.count()) !== 1) {
				problems.push(`${scenario.id}/${scene.id}: scene missing`);
				continue;
			}
			const sceneText = await textOf(box);
			for (const beatText of await textsOf(page, scene.beats.map((b) => b.html))) {
				if (!sceneText.includes(beatText)) problems.push(`${scenario.id}/${scene.id}: beat "${beatText.slice(0, 40)}"`);
			}
			for (const choice of scene.choices) {
				const item = box.locator(`[data-choice="${choice.id}"][data-leads-to="${choice.to}"]`);
				const where = `${scenario.id}/${scene.id}/${choice.id}`;
				if ((await item.count()) !== 1) {
					problems.push(`${where}: branch to ${choice.to} missing`);
					continue;
				}
				const shown = await textOf(item);
				const [choiceText, feedback] = await textsOf(page, [choice.html, choice.feedbackHtml ?? '']);
				if (!shown.includes(choiceText!)) problems.push(`${where}: text`);
				if (feedback && !shown.includes(feedback)) problems.push(`${where}: feedback`);
				if (choice.stigmatising && !shown.includes('Stigmatising example')) problems.push(`${where}: stigmatising mark`);
				// The branch names its target and links to it on the same page.
				const target = [...scenario.scenes, ...scenario.endings].find((n) => n.id === choice.to)!;
				if (!shown.includes(`“${target.title}”`)) problems.push(`${where}: target title`);
				const href = await item.locator('.guide-leads-to a').getAttribute('href');
				if (href !== `#guide-role-play-${scenario.id}--${choice.to}` || (await page.locator(href).count()) !== 1) problems.push(`${where}: link ${href}`);
			}
		}
		for (const ending of scenario.endings) {
			const box = section.locator(`[data-ending="${ending.id}"]`);
			const shown = (await box.count()) === 1 ? await textOf(box) : '';
			const [debrief] = await textsOf(page, [ending.debriefHtml]);
			if (!shown.includes(debrief!)) problems.push(`${scenario.id}/${ending.id}: debrief`);
			if (!shown.includes(`Outcome: ${ending.outcome} outcome`)) problems.push(`${scenario.id}/${ending.id}: outcome`);
		}
	}
	expect(problems).toEqual([]);
});

test('the printed guide has no site chrome, breaks before each module and prints links as text', async ({ page }) => {
	await page.goto(`${site.url}${COURSE}/guide/`);
	await expect(page.locator('.site-header')).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.site-header')).toBeHidden();
	await expect(page.locator('.site-footer')).toBeHidden();
	await expect(page.locator('[data-guide-print]')).toBeHidden();
	const modules = page.locator('[data-guide-module]');
	await expect(modules).toHaveCount(siteModules.length);
	const breaks = await modules.evaluateAll((els) => els.map((el) => getComputedStyle(el).breakBefore));
	expect(new Set(breaks)).toEqual(new Set(['page']));
	const link = page.locator('.guide-leads-to a').first();
	expect(await link.evaluate((a) => getComputedStyle(a).textDecorationLine)).toBe('none');
	expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toMatch(/^(none|normal)$/);
	// Wide maps shrink to the paper instead of being cut off.
	const overflow = await page.locator('.guide-map svg').evaluateAll((svgs) => svgs.filter((s) => s.getBoundingClientRect().width > (s.parentElement?.clientWidth ?? 0) + 1).length);
	expect(overflow).toBe(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`the guide has no WCAG 2.1 A/AA violations (${colorScheme})`, async ({ page }) => {
		// The guide holds the whole course, so axe needs longer than on one module page.
		test.setTimeout(180_000);
		await page.emulateMedia({ colorScheme });
		await page.goto(`${site.url}${COURSE}/guide/`);
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
		expect(results.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.help}: ${v.nodes[0]?.target}`)).toEqual([]);
	});
}

test('the guide is readable at 320 px: only the maps scroll sideways, inside their own box', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	await page.goto(`${site.url}${COURSE}/guide/`);
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow).toBe(0);
	const map = page.locator('.guide-map').first();
	await expect(map).toHaveAttribute('tabindex', '0');
	await expect(map).toHaveAttribute('role', 'region');
});
