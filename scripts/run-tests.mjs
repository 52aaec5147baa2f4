#!/usr/bin/env node
// `npm test`: unit tests (vitest), then end-to-end tests (Playwright in Debian's Chromium),
// then one closing line `N passed, N failed` covering both runners, for people and for CI.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
	console.error(`Chromium was not found at ${chromium}. Install it with "sudo apt-get install chromium" or set CHROMIUM_PATH to a Chromium binary, then run "npm test" again.`);
	process.exit(1);
}
rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: process.stdout.isTTY ? '1' : '0' };
const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', env }).status ?? 1;

const onlyUnit = process.argv.includes('--unit');
const vitestCode = run(process.execPath, ['node_modules/vitest/vitest.mjs', 'run']);
const playwrightCode = onlyUnit ? 0 : run(process.execPath, ['node_modules/@playwright/test/cli.js', 'test']);

const counts = { passed: 0, failed: 0, skipped: 0 };
const vitest = readJson('test-results/vitest.json');
if (vitest) {
	counts.passed += vitest.numPassedTests;
	counts.failed += vitest.numFailedTests;
	counts.skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0);
} else counts.failed += 1; // the runner crashed before reporting
if (!onlyUnit) {
	const pw = readJson('test-results/playwright.json');
	if (pw?.stats) {
		counts.passed += pw.stats.expected + pw.stats.flaky;
		counts.failed += pw.stats.unexpected;
		counts.skipped += pw.stats.skipped;
		// Errors outside tests (global setup failing) leave no test result: count them.
		if (pw.errors?.length && !pw.stats.unexpected) counts.failed += pw.errors.length;
	} else counts.failed += 1;
}
const failedRun = vitestCode !== 0 || playwrightCode !== 0;
if (failedRun && counts.failed === 0) counts.failed = 1;
console.log(`\n${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
process.exit(counts.failed ? 1 : 0);

function readJson(path) {
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch {
		return undefined;
	}
}
