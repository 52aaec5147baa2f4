import { rmSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCoursePackage } from '~/build/scorm/build-course-package';
import { checkReference, resolveInPackage } from '~/build/scorm/check-links';
import { packageFileName } from '~/build/scorm/download-links';
import { formatSizeReport } from '~/build/scorm/format-report';
import { hideOfflineSave, removeLmsDownloads, replaceSentence, writeLaunchConfig } from '~/build/scorm/rewrite-html';
import { readManifest } from '~/lib/scorm/read-manifest';
import { SCORM_VERSIONS, type ScormVersion } from '~/lib/scorm/versions';
import { validateWithXmllint, wrapperSchema, XMLLINT_MISSING } from '../scorm/xmllint-harness';
import { bigQuiz, fakeCourse, writeFakeSite } from './fake-site';

const sites: string[] = [];
const site = (extra?: Record<string, string>) => {
	const dir = writeFakeSite(extra);
	sites.push(dir);
	return dir;
};
afterAll(() => sites.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function packageOf(version: ScormVersion, extra?: Record<string, string>) {
	const result = buildCoursePackage({ distDir: site(extra), course: fakeCourse(), version, preset: 'completed-passed' });
	if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
	const entries = unzipSync(result.zip);
	return { result, entries, text: (path: string) => strFromU8(entries[path]!) };
}

describe('course package', () => {
	it('holds the course, the shared scripts it uses and the about page, and nothing of other courses', () => {
		const { entries } = packageOf('1.2');
		const paths = Object.keys(entries).sort();
		expect(paths).toEqual([
			'_astro/lunr.stemmer.support.Z2.js',
			'_astro/page.AbC123.js',
			'_astro/portrait.H4sh.webp',
			'_astro/shared.Xy9.js',
			'about/index.html',
			'care/index.html',
			'care/launch/index.html',
			'care/search-index.json',
			'care/welcome/index.html',
			'favicon.svg',
			'imsmanifest.xml',
			'index.html',
		]);
		expect(Object.keys(entries)[0]).toBe('imsmanifest.xml');
	});

	it('points the manifest at the launch page, lists every file and takes title, language and version from the course', () => {
		const { text, entries } = packageOf('2004-4th');
		const xml = text('imsmanifest.xml');
		expect(xml).toContain('href="care/launch/index.html"');
		expect(xml).toContain('<schemaversion>2004 4th Edition</schemaversion>');
		expect(xml).toContain('Care &amp; respect');
		expect(xml).toContain('version="1.0.0"');
		expect(xml).toContain('completionSetByContent="true"');
		const read = readManifest(xml);
		expect(read.ok && read.facts.hrefs.filter((h) => h.element === 'file').map((h) => h.href).sort()).toEqual(
			Object.keys(entries).filter((p) => p !== 'imsmanifest.xml').sort()
		);
	});

	it('replaces the home page with a link to the course and keeps every link inside the package', () => {
		const { text } = packageOf('1.2');
		expect(text('index.html')).toContain('url=care/index.html');
		expect(text('index.html')).not.toContain('other/');
		const course = text('care/index.html');
		expect(course).not.toContain('data-pc-lms-downloads');
		expect(course).not.toContain('scorm/');
		expect(course).toMatch(/<div hidden class="card" data-offline/);
		expect(course).toContain("Your progress is saved in your organisation&#39;s learning system.");
		expect(course).toContain("No cookies and no advertising. Your organisation&#39;s learning system records your progress and results.");
		expect(course).not.toContain('stays on this device');
	});

	it('writes the version and reporting preset into the launch page', () => {
		const { text } = packageOf('1.2');
		expect(text('care/launch/index.html')).toContain('<script type="application/json" id="pc-scorm-config">{"version":"1.2","preset":"completed-passed","freeText":false}</script>');
	});

	it.skipIf(!!XMLLINT_MISSING).each(SCORM_VERSIONS)('has a manifest that validates against the SCORM %s schemas', (version) => {
		const { text } = packageOf(version);
		const { status, output } = validateWithXmllint(text('imsmanifest.xml'), wrapperSchema(version));
		expect(output).toContain('validates');
		expect(status).toBe(0);
	});

	it('stops with the page and link when a module links to another course', () => {
		const extra = { 'care/welcome/index.html': '<a href="../../other/index.html">Other course</a><img src="/_astro/portrait.H4sh.webp" alt="">' };
		const result = buildCoursePackage({ distDir: site(extra), course: fakeCourse(), version: '1.2' });
		expect(result.ok).toBe(false);
		const messages = result.ok ? [] : result.issues.filter((i) => i.code === 'SCORM_LINK_BROKEN').map((i) => i.message);
		expect(messages).toEqual([
			'The packaged page care/welcome/index.html refers to "../../other/index.html", which is not in the package.',
			'The packaged page care/welcome/index.html refers to "/_astro/portrait.H4sh.webp", which leaves the package (LMSes serve packages from their own deep paths).',
		]);
	});

	it('stops the SCORM 1.2 export of a course whose saved progress could outgrow 4,096 characters, naming the quiz', () => {
		const course = fakeCourse(bigQuiz(60));
		expect(course.issues.filter((i) => i.severity === 'error')).toEqual([]);
		const result = buildCoursePackage({ distDir: site(), course, version: '1.2' });
		expect(result.ok).toBe(false);
		const issue = result.ok ? undefined : result.issues.find((i) => i.code === 'SCORM_SUSPEND_DATA_TOO_LARGE');
		expect(issue?.file).toBe('courses/care/course.yaml');
		expect(issue?.message).toMatch(/over the LMS limit of 4,096\. The largest parts are quiz "very-large-quiz" in 01-welcome\.mdx/);
		const as2004 = buildCoursePackage({ distDir: site(), course, version: '2004-4th' });
		expect(as2004.ok).toBe(true);
	});

	it('reports size, largest files and saved progress against the limit', () => {
		const { result } = packageOf('1.2');
		const lines = formatSizeReport('care-scorm12.zip', 2048, result.size, result.savedState);
		expect(lines[0]).toBe(`care-scorm12.zip: 2 KB (${result.size.totalBytes < 1024 ? `${result.size.totalBytes} bytes` : `${Math.round(result.size.totalBytes / 1024)} KB`} unzipped, 12 files)`);
		expect(lines.at(-1)).toMatch(/^ {2}Saved progress at most \d+ of 4,096 characters \(\d+%\); largest: the progress flags of 1 module \(\d+\)\.$/);
	});
});

describe('package helpers', () => {
	it('resolves links inside the package and notices those that leave it', () => {
		expect(resolveInPackage('care/welcome/index.html', '../index.html')).toBe('care/index.html');
		expect(resolveInPackage('care/welcome/index.html', '../other/')).toBe('care/other/index.html');
		expect(resolveInPackage('care/welcome/index.html', '../../../x.html')).toBeUndefined();
		expect(resolveInPackage('care/index.html', '/care/')).toBeUndefined();
		const present = new Set(['care/index.html']);
		expect(checkReference('care/welcome/index.html', '../index.html?x=1#top', present)).toBeUndefined();
		expect(checkReference('care/welcome/index.html', 'https://www.who.int/', present)).toBeUndefined();
		expect(checkReference('care/welcome/index.html', 'mailto:a@b.org', present)).toBeUndefined();
		expect(checkReference('care/welcome/index.html', 'missing.png', present)).toBe('is not in the package');
	});

	it('edits built HTML without touching anything else', () => {
		expect(removeLmsDownloads('<p>a</p><section class="card" data-pc-lms-downloads><a href="x">z</a></section><section>b</section>')).toBe('<p>a</p><section>b</section>');
		expect(hideOfflineSave('<div class="card" data-offline data-bytes="1">')).toBe('<div hidden class="card" data-offline data-bytes="1">');
		expect(hideOfflineSave('<div hidden class="card" data-offline>')).toBe('<div hidden class="card" data-offline>');
		expect(replaceSentence("<p>It&#39;s yours</p>", "It's yours", 'Mine & yours')).toBe('<p>Mine &amp; yours</p>');
		expect(() => writeLaunchConfig('<p>no block</p>', { version: '1.2' })).toThrow(/pc-scorm-config/);
	});

	it('names packages by version and preset', () => {
		expect(packageFileName('care', '1.2')).toBe('care-scorm12.zip');
		expect(packageFileName('care', '2004-4th')).toBe('care-scorm2004.zip');
		expect(packageFileName('care', '2004-3rd', 'completed-incomplete')).toBe('care-scorm2004-3rd-completed-incomplete.zip');
	});
});
