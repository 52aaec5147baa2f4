import { strFromU8, strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildZip, orderPackageFiles, sizeReport } from '~/lib/scorm/build-zip';

const files = [
	{ path: 'modules/01-why.html', data: strToU8('<h1>Why</h1>') },
	{ path: 'images/clinic.png', data: new Uint8Array([137, 80, 78, 71, 1, 2, 3]) },
	{ path: 'imsmanifest.xml', data: strToU8('<manifest/>') },
	{ path: 'index.html', data: strToU8('<!doctype html>'.repeat(50)) },
];

describe('buildZip', () => {
	it('round-trips every file with the manifest at the root, first', () => {
		const unzipped = unzipSync(buildZip(files));
		expect(Object.keys(unzipped)).toEqual([
			'imsmanifest.xml',
			'images/clinic.png',
			'index.html',
			'modules/01-why.html',
		]);
		expect(strFromU8(unzipped['imsmanifest.xml']!)).toBe('<manifest/>');
		expect(Array.from(unzipped['images/clinic.png']!)).toEqual([137, 80, 78, 71, 1, 2, 3]);
		expect(strFromU8(unzipped['index.html']!)).toBe('<!doctype html>'.repeat(50));
	});

	it('gives identical bytes for the same files in any input order', () => {
		expect(buildZip(files)).toEqual(buildZip([...files].reverse()));
	});

	it('refuses duplicate and escaping paths', () => {
		expect(() => buildZip([files[0]!, files[0]!])).toThrow('appears twice');
		expect(() => buildZip([{ path: '../x', data: new Uint8Array() }])).toThrow(
			'not a relative path'
		);
	});

	it('orders by code unit, not locale', () => {
		expect(
			orderPackageFiles([
				{ path: 'b' },
				{ path: 'B' },
				{ path: 'imsmanifest.xml' },
				{ path: '_a' },
			]).map((f) => f.path)
		).toEqual(['imsmanifest.xml', 'B', '_a', 'b']);
	});
});

describe('sizeReport', () => {
	it('totals bytes and lists the largest files first', () => {
		const report = sizeReport(files, 2);
		expect(report.fileCount).toBe(4);
		expect(report.totalBytes).toBe(12 + 7 + 11 + 750);
		expect(report.largest).toEqual([
			{ path: 'index.html', bytes: 750 },
			{ path: 'modules/01-why.html', bytes: 12 },
		]);
	});
});
