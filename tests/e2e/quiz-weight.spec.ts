import { expect, test } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { buildFixtureSite } from './helpers/build-site';
import { openQuiz } from './helpers/quiz-keyboard';
import { serveSite, type ServedSite } from './helpers/serve-site';

// Health workers read on cheap phones over slow connections: a module page with a quiz,
// React included, must stay under 90 KB of gzip-compressed HTML, CSS and JavaScript.
const BUDGET = 90 * 1024;
let site: ServedSite;
test.beforeAll(async () => {
	site = await serveSite(buildFixtureSite('quiz-kinds'), '/');
});
test.afterAll(() => site.close());

const PAGES = [
	{ module: 'every-kind', quizzes: ['kinds-check'], what: 'a quiz with every kind of question' },
	{ module: 'question-bank', quizzes: ['warm-up', 'bank-check'], what: 'a practice quiz and a quiz drawn from a bank' },
];

for (const { module, quizzes, what } of PAGES) {
	test(`a page with ${what} weighs less than 90 KB gzip, its islands running`, async ({ browser }) => {
		// A first visit: no service worker cache in between.
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		const bodies: Promise<{ url: string; bytes: number }>[] = [];
		page.on('response', (response) => {
			const type = response.headers()['content-type'] ?? '';
			if (!/javascript|css|html/.test(type)) return;
			bodies.push(response.body().then((body) => ({ url: response.url(), bytes: gzipSync(body).length })));
		});
		await page.goto(`${site.url}quiz-practice/${module}/index.html`);
		for (const id of quizzes) await openQuiz(page, id);
		await page.waitForLoadState('networkidle');
		const files = await Promise.all(bodies);
		const total = files.reduce((sum, f) => sum + f.bytes, 0);
		const list = files.map((f) => `${(f.bytes / 1024).toFixed(1).padStart(6)} KB  ${new URL(f.url).pathname}`).join('\n');
		const summary = `${(total / 1024).toFixed(1)} KB (${total} bytes, budget ${BUDGET})`;
		test.info().annotations.push({ type: 'page weight (gzip)', description: summary });
		console.log(`${module} page weight, gzip: ${summary}\n${list}`);
		expect(files.some((f) => f.url.includes('QuizView'))).toBe(true);
		expect(total).toBeLessThan(BUDGET);
		await context.close();
	});
}
