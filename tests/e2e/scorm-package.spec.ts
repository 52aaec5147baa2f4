import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { validateWithXmllint, wrapperSchema, XMLLINT_MISSING } from '../unit/scorm/xmllint-harness';
import { courseDownloads } from '../../src/build/scorm/download-links';
import { buildFixtureSite } from './helpers/build-site';
import { crawlSite } from './helpers/crawl';
import { serveSite } from './helpers/serve-site';

// The packages themselves: what `npm run build` writes for every course, their manifests
// against the SCORM schemas, every link inside them served from an LMS-like deep path, the
// course page's download links, and `peercourse export` with its steps, report and failures.

const PREFIX = '/lms/pluginfile.php/42/mod_scorm/content/7/';
/** Writes every entry of a zip into a new folder (fs.cpSync cannot take bytes, so write them). */
function unzipInto(zip: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'peercourse-unzipped-'));
	for (const [path, data] of Object.entries(unzipSync(readFileSync(zip)))) {
		if (path.endsWith('/')) continue;
		const target = join(dir, path);
		mkdirSync(dirname(target), { recursive: true });
		writeFileSync(target, data);
	}
	return dir;
}

let site: string;
test.beforeAll(() => {
	site = buildFixtureSite('scorm-small');
});

test('npm run build writes a SCORM 1.2 and a SCORM 2004 package for every course, offered on the course page', async () => {
	for (const name of ['scorm-care-scorm12.zip', 'scorm-care-scorm2004.zip']) expect(existsSync(join(site, 'scorm', name)), name).toBe(true);
	// The sample site: the packages its course page offers (1.2 only while its saved progress fits).
	const offered = courseDownloads('respectful-care').map((d) => d.href);
	expect(offered).toContain('/scorm/respectful-care-scorm2004.zip');
	for (const href of offered) expect(existsSync(join('dist', href)), href).toBe(true);
	const coursePage = readFileSync(join(site, 'scorm-care', 'index.html'), 'utf8');
	expect(coursePage).toContain('Download for your LMS');
	expect(coursePage).toContain('href="../scorm/scorm-care-scorm12.zip"');
	expect(coursePage).toContain('href="../scorm/scorm-care-scorm2004.zip"');
	expect(coursePage).toContain('Choose SCORM 1.2 for Moodle, TalentLMS and most other systems.');
});

for (const [zip, version] of [['scorm-care-scorm12.zip', '1.2'], ['scorm-care-scorm2004.zip', '2004-4th']] as const) {
	test(`${zip}: manifest at the root, valid against the schemas, every link inside the package`, async () => {
		const entries = unzipSync(readFileSync(join(site, 'scorm', zip)));
		expect(Object.keys(entries)[0]).toBe('imsmanifest.xml');
		expect(Object.keys(entries).filter((p) => /^(sw\.js|404\.html|scorm\/|other)/.test(p))).toEqual([]);
		const manifest = strFromU8(entries['imsmanifest.xml']!);
		expect(manifest).toContain('href="scorm-care/launch/index.html"');
		if (XMLLINT_MISSING) console.warn(`[scorm-package] Skipping schema validation: ${XMLLINT_MISSING}.`);
		else {
			const { status, output } = validateWithXmllint(manifest, wrapperSchema(version));
			expect(output).toContain('validates');
			expect(status).toBe(0);
		}
		const dir = unzipInto(join(site, 'scorm', zip));
		const served = await serveSite(dir, PREFIX);
		try {
			// The launch page (the SCO) links to nothing; what it loads must all be served.
			const launch = `${served.url}scorm-care/launch/index.html`;
			const html = await (await fetch(launch)).text();
			const refs = [...html.matchAll(/\s(?:src|href|data-href)="([^"]+)"/g)].map((m) => new URL(m[1]!, launch).href);
			expect(refs.length).toBeGreaterThanOrEqual(3);
			for (const ref of refs) {
				expect(ref.startsWith(served.url), ref).toBe(true);
				expect((await fetch(ref)).status, ref).toBe(200);
			}
			expect((await crawlSite(`${served.url}index.html`)).broken).toEqual([]);
			const all = await crawlSite(`${served.url}index.html`);
			const pages = all.pages.map((p) => p.slice(served.url.length));
			for (const page of ['index.html', 'about/index.html', 'scorm-care/index.html', 'scorm-care/welcome/index.html', 'scorm-care/consent-check/index.html', 'scorm-care/night-shift/index.html']) {
				expect(pages).toContain(page);
			}
			expect(pages.filter((p) => !p.startsWith('scorm-care/') && !['index.html', 'about/index.html'].includes(p))).toEqual([]);
			expect(readFileSync(join(dir, 'scorm-care', 'index.html'), 'utf8')).not.toContain('Download for your LMS');
		} finally {
			await served.close();
			rmSync(dir, { recursive: true, force: true });
		}
	});
}

test.describe('peercourse export', () => {
	const cli = (args: string[], coursesDir = 'tests/fixtures/sites/scorm-small') =>
		spawnSync(process.execPath, ['bin/peercourse.mjs', 'export', ...args], {
			encoding: 'utf8',
			env: { ...process.env, NO_COLOR: '1', PEERCOURSE_COURSES_DIR: coursesDir },
		});

	test('writes one package in the chosen version and preset, step by step, with a size report', async () => {
		const out = mkdtempSync(join(tmpdir(), 'peercourse-export-'));
		try {
			const run = cli(['scorm-care', '--scorm', '2004-3rd', '--report', 'completed-incomplete', '--site', site, '--out', out]);
			expect(run.status, run.stderr).toBe(0);
			const lines = run.stdout.split('\n');
			expect(lines[0]).toBe('Exporting tests/fixtures/sites/scorm-small/scorm-care as SCORM 2004 3rd Edition, reporting completed-incomplete.');
			expect(lines.filter((l) => /^\[\d\/9\] /.test(l))).toHaveLength(9);
			expect(run.stdout).toMatch(/scorm-care-scorm2004-3rd-completed-incomplete\.zip: \d+ KB \(\d+ KB unzipped, \d+ files\)/);
			expect(run.stdout).toMatch(/Saved progress at most \d+ of 64,000 characters/);
			const entries = unzipSync(readFileSync(join(out, 'scorm-care-scorm2004-3rd-completed-incomplete.zip')));
			expect(strFromU8(entries['imsmanifest.xml']!)).toContain('<schemaversion>2004 3rd Edition</schemaversion>');
			expect(strFromU8(entries['scorm-care/launch/index.html']!)).toContain('{"version":"2004-3rd","preset":"completed-incomplete","freeText":false}');
		} finally {
			rmSync(out, { recursive: true, force: true });
		}
	});

	test('fails with a clear message and a non-zero exit code', async () => {
		const unknown = cli(['scorm-cair', '--site', site]);
		expect(unknown.status).toBe(2);
		expect(unknown.stderr).toContain('There is no course "scorm-cair" in tests/fixtures/sites/scorm-small/. Did you mean "scorm-care"?');

		// The same course with a huge quiz added: its saved progress cannot fit SCORM 1.2.
		const courses = mkdtempSync(join(process.cwd(), 'test-results', 'export-large-'));
		try {
			cpSync('tests/fixtures/sites/scorm-small/scorm-care', join(courses, 'scorm-care'), { recursive: true });
			const questions = Array.from({ length: 60 }, (_, i) => `  <MultipleChoice id="question-with-a-rather-long-identifier-${i}" prompt="Question ${i}?">\n${Array.from({ length: 6 }, (__, c) => `    <Choice${c ? '' : ' correct'}>Option ${c}</Choice>`).join('\n')}\n  </MultipleChoice>`);
			writeFileSync(join(courses, 'scorm-care', '04-large.mdx'), `---\ntitle: Large\nsummary: A large quiz.\nobjectives:\n  - Answer\nestimatedMinutes: 5\n---\n\n<Quiz id="very-large-quiz" title="Large">\n${questions.join('\n')}\n</Quiz>\n`);
			const large = cli(['scorm-care', '--site', site, '--out', courses], relative(process.cwd(), courses));
			expect(large.status, large.stdout + large.stderr).toBe(1);
			expect(large.stdout).toMatch(/SCORM_SUSPEND_DATA_TOO_LARGE/);
			expect(large.stdout).toMatch(/The largest parts are quiz "very-large-quiz" in 04-large\.mdx/);
			expect(large.stderr).toContain('The SCORM 1.2 package of "scorm-care" was not made, because of the problems above.');
			expect(existsSync(join(courses, 'scorm-care-scorm12.zip'))).toBe(false);
		} finally {
			rmSync(courses, { recursive: true, force: true });
		}
	});
});
