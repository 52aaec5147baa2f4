import { rmSync } from 'node:fs';
import { buildSite, FIXTURE_BUILDS } from './helpers/build-site';

/**
 * Builds the sample site into dist/ once for all end-to-end tests (unless the test runner
 * already did: PEERCOURSE_E2E_REUSE_DIST=1), and forgets fixture builds from earlier runs.
 */
export default function globalSetup(): void {
	rmSync(FIXTURE_BUILDS, { recursive: true, force: true });
	buildSite({ outDir: 'dist', reuse: process.env.PEERCOURSE_E2E_REUSE_DIST === '1' });
}
