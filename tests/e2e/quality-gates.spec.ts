import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGETS, budgetProblem, codeBytes } from '../../scripts/bench/budgets';
import { measurePage } from '../../scripts/bench/measure-pages';
import { readCourses } from '../../src/build/read-courses';
import { buildFixtureSite } from './helpers/build-site';
import { serveSite, type ServedSite } from './helpers/serve-site';

// Gates on the built sample site: valid HTML everywhere, and byte budgets per page type.
function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === 'scorm' ? [] : htmlFiles(path);
		return path.endsWith('.html') ? [path] : [];
	});
}

test('every built page is valid HTML', async () => {
	const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
	const problems: string[] = [];
	for (const file of htmlFiles('dist')) {
		const report = await validator.validateFile(file);
		for (const r of report.results) for (const m of r.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
	}
	expect(problems).toEqual([]);
});

test.describe('byte budgets', () => {
	let site: ServedSite;
	test.beforeAll(async () => {
		site = await serveSite('dist');
	});
	test.afterAll(() => site.close());

	test('module pages stay within their budgets, and search adds nothing until opened', async ({ browser }) => {
		const course = readCourses().find((c) => c.slug === 'respectful-care')!;
		const problems: string[] = [];
		for (const m of course.modules) {
			const url = `${site.url}respectful-care/${m.slug}/index.html`;
			const weight = await measurePage(browser, url);
			const budget = m.blocks.length ? BUDGETS.interactiveModule : BUDGETS.textModule;
			const problem = budgetProblem(`respectful-care/${m.slug}`, weight, budget);
			if (problem) problems.push(problem);
			expect(weight.byKind.data.raw, 'no search index before search opens').toBe(0);
			expect(codeBytes(weight)).toBeGreaterThan(1000);
		}
		expect(problems).toEqual([]);
	});

	test('a text-only module page stays within 10 KB with no JavaScript beyond the tracker', async ({ browser }) => {
		const minimal = await serveSite(buildFixtureSite('minimal'));
		try {
			const weight = await measurePage(browser, `${minimal.url}first-aid-basics/welcome/index.html`);
			expect(budgetProblem('first-aid-basics/welcome', weight, BUDGETS.textModule)).toBeUndefined();
			expect(weight.largest.map((l) => l.url)).not.toContainEqual(expect.stringMatching(/client\.|react|lunr|search-dialog/));
		} finally {
			await minimal.close();
		}
	});

	test('a page that imports a large library fails the budget, naming the cause', async ({ browser }) => {
		const heavy = await serveSite(buildFixtureSite('heavy'));
		try {
			const weight = await measurePage(browser, `${heavy.url}heavy-course/heavy/index.html`);
			const problem = budgetProblem('heavy-course/heavy', weight, BUDGETS.textModule);
			expect(problem).toMatch(/^The page "heavy-course\/heavy" downloads \d+\.\d KB gzip of HTML, CSS and JavaScript, over its budget of 10 KB\. Largest downloads: /);
			expect(problem).toMatch(/HeavyWidget|scorm-again|client/);
		} finally {
			await heavy.close();
		}
	});
});
