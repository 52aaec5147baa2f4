import { describe, expect, it } from 'vitest';
import { buildManifest } from '~/lib/scorm/build-manifest';
import { checkPackage } from '~/lib/scorm/check-package';

const files = ['imsmanifest.xml', 'index.html', 'modules/01-why.html', 'images/Clinic.png'];
const good = buildManifest({
	version: '1.2',
	course: { id: 'respectful-care', title: 'Respectful care' },
	launchHref: 'index.html',
	files: files.slice(1),
});

const codes = (issues: { code: string }[]) => issues.map((i) => i.code);

describe('checkPackage', () => {
	it('accepts a package built by buildManifest', () => {
		expect(checkPackage({ manifestXml: good, files })).toEqual([]);
	});

	it('catches an identifierref that names no resource, with a suggestion', () => {
		const xml = good.replace(
			'identifierref="RES-respectful-care"',
			'identifierref="RES-respectful-cares"'
		);
		const issues = checkPackage({ manifestXml: xml, files });
		expect(codes(issues)).toEqual(['SCORM_IDENTIFIERREF_UNKNOWN']);
		expect(issues[0]!.file).toBe('imsmanifest.xml');
		expect(issues[0]!.message).toContain('Did you mean "RES-respectful-care"?');
	});

	it('catches an organizations default that names no organization', () => {
		const xml = good.replace('default="ORG-respectful-care"', 'default="ORG-other"');
		expect(codes(checkPackage({ manifestXml: xml, files }))).toEqual([
			'SCORM_IDENTIFIERREF_UNKNOWN',
		]);
	});

	it('catches a listed file that is missing from the package', () => {
		const issues = checkPackage({
			manifestXml: good,
			files: files.filter((f) => f !== 'modules/01-why.html'),
		});
		expect(codes(issues)).toEqual(['SCORM_FILE_MISSING']);
		expect(issues[0]!.message).toContain('"modules/01-why.html"');
	});

	it('catches a case mismatch between the manifest and the package', () => {
		const xml = good.replace('href="images/Clinic.png"', 'href="images/clinic.png"');
		const issues = checkPackage({ manifestXml: xml, files });
		expect(codes(issues)).toEqual(['SCORM_HREF_CASE_MISMATCH', 'SCORM_FILE_UNLISTED']);
		expect(issues[0]!.message).toContain('"images/Clinic.png"');
		expect(issues[1]!.severity).toBe('warning');
	});

	it('catches spaces, odd characters and non-ASCII in paths, on the offending file', () => {
		const odd = [
			'my file.js',
			'a#b.html',
			'plus+.css',
			'cafés.html',
			"it's.png",
			'q?.html',
			'50%.png',
		];
		const xml = buildManifest({
			version: '2004-4th',
			course: { id: 'c', title: 'C' },
			launchHref: 'index.html',
			files: ['index.html', ...odd],
		});
		const issues = checkPackage({
			manifestXml: xml,
			files: ['imsmanifest.xml', 'index.html', ...odd],
		});
		const onFiles = issues.filter((i) => i.file !== 'imsmanifest.xml');
		expect(onFiles.map((i) => i.file)).toEqual(odd);
		expect(onFiles.every((i) => i.code === 'SCORM_PATH_UNSAFE')).toBe(true);
		expect(onFiles[0]!.message).toBe('The file path "my file.js" contains a space.');
		// The manifest hrefs are reported too, once each.
		expect(issues.filter((i) => i.file === 'imsmanifest.xml')).toHaveLength(odd.length);
	});

	it('catches a manifest inside a folder instead of at the root', () => {
		const nested = ['course/imsmanifest.xml', ...files.slice(1)];
		const issues = checkPackage({ manifestXml: good, files: nested });
		expect(codes(issues)).toContain('SCORM_MANIFEST_NOT_AT_ROOT');
		expect(issues[0]!.message).toContain('"course/imsmanifest.xml"');
	});

	it('catches duplicate and non-NCName identifiers', () => {
		const xml = good
			.replace('identifier="ITEM-respectful-care"', 'identifier="ORG-respectful-care"')
			.replace('identifier="MANIFEST-respectful-care"', 'identifier="1 bad"');
		expect(codes(checkPackage({ manifestXml: xml, files }))).toEqual([
			'SCORM_IDENTIFIER_INVALID',
			'SCORM_IDENTIFIER_DUPLICATE',
		]);
	});

	it('catches external hrefs and unreadable XML without throwing', () => {
		const xml = good.replace(
			'<file href="modules/01-why.html"/>',
			'<file href="https://cdn.example.org/app.js"/>'
		);
		expect(
			codes(
				checkPackage({ manifestXml: xml, files: files.filter((f) => !f.startsWith('modules')) })
			)
		).toEqual(['SCORM_HREF_EXTERNAL']);
		expect(codes(checkPackage({ manifestXml: '<nope', files }))).toEqual([
			'SCORM_MANIFEST_UNREADABLE',
		]);
		expect(codes(checkPackage({ manifestXml: '<package/>', files }))).toEqual([
			'SCORM_MANIFEST_UNREADABLE',
		]);
	});

	it('applies xml:base to hrefs and ignores a resource href query string', () => {
		const xml = good
			.replace('<resource ', '<resource xml:base="modules/" ')
			.replace('href="index.html"', 'href="01-why.html?start=1"')
			.replace(/\s*<file href="index.html"\/>/, '')
			.replace(/\s*<file href="images\/Clinic.png"\/>/, '')
			.replace('<file href="modules/01-why.html"/>', '<file href="01-why.html"/>');
		expect(
			codes(checkPackage({ manifestXml: xml, files: ['imsmanifest.xml', 'modules/01-why.html'] }))
		).toEqual([]);
	});
});
