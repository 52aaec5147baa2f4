/**
 * Runs the real `xmllint` against the shared SCORM wrapper schemas, exactly as
 * /work/shared/scorm-schemas/README.md shows. Node-only (tests only).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ScormVersion } from '~/lib/scorm/versions';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** `SCORM_SCHEMAS_DIR`, or `../shared/scorm-schemas` next to the repository. */
export const SCHEMAS_DIR =
	process.env.SCORM_SCHEMAS_DIR ?? resolve(repoRoot, '../shared/scorm-schemas');

const hasSchemas = existsSync(join(SCHEMAS_DIR, 'scorm12', 'scorm12_all.xsd'));
const hasXmllint = !spawnSync('xmllint', ['--version']).error;

/** Why schema tests cannot run here, or undefined when they can. */
export const XMLLINT_MISSING = !hasXmllint
	? 'xmllint is not installed (apt-get install libxml2-utils)'
	: !hasSchemas
		? `the SCORM schemas are not at ${SCHEMAS_DIR} (set SCORM_SCHEMAS_DIR)`
		: undefined;

if (XMLLINT_MISSING)
	console.warn(`[scorm tests] Skipping xmllint schema validation: ${XMLLINT_MISSING}.`);

/** The wrapper schema for each version; 3rd Edition uses the 4th Edition set (same namespaces). */
export function wrapperSchema(version: ScormVersion, noImsmd = false): string {
	if (version === '1.2')
		return join(SCHEMAS_DIR, 'scorm12', noImsmd ? 'scorm12_noimsmd.xsd' : 'scorm12_all.xsd');
	return join(SCHEMAS_DIR, 'scorm2004-4th', 'scorm2004_4th_all.xsd');
}

/** Known libxml2 noise from the original `ims_xml.xsd` (README "Known noise"). */
const NOISE = [
	/xml namespace URI cannot be the default namespace/,
	/^filename=ims_xml\.xsd/,
	/^ *\^$/,
];

/** Validates manifest text; status 0 = valid, 3 = invalid, 5 = schema did not compile. */
export function validateWithXmllint(
	xml: string,
	schema: string
): { status: number; output: string } {
	const dir = mkdtempSync(join(tmpdir(), 'peercourse-manifest-'));
	try {
		const file = join(dir, 'imsmanifest.xml');
		writeFileSync(file, xml, 'utf8');
		const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, file], {
			encoding: 'utf8',
		});
		const output = `${run.stdout}${run.stderr}`
			.split('\n')
			.filter((line) => line !== '' && !NOISE.some((n) => n.test(line)))
			.join('\n');
		return { status: run.status ?? -1, output };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
