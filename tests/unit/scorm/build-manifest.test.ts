import { create } from 'xmlbuilder2';
import { describe, expect, it } from 'vitest';
import { buildManifest, listPackageFiles, type ManifestInput } from '~/lib/scorm/build-manifest';
import { checkPackage } from '~/lib/scorm/check-package';
import { SCORM_VERSIONS, type ScormVersion } from '~/lib/scorm/versions';
import { validateWithXmllint, wrapperSchema, XMLLINT_MISSING } from './xmllint-harness';

const files = [
	'index.html',
	'modules/01-why/index.html',
	'_astro/app.B1x-2_aB.css',
	'images/clinic.webp',
];

function input(version: ScormVersion, overrides: Partial<ManifestInput> = {}): ManifestInput {
	return {
		version,
		course: {
			id: 'respectful-care',
			title: 'Respectful care & <rights>',
			description: 'Rights-based care for sex workers, written by sex workers.',
			language: 'en',
			version: '1.0.0',
		},
		launchHref: 'index.html',
		files,
		...overrides,
	};
}

/** Reads text and attributes back with a real parser, so assertions do not depend on formatting. */
function parse(xml: string) {
	return create(xml).end({ format: 'object' }) as Record<string, any>;
}

/** Decoded text of every element with this local name (the object form keeps entities escaped). */
function textsOf(xml: string, localName: string): string[] {
	const root = create(xml).root().node as unknown as {
		getElementsByTagNameNS(ns: string, name: string): ArrayLike<{ textContent: string | null }>;
	};
	return Array.from(root.getElementsByTagNameNS('*', localName), (e) => e.textContent ?? '');
}

describe('buildManifest: schema validation with xmllint', () => {
	for (const version of SCORM_VERSIONS) {
		it.skipIf(XMLLINT_MISSING)(`${version} manifest validates against the wrapper schema`, () => {
			const result = validateWithXmllint(buildManifest(input(version)), wrapperSchema(version));
			expect(result.output).toContain('validates');
			expect(result.status).toBe(0);
		});
		it.skipIf(XMLLINT_MISSING)(
			`${version} manifest with a digit-first course id and mastery score validates`,
			() => {
				const xml = buildManifest(
					input(version, { course: { id: '1-intro', title: 'Intro' }, masteryScore: 80 })
				);
				expect(validateWithXmllint(xml, wrapperSchema(version)).status).toBe(0);
			}
		);
	}
	it.skipIf(XMLLINT_MISSING)(
		'1.2 manifest also validates without the imsmd schema (libxml2 >= 2.13)',
		() => {
			expect(
				validateWithXmllint(buildManifest(input('1.2')), wrapperSchema('1.2', true)).status
			).toBe(0);
		}
	);
	it.skipIf(XMLLINT_MISSING)('the harness can fail: a digit-first identifier is rejected', () => {
		const broken = buildManifest(input('2004-4th')).replace(
			/identifier="ITEM-[^"]+"/,
			'identifier="1-intro"'
		);
		expect(validateWithXmllint(broken, wrapperSchema('2004-4th')).status).toBe(3);
	});
});

describe('buildManifest: content', () => {
	it('writes the exact schemaversion strings', () => {
		const text = (v: ScormVersion) =>
			parse(buildManifest(input(v))).manifest.metadata.schemaversion;
		expect(text('1.2')).toBe('1.2');
		expect(text('2004-3rd')).toBe('2004 3rd Edition');
		expect(text('2004-4th')).toBe('2004 4th Edition');
	});

	it('derives NCName identifiers from a digit-first course id', () => {
		const m = parse(
			buildManifest(input('2004-4th', { course: { id: '1-intro', title: 'Intro' } }))
		).manifest;
		expect(m['@identifier']).toBe('MANIFEST-id-1-intro');
		expect(m.organizations['@default']).toBe('ORG-id-1-intro');
		expect(m.organizations.organization.item['@identifierref']).toBe('RES-id-1-intro');
		expect(m.resources.resource['@identifier']).toBe('RES-id-1-intro');
	});

	it('uses scormtype for 1.2 and scormType for 2004, and lists every file once', () => {
		const r12 = parse(buildManifest(input('1.2'))).manifest.resources.resource;
		const r04 = parse(buildManifest(input('2004-4th'))).manifest.resources.resource;
		expect(r12['@adlcp:scormtype']).toBe('sco');
		expect(r04['@adlcp:scormType']).toBe('sco');
		expect(r04['@href']).toBe('index.html');
		expect(r04.file.map((f: any) => f['@href'])).toEqual([
			'index.html',
			'_astro/app.B1x-2_aB.css',
			'images/clinic.webp',
			'modules/01-why/index.html',
		]);
	});

	it('gives 2004 items deliveryControls set by content, and 1.2 no masteryscore unless asked', () => {
		const item04 = parse(buildManifest(input('2004-4th'))).manifest.organizations.organization.item;
		expect(item04['imsss:sequencing']['imsss:deliveryControls']).toEqual({
			'@completionSetByContent': 'true',
			'@objectiveSetByContent': 'true',
		});
		expect(item04['imsss:sequencing']['imsss:objectives']).toBeUndefined();
		const item12 = parse(buildManifest(input('1.2'))).manifest.organizations.organization.item;
		expect(item12['adlcp:masteryscore']).toBeUndefined();
		const scored = parse(buildManifest(input('1.2', { masteryScore: 75 })));
		expect(scored.manifest.organizations.organization.item['adlcp:masteryscore']).toBe('75');
	});

	it('turns a 2004 mastery score into the primary objective minNormalizedMeasure', () => {
		const m = parse(buildManifest(input('2004-4th', { masteryScore: 80 }))).manifest;
		const objective =
			m.organizations.organization.item['imsss:sequencing']['imsss:objectives'][
				'imsss:primaryObjective'
			];
		expect(objective['@satisfiedByMeasure']).toBe('true');
		expect(objective['imsss:minNormalizedMeasure']).toBe('0.8');
	});

	it('keeps title, language, description and version in 2004 LOM and escapes markup', () => {
		const xml = buildManifest(input('2004-4th'));
		const m = parse(xml).manifest;
		expect(m['@version']).toBe('1.0.0');
		// organization title, item title, LOM title string
		expect(textsOf(xml, 'title').map((t) => t.trim())).toEqual(
			Array(3).fill('Respectful care & <rights>')
		);
		const general = m.metadata.lom.general;
		expect(general.title.string['@language']).toBe('en');
		expect(general.language).toBe('en');
		expect(general.description.string['#']).toContain('written by sex workers');
		expect(m.metadata.lom.lifeCycle.version.string['#']).toBe('1.0.0');
		expect(parse(buildManifest(input('1.2'))).manifest.metadata.lom).toBeUndefined();
	});

	it('leaves out a language that is not a valid xs:language', () => {
		const xml = buildManifest(
			input('2004-4th', { course: { id: 'x', title: 'X', language: 'en_GB' } })
		);
		expect(xml).not.toContain('en_GB');
	});

	it('passes its own package check', () => {
		const xml = buildManifest(input('2004-4th'));
		expect(checkPackage({ manifestXml: xml, files: ['imsmanifest.xml', ...files] })).toEqual([]);
	});

	it('orders files launch page first, skips the manifest and duplicates', () => {
		expect(
			listPackageFiles(['b.js', 'imsmanifest.xml', 'a.css', 'start.html', 'b.js'], 'start.html')
		).toEqual(['start.html', 'a.css', 'b.js']);
	});
});
