import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { decodeSuspendData } from '../../src/lib/scorm/suspend-data';
import { validateSetValueLog } from '../../src/lib/scorm/validate-set-value-log';
import { CONTENT_PREFIX, startLmsPreview, type LmsPreview } from '../../src/preview/preview-server';
import { buildFixtureSite } from './helpers/build-site';
import { serveSite } from './helpers/serve-site';

// SCORM packages as `npm run build` writes them, played in the LMS preview (scorm-again as the
// LMS, the package served under a deep path) on the scorm-small fixture: a page, a graded quiz
// and a role-play. Completion and reporting, resume after closing mid-way, an LMS that refuses
// commits, no API call after finishing, and no request outside the package.

type Family = '1.2' | '2004';
const ZIPS: Record<Family, string> = { '1.2': 'scorm-care-scorm12.zip', '2004': 'scorm-care-scorm2004.zip' };
const STATUS_TEXT = "Your progress is saved in your organisation's learning system.";

interface Call {
	session: number;
	name: string;
	args: string[];
	result: string;
	error: string;
	afterFinish: boolean;
}

const lms = (page: Page) => page.frameLocator('#lms-content');
const course = (page: Page) => lms(page).frameLocator('#pc-content');
const calls = (page: Page) => page.evaluate(() => (window as unknown as { lmsPreview: { state: { log: Call[] } } }).lmsPreview.state.log);
const saved = (page: Page) => page.evaluate(() => (window as unknown as { lmsPreview: { state: { saved: Record<string, any> | null } } }).lmsPreview.state.saved);
const preview = (page: Page, action: 'close' | 'relaunch') => page.evaluate((a) => (window as unknown as { lmsPreview: Record<string, () => void> }).lmsPreview[a]!(), action);
const refuse = (page: Page, value: boolean) => page.evaluate((v) => (window as unknown as { lmsPreview: { setRefuse(v: boolean): void } }).lmsPreview.setRefuse(v), value);

/** The saved data model's fields, named the same for both versions. */
function view(family: Family, data: Record<string, any> | null) {
	if (!data) return undefined;
	const core = family === '1.2' ? data.core : data;
	const decoded = decodeSuspendData(String(data.suspend_data ?? ''));
	return {
		status: family === '1.2' ? core.lesson_status : `${data.completion_status}/${data.success_status}`,
		score: core.score,
		location: family === '1.2' ? core.lesson_location : data.location,
		suspendData: String(data.suspend_data ?? ''),
		progress: decoded.ok ? (decoded.state as { done: Record<string, 1>; blocks: Record<string, { sum: { d: boolean; s?: number } }>; at?: string }) : undefined,
		interactions: Object.values(data.interactions ?? {}) as Record<string, string>[],
	};
}

/** Watches every request the package makes: each must stay under the package's folder. */
function watchRequests(page: Page, previewUrl: string): string[] {
	const outside: string[] = [];
	const prefix = new URL(CONTENT_PREFIX, previewUrl).href;
	page.on('request', (request) => {
		const frame = request.frame();
		if (frame === page.mainFrame()) return;
		if (!request.url().startsWith(prefix)) outside.push(request.url());
	});
	return outside;
}

async function answerQuiz(page: Page, right = true): Promise<void> {
	const quiz = course(page).locator('section.quiz:not(.quiz-static)[data-quiz="consent-check"]');
	await quiz.scrollIntoViewIfNeeded();
	const first = quiz.locator('fieldset[data-question="first-step"]');
	await first.getByRole('radio', { name: right ? 'Move to a private room and listen' : 'Ask her to report to the police' }).check();
	await first.getByRole('button', { name: /^Check answer/ }).click();
	await expect(first.locator('.quiz-feedback')).toContainText(right ? 'Correct' : 'Not quite');
	const second = quiz.locator('fieldset[data-question="disclose-job"]');
	await second.getByRole('radio', { name: 'False' }).check();
	await second.getByRole('button', { name: /^Check answer/ }).click();
	await expect(quiz.locator('.quiz-result-region')).toContainText(right ? 'You passed this quiz.' : 'You scored 50% in this attempt.');
}

async function playRolePlay(page: Page): Promise<void> {
	const rolePlay = course(page).locator('section[data-scenario="night-shift"]');
	await rolePlay.scrollIntoViewIfNeeded();
	await rolePlay.getByRole('button', { name: 'Ask her quietly to come to a private room.' }).click();
	await expect(rolePlay).toContainText('Ending: She gets the care she came for');
}

const heading = (page: Page) => course(page).getByRole('heading', { level: 1 });

for (const family of ['1.2', '2004'] as const) {
	test.describe(`SCORM ${family} package in the LMS preview`, () => {
		let server: LmsPreview;
		test.beforeAll(async () => {
			const site = buildFixtureSite('scorm-small');
			server = await startLmsPreview({ packagePath: join(site, 'scorm', ZIPS[family]) });
		});
		test.afterAll(() => server.close());

		test('a learner completes the course: status, score and interactions reach the LMS', async ({ page }) => {
			const outside = watchRequests(page, server.url);
			await page.goto(server.url);
			await expect(lms(page).locator('#pc-lms-status')).toHaveText(STATUS_TEXT);
			await expect(heading(page)).toHaveText('Tracking practice');
			await course(page).getByRole('link', { name: 'Start the course' }).click();
			await expect(heading(page)).toHaveText('Welcome');
			await course(page).getByRole('link', { name: 'Next: Consent check' }).click();
			await expect(heading(page)).toHaveText('Consent check');
			await answerQuiz(page);
			await course(page).getByRole('link', { name: 'Next: Night shift' }).click();
			await expect(heading(page)).toHaveText('Night shift');
			await playRolePlay(page);

			// Completion changed the status: committed at once.
			await expect.poll(async () => view(family, await saved(page))?.status).toBe(family === '1.2' ? 'passed' : 'completed/passed');
			const data = view(family, await saved(page))!;
			expect(data.score).toMatchObject(family === '1.2' ? { raw: '100', min: '0', max: '100' } : { raw: '100', min: '0', max: '100', scaled: '1' });
			expect(data.location).toBe('night-shift');
			expect(data.progress?.done).toEqual({ welcome: 1 });
			expect(data.progress?.blocks['consent-check']?.sum).toMatchObject({ d: true, s: 100 });
			if (family === '1.2') expect(data.suspendData.length).toBeLessThanOrEqual(4096);

			await lms(page).getByRole('button', { name: 'Save and exit' }).click();
			await expect(lms(page).getByRole('heading', { name: 'Your progress is saved' })).toBeFocused();
			const log = await calls(page);
			const sets = log.filter((c) => /SetValue$/.test(c.name) && c.result === 'true').map((c) => [c.args[0]!, c.args[1]!] as const);
			expect(validateSetValueLog(family, sets)).toEqual([]);
			const ids = sets.filter(([e]) => /^cmi\.interactions\.\d+\.id$/.test(e)).map(([, v]) => v);
			expect(ids).toEqual(['consent-check_consent-check_first-step', 'consent-check_consent-check_disclose-job', 'night-shift_night-shift_arrival', 'night-shift_night-shift_ending']);
			const results = sets.filter(([e]) => /\.result$/.test(e)).map(([, v]) => v);
			expect(results).toEqual(['correct', 'correct', 'neutral', 'neutral']);
			expect(log.filter((c) => ['LMSInitialize', 'Initialize'].includes(c.name))).toHaveLength(1);
			expect(log.filter((c) => ['LMSFinish', 'Terminate'].includes(c.name))).toHaveLength(1);
			expect(log.filter((c) => c.afterFinish)).toEqual([]);
			// No refused call, apart from 2004's 403 for reading a value never set (a first launch).
			const refused = log.filter((c) => c.error && c.error !== '0' && !c.name.includes('Error'));
			expect(refused.filter((c) => !(c.name === 'GetValue' && c.error === '403'))).toEqual([]);
			expect(outside).toEqual([]);
			expect(server.outside).toEqual([]);
		});

		test('a learner who closes mid-way lands where they were on relaunch, with quiz and role-play state', async ({ page }) => {
			await page.goto(server.url);
			await expect(heading(page)).toHaveText('Tracking practice');
			await course(page).getByRole('link', { name: 'Night shift' }).click();
			await playRolePlay(page);
			await course(page).getByRole('link', { name: 'Previous: Consent check' }).click();
			await expect(heading(page)).toHaveText('Consent check');
			await answerQuiz(page, false);
			await preview(page, 'close');
			const log = await calls(page);
			expect(log.filter((c) => ['LMSFinish', 'Terminate'].includes(c.name))).toHaveLength(1);
			// Everything must come back from the LMS, not from this browser.
			await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('peercourse:')).forEach((k) => localStorage.removeItem(k)));

			await preview(page, 'relaunch');
			await expect(lms(page).locator('#pc-lms-status')).toHaveText(STATUS_TEXT);
			await expect(heading(page)).toHaveText('Consent check');
			const quiz = course(page).locator('section.quiz:not(.quiz-static)[data-quiz="consent-check"]');
			await quiz.scrollIntoViewIfNeeded();
			await expect(quiz.locator('.quiz-result-region')).toContainText('You scored 50% in this attempt.');
			await expect(quiz.getByText('1 attempt left')).toBeVisible();
			await course(page).getByRole('link', { name: 'Next: Night shift' }).click();
			const rolePlay = course(page).locator('section[data-scenario="night-shift"]');
			await rolePlay.scrollIntoViewIfNeeded();
			await expect(rolePlay).toContainText('Ending: She gets the care she came for');
			const second = (await calls(page)).filter((c) => c.session === 2);
			expect(second.find((c) => /GetValue$/.test(c.name) && /entry$/.test(c.args[0]!))?.result).toBe('resume');
			expect(second.filter((c) => ['LMSInitialize', 'Initialize'].includes(c.name))).toHaveLength(1);
		});

		test('an LMS that refuses commits loses nothing once it recovers', async ({ page }) => {
			await page.goto(server.url);
			await expect(heading(page)).toHaveText('Tracking practice');
			await refuse(page, true);
			await course(page).getByRole('link', { name: 'Start the course' }).click();
			await course(page).getByRole('link', { name: 'Next: Consent check' }).click();
			await answerQuiz(page);
			expect(view(family, await saved(page))?.progress?.blocks ?? {}).toEqual({});
			// The window closes while the LMS is still refusing: its Finish fails too.
			await preview(page, 'close');
			expect(view(family, await saved(page))?.location ?? '').toBe('');

			await refuse(page, false);
			await preview(page, 'relaunch');
			await expect(heading(page)).toHaveText('Consent check');
			await expect.poll(async () => view(family, await saved(page))?.progress?.blocks['consent-check']?.sum.d).toBe(true);
			const data = view(family, await saved(page))!;
			expect(data.location).toBe('consent-check');
			expect(data.progress?.done).toEqual({ welcome: 1 });

			// Refused again mid-session, then recovered: the next commit carries everything.
			await refuse(page, true);
			await course(page).getByRole('link', { name: 'Next: Night shift' }).click();
			await playRolePlay(page);
			await refuse(page, false);
			await lms(page).getByRole('button', { name: 'Save and exit' }).click();
			const last = view(family, await saved(page))!;
			expect(last.status).toBe(family === '1.2' ? 'passed' : 'completed/passed');
			expect(last.progress?.blocks['night-shift']?.sum.d).toBe(true);
			expect((await calls(page)).filter((c) => c.afterFinish)).toEqual([]);
			expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':lms:')))).toEqual([]);
		});
	});
}

test('without an LMS the launch page says progress stays on this device, and the course still works', async ({ page }) => {
	const site = await serveSite(buildFixtureSite('scorm-small'), '/training/');
	try {
		await page.goto(`${site.url}scorm-care/launch/index.html`);
		await expect(page.locator('#pc-lms-status')).toHaveText('No learning system was found, so your progress is kept only on this device.');
		await expect(page.getByRole('button', { name: 'Save and exit' })).toBeHidden();
		const frame = page.frameLocator('#pc-content');
		await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Tracking practice');
		await frame.getByRole('link', { name: 'Start the course' }).click();
		await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Welcome');
		// The module page saves its bookmark once its script has run.
		await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('peercourse:v1:progress:scorm-care') ?? '{}').at)).toBe('welcome');
		const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).exclude('#pc-content').analyze();
		expect(axe.violations).toEqual([]);
	} finally {
		await site.close();
	}
});
