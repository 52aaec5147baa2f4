/** The role-play of the e2e fixture course, extracted as the build does, for the UI helper tests. */
import { readFileSync } from 'node:fs';
import type { RootContent } from 'mdast';
import { isJsxElement } from '~/lib/mdx/jsx-attributes';
import { parseMdx } from '~/lib/mdx/parse-mdx';
import { extractScenario } from '~/lib/scenario/extract-scenario';
import type { Scenario } from '~/lib/scenario/types';

/** Project-relative path of the fixture module. */
export const FIXTURE_FILE = 'tests/fixtures/sites/role-play/care-practice/01-night-shift.mdx';

/** Extracts the fixture's `night-shift` role-play; fails the test on any extraction error. */
export function loadFixtureScenario(): Scenario {
	const tree = parseMdx(readFileSync(FIXTURE_FILE, 'utf8'));
	const node = tree.children.find(
		(n: RootContent) => isJsxElement(n) && (n as { name?: string }).name === 'Scenario'
	);
	if (!node) throw new Error(`No <Scenario> in ${FIXTURE_FILE}.`);
	const { scenario, issues } = extractScenario(node as never, FIXTURE_FILE);
	if (!scenario || issues.length) throw new Error(`The fixture role-play has issues: ${JSON.stringify(issues)}`);
	return scenario;
}
