import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { buildFixtureSite } from './helpers/build-site';
import { serveSite, type ServedSite } from './helpers/serve-site';

// The learner's side of a role-play (issue 4), played by keyboard on the role-play fixture
// (tests/fixtures/sites/role-play): every kind of ending, resume after reload, step back,
// restart, the debrief's numbers, the live region, accessibility, and the trainers' map page.
//
// Expected totals are worked out by hand from 01-night-shift.mdx (dimensions respect, safety,
// clinical care). Over every simple path from "arrival" to an ending:
//   respect: best 2 (private-room), worst -2 (blame); safety: best 2 (private-room + full-care),
//   worst -1 (police-first after private-room or care-first); clinical care: best 2, worst -1.
const BEST = { Respect: '2', Safety: '2', 'Clinical care': '2' };
const WORST = { Respect: '-2', Safety: '-1', 'Clinical care': '-1' };
const MODULE = 'care-practice/night-shift/index.html';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let site: ServedSite;
test.beforeAll(async () => {
	// Served under a sub-path, so portraits and island URLs must be relative to work.
	site = await serveSite(buildFixtureSite('role-play'), '/training/');
});
test.afterAll(() => site.close());

const rolePlay = (page: Page) => page.locator('section[data-scenario="night-shift"]');
const choices = (page: Page) => page.getByRole('group', { name: 'What do you say or do?' });

/** Opens the module with the island hydrated (its buttons exist only once it is interactive). */
async function openModule(page: Page): Promise<void> {
	await page.goto(`${site.url}${MODULE}`);
	await rolePlay(page).scrollIntoViewIfNeeded();
	await expect(choices(page)).toBeVisible();
}

/** Moves focus with Tab (up to 40 presses) to the button whose name contains `name`, then presses Enter. */
async function pressButton(page: Page, name: string): Promise<void> {
	for (let i = 0; i < 40; i++) {
		const focused = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			return el?.tagName === 'BUTTON' ? (el.textContent ?? '').trim() : '';
		});
		if (focused.includes(name)) {
			await page.keyboard.press('Enter');
			return;
		}
		await page.keyboard.press('Tab');
	}
	throw new Error(`No button containing "${name}" could be reached with the Tab key.`);
}

/** The heading the focus is on, or '' when focus is elsewhere. */
async function focusedHeading(page: Page): Promise<string> {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		return el && /^H[1-6]$/.test(el.tagName) ? (el.textContent ?? '').trim() : '';
	});
}

/** Reads the debrief totals table as { dimension: [yours, best, worst] }. */
async function readTotals(page: Page): Promise<Record<string, string[]>> {
	const rows = page.locator('.scenario-debrief table tbody tr');
	const out: Record<string, string[]> = {};
	for (const row of await rows.all()) {
		const name = (await row.locator('th').textContent())!.trim();
		out[name] = (await row.locator('td').allTextContents()).map((s) => s.trim());
	}
	return out;
}

function expectedTotals(mine: Record<string, string>): Record<string, string[]> {
	return Object.fromEntries(
		Object.keys(BEST).map((d) => [d, [mine[d]!, BEST[d as keyof typeof BEST], WORST[d as keyof typeof WORST]]])
	);
}

test('the good ending, by keyboard: feedback, revealed thoughts, debrief totals and path', async ({ page }) => {
	const problems: string[] = [];
	page.on('pageerror', (e) => problems.push(e.message));
	page.on('console', (m) => {
		if (m.type() === 'error' && /react|hydrat/i.test(m.text())) problems.push(m.text());
	});
	await openModule(page);
	await expect(rolePlay(page).getByRole('img', { name: 'A woman with dark hair in a green top' })).toBeVisible();
	await pressButton(page, 'Ask her quietly to come to a private room.');
	// Focus goes to the feedback of the response, never back to the page body.
	expect(await focusedHeading(page)).toBe('Feedback');
	const log = rolePlay(page).locator('[role="log"][aria-live="polite"]');
	await expect(log).toContainText('Privacy lets her say what happened.');
	await expect(log).toContainText('What Meena was thinking');
	await expect(log).toContainText('If they find out what I do, they will send me away.');
	await expect(log).toContainText('Two men hurt me, the night before last.');
	await expect(log).toContainText('Meena thinks');
	await pressButton(page, 'Offer PEP');
	expect(await focusedHeading(page)).toBe('Feedback');
	await expect(log).toContainText('She is inside the 72-hour window for PEP.');
	await expect(log).toContainText('Thank you. I will come back for the follow-up.');
	const debrief = page.locator('.scenario-debrief');
	await expect(debrief.getByRole('heading', { name: 'Debrief' })).toBeVisible();
	await expect(debrief).toContainText('She gets the care she came for');
	await expect(debrief.locator('.scenario-outcome')).toHaveText('Good outcome');
	await expect(debrief).toContainText('Why it worked:');
	expect(await readTotals(page)).toEqual(expectedTotals({ Respect: '2', Safety: '2', 'Clinical care': '2' }));
	const steps = debrief.locator('.scenario-path > li');
	await expect(steps).toHaveCount(2);
	await expect(steps.nth(0)).toContainText('2 a.m., emergency department');
	await expect(steps.nth(0)).toContainText('Ask her quietly to come to a private room.');
	await expect(steps.nth(0)).toContainText('Privacy lets her say what happened.');
	await expect(steps.nth(1)).toContainText('She tells you what happened');
	await expect(steps.nth(1)).toContainText('Offer PEP, emergency contraception and STI prophylaxis');
	await expect(choices(page)).toHaveCount(0);
	expect(problems).toEqual([]);
});

test('the mixed ending through the registration desk', async ({ page }) => {
	await openModule(page);
	await pressButton(page, 'Send her to the desk');
	await expect(rolePlay(page).getByRole('heading', { name: 'At the registration desk' })).toBeVisible();
	await expect(rolePlay(page).locator('[role="log"]')).toContainText('Asha');
	await pressButton(page, 'Tell Asha that care comes first');
	await pressButton(page, 'Give an antibiotic injection');
	const debrief = page.locator('.scenario-debrief');
	await expect(debrief.locator('.scenario-outcome')).toHaveText('Mixed outcome');
	await expect(debrief).toContainText('Half the care');
	// ask-papers (respect -1), care-first (respect +1, safety +1), antibiotic-only (clinical care -1).
	expect(await readTotals(page)).toEqual(expectedTotals({ Respect: '0', Safety: '1', 'Clinical care': '-1' }));
	await expect(debrief.locator('.scenario-path > li')).toHaveCount(3);
});

test('the poor ending after a stigmatising response, which looks like any other choice', async ({ page }) => {
	await openModule(page);
	const blame = choices(page).getByRole('button', { name: 'In your line of work' });
	const other = choices(page).getByRole('button', { name: 'Ask her quietly' });
	expect(await blame.getAttribute('class')).toBe(await other.getAttribute('class'));
	await pressButton(page, 'In your line of work');
	const debrief = page.locator('.scenario-debrief');
	await expect(debrief.locator('.scenario-outcome')).toHaveText('Poor outcome');
	await expect(debrief).toContainText('She leaves without care');
	await expect(debrief).toContainText('This response was stigmatising.');
	await expect(debrief).toContainText('nobody deserves violence');
	expect(await readTotals(page)).toEqual(expectedTotals({ Respect: '-2', Safety: '0', 'Clinical care': '0' }));
});

test('a response that loops back shows its feedback and starts the scene again with its points undone', async ({ page }) => {
	await openModule(page);
	await pressButton(page, 'Send her to the desk');
	await pressButton(page, 'Apologise to Meena');
	expect(await focusedHeading(page)).toBe('Feedback');
	await expect(rolePlay(page).locator('[role="log"]')).toContainText('You go back to Meena and start the conversation again.');
	await expect(choices(page).getByRole('button', { name: 'Ask her quietly' })).toBeVisible();
	await pressButton(page, 'Ask her quietly');
	await pressButton(page, 'Offer PEP');
	// The loop's points (respect -1 then +1) are gone: the totals are those of the direct path.
	expect(await readTotals(page)).toEqual(expectedTotals({ Respect: '2', Safety: '2', 'Clinical care': '2' }));
	await expect(page.locator('.scenario-path > li')).toHaveCount(2);
});

test('a reload mid-conversation resumes at the same scene', async ({ page }) => {
	await openModule(page);
	await pressButton(page, 'Send her to the desk');
	await pressButton(page, 'Tell Asha that care comes first');
	await expect(choices(page).getByRole('button', { name: 'Offer PEP' })).toBeVisible();
	await page.reload();
	await rolePlay(page).scrollIntoViewIfNeeded();
	await expect(choices(page).getByRole('button', { name: 'Offer PEP' })).toBeVisible();
	await expect(rolePlay(page).locator('[data-current-heading]')).toHaveText('She tells you what happened');
	const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('peercourse:v1:progress:care-practice') ?? '{}'));
	expect(saved.blocks['night-shift'].st).toMatchObject({ scene: 'listen', path: ['ask-papers', 'care-first'] });
	expect(saved.blocks['night-shift'].sum).toEqual({ d: false });
});

test('"Try a different response" steps back one choice, and focus goes to that scene', async ({ page }) => {
	await openModule(page);
	await pressButton(page, 'Ask her quietly');
	await pressButton(page, 'Give an antibiotic injection');
	await expect(page.locator('.scenario-debrief')).toContainText('Half the care');
	await pressButton(page, 'Try a different response');
	expect(await focusedHeading(page)).toBe('She tells you what happened');
	await expect(page.locator('.scenario-debrief')).toHaveCount(0);
	await pressButton(page, 'Offer PEP');
	await expect(page.locator('.scenario-debrief')).toContainText('She gets the care she came for');
	await pressButton(page, 'Try a different response');
	await pressButton(page, 'Try a different response');
	expect(await focusedHeading(page)).toBe('2 a.m., emergency department');
	await expect(page.getByRole('button', { name: 'Try a different response' })).toHaveCount(0);
});

test('reaching an ending makes the module done, and restarting keeps it done', async ({ page }) => {
	await openModule(page);
	const status = page.locator('[data-module-status="night-shift"]');
	await expect(status).toHaveText('In progress');
	await pressButton(page, 'Ask her quietly');
	await pressButton(page, 'Tell her you must call the police');
	await expect(page.locator('.scenario-debrief .scenario-outcome')).toHaveText('Poor outcome');
	await expect(status).toHaveText('Done');
	await expect(page.getByText('You have finished this module.')).toBeVisible();
	await pressButton(page, 'Start the role-play again');
	expect(await focusedHeading(page)).toBe('2 a.m., emergency department');
	await expect(choices(page).getByRole('button', { name: 'Ask her quietly' })).toBeVisible();
	await page.reload();
	await expect(page.locator('[data-module-status="night-shift"]')).toHaveText('Done');
	await page.goto(`${site.url}care-practice/index.html`);
	await expect(page.locator('[data-module-status="night-shift"]')).toHaveText('Done');
});

test('each choice and each ending is handed to the tracker as a learning record', async ({ page }) => {
	// The local back-end keeps no records, so listen where the tracker hands them over.
	await page.addInitScript(() => {
		(window as unknown as { peercourseHost: unknown }).peercourseHost = {
			backend: () => {
				const w = window as unknown as { records: unknown[] };
				w.records = [];
				let text: string | null = null;
				return {
					kind: 'memory',
					load: () => text,
					save: (t: string) => (text = t),
					setAside: () => {},
					clear: () => (text = null),
					record: (r: unknown) => w.records.push(r),
				};
			},
		};
	});
	await openModule(page);
	await pressButton(page, 'Ask her quietly');
	await pressButton(page, 'Offer PEP');
	await expect(page.locator('.scenario-debrief')).toBeVisible();
	const records = await page.evaluate(() => (window as unknown as { records: Record<string, unknown>[] }).records);
	expect(records.map((r) => r.kind)).toEqual(['scenario-choice', 'scenario-choice', 'scenario-ending']);
	expect(records[0]).toMatchObject({ courseId: 'care-practice', moduleId: 'night-shift', scenarioId: 'night-shift', sceneId: 'arrival', choiceId: 'private-room', choiceIds: ['private-room', 'ask-papers', 'blame'] });
	expect(records[2]).toMatchObject({ endingId: 'good-care', outcome: 'good', totals: { respect: 2, safety: 2, 'clinical-care': 2 }, best: { respect: 2, safety: 2, 'clinical-care': 2 } });
});

test('no WCAG 2.1 A/AA violations at the start, mid-way and at the debrief', async ({ page }) => {
	const check = async (when: string) => {
		// New turns slide in over 160 ms; measure once they are in place.
		await page.waitForFunction(() => document.getAnimations().every((a) => a.playState === 'finished'));
		const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
		expect(results.violations.map((v) => `${when}: ${v.id} ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
	};
	await openModule(page);
	await check('start');
	await pressButton(page, 'Send her to the desk');
	await check('mid-way');
	await pressButton(page, 'Tell Asha that care comes first');
	await pressButton(page, 'Offer PEP');
	await expect(page.locator('.scenario-debrief')).toBeVisible();
	await check('debrief');
	await page.emulateMedia({ colorScheme: 'dark' });
	await check('debrief (dark)');
});

test('without JavaScript, the introduction and the first scene are readable', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`${site.url}${MODULE}`);
	const block = rolePlay(page);
	await expect(block).toContainText('You are the doctor on night duty in a district hospital.');
	await expect(block).toContainText("I just need an injection so I don't get infection.");
	await expect(block.getByRole('listitem').filter({ hasText: 'Ask her quietly to come to a private room.' })).toBeVisible();
	expect(await page.content()).toMatch(/<noscript><p class="notice">This role-play needs JavaScript/);
	await context.close();
});

test('new turns slide in, except when the learner prefers reduced motion', async ({ page }) => {
	const lastTurnAnimation = () => page.locator('.scenario-turn').last().evaluate((el) => getComputedStyle(el).animationName);
	await openModule(page);
	await pressButton(page, 'Ask her quietly');
	expect(await lastTurnAnimation()).toBe('scenario-appear');
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await pressButton(page, 'Offer PEP');
	expect(await lastTurnAnimation()).toBe('none');
});

test('the role-play and the trainers’ page fit a 320 px screen without sideways scrolling', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	await openModule(page);
	await pressButton(page, 'Ask her quietly');
	await pressButton(page, 'Offer PEP');
	await expect(page.locator('.scenario-debrief')).toBeVisible();
	expect(await overflow()).toBe(0);
	await page.goto(`${site.url}care-practice/authors/index.html`);
	expect(await overflow()).toBe(0);
});

test('the trainers’ page shows a map with every scene and ending, a text outline and the totals', async ({ page }) => {
	await page.goto(`${site.url}care-practice/index.html`);
	await page.getByRole('link', { name: 'For trainers: role-play maps' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'For trainers: role-play maps' })).toBeVisible();
	const section = page.locator('[data-authors-scenario="night-shift"]');
	await expect(section.getByRole('heading', { name: 'An injection for infection' })).toBeVisible();
	await expect(section.getByRole('link', { name: 'A night shift' })).toBeVisible();
	const svg = section.locator('svg');
	await expect(svg).toHaveCount(1);
	await expect(section.getByRole('img', { name: /Scenario map: An injection for infection/ })).toBeVisible();
	const nodeIds = await svg.locator('g[data-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')).sort());
	expect(nodeIds).toEqual(['arrival', 'good-care', 'left', 'listen', 'papers', 'partial']);
	for (const id of ['arrival', 'papers', 'listen']) await expect(section.locator(`[data-outline-scene="${id}"]`)).toBeVisible();
	await expect(section.locator('[data-outline-choice="start-again"]')).toContainText('leads to the scene arrival');
	await expect(section.locator('[data-outline-choice="blame"]')).toContainText('leads to the ending left (Poor outcome)');
	await expect(section.locator('[data-outline-choice="blame"]')).toContainText('stigmatising');
	const overall = section.locator('tr[data-ending="*"] td');
	await expect(overall).toHaveText(['−2 to +2', '−1 to +2', '−1 to +2']);
	await expect(section.locator('tr[data-ending="good-care"] td')).toHaveText(['0 to +2', '+2 to +2', '+2 to +2']);
	await expect(section.getByText('No warnings.')).toBeVisible();
	const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
	expect(results.violations.map((v) => `${v.id} ${v.help}`)).toEqual([]);
});

test('the module page with its role-play stays within 90 KB gzip, React included', async ({ browser }) => {
	// A first visit (no service worker cache), the island hydrated. The test server does not
	// compress, so text responses are gzipped here as a web server would; images count as sent.
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	const files: Promise<{ url: string; bytes: number }>[] = [];
	page.on('response', (response) => {
		if (response.status() !== 200) return;
		const text = /^(text|application\/(json|javascript|manifest)|image\/svg)/.test(response.headers()['content-type'] ?? '');
		files.push(response.body().then((body) => ({ url: response.url().replace(site.url, ''), bytes: text ? gzipSync(body).length : body.length })));
	});
	await openModule(page);
	await page.waitForLoadState('networkidle');
	const sizes = await Promise.all(files);
	const total = sizes.reduce((sum, s) => sum + s.bytes, 0);
	const report = sizes.map((s) => `${(s.bytes / 1024).toFixed(1).padStart(6)} KB  ${s.url}`).join('\n');
	test.info().annotations.push({ type: 'page weight (gzip)', description: `${(total / 1024).toFixed(1)} KB` });
	console.log(`Module page with a role-play, gzip: ${(total / 1024).toFixed(1)} KB in ${sizes.length} files\n${report}`);
	expect(sizes.some((s) => s.url.includes('ScenarioView'))).toBe(true);
	expect(sizes.some((s) => s.url.includes('client.'))).toBe(true);
	expect(total).toBeLessThanOrEqual(90 * 1024);
	await context.close();
});
