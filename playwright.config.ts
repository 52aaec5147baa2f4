import { defineConfig } from '@playwright/test';
import { chromiumPath } from './tests/e2e/helpers/chromium';

// End-to-end tests run against built sites in Debian's Chromium (Playwright cannot download
// its own browser here). One worker: the machines are small and the tests share builds.
export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.spec.ts',
	// Playwright empties its output folder on start: keep it apart from the vitest report and
	// the fixture builds that also live in test-results/.
	outputDir: 'test-results/e2e-artifacts',
	globalSetup: './tests/e2e/global-setup.ts',
	workers: 1,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
	use: {
		browserName: 'chromium',
		launchOptions: {
			executablePath: chromiumPath(),
			args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
		},
	},
});
