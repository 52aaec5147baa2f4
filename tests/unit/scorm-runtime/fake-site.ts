/**
 * A small built site on disk, shaped like Astro's output after the relative-URL pass, for the
 * packaging tests: two courses, shared scripts and pictures, the home, about and 404 pages, a
 * service worker and old zips that must all stay out of a package.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { analyseCourse, type CourseAnalysis } from '~/lib/course/analyse-course';
import { AUTHOR_BLOCKS } from '~/lib/course/blocks';

const layout = (depth: number, body: string, lang = 'en') => {
	const up = '../'.repeat(depth) || './';
	return `<!DOCTYPE html><html lang="${lang}"><head><link rel="icon" href="${up}favicon.svg"><script type="module" src="${up}_astro/page.AbC123.js"></script></head><body><header><a href="${up}index.html">PeerCourse</a> <a href="${up}about/index.html">About</a></header><main>${body}</main><footer><p>No tracking, no cookies. Your progress stays on this device. <a href="${up}about/index.html">About</a></p></footer></body></html>`;
};

/** Writes the site; `extra` adds or replaces files (path → text). */
export function writeFakeSite(extra: Record<string, string> = {}): string {
	const dir = mkdtempSync(join(tmpdir(), 'peercourse-fake-dist-'));
	const files: Record<string, string> = {
		'index.html': layout(0, '<a href="care/index.html">Care</a> <a href="other/index.html">Other</a>'),
		'404.html': layout(0, 'Not found'),
		'about/index.html': layout(1, 'About'),
		'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
		'sw.js': 'self.addEventListener("fetch", () => {});',
		'scorm/care-scorm12.zip': 'old zip',
		'_astro/page.AbC123.js': 'import "./shared.Xy9.js";',
		'_astro/shared.Xy9.js': 'export const x = 1;',
		'_astro/lunr.fr.Q1.js': 'fr stemmer',
		'_astro/lunr.stemmer.support.Z2.js': 'support',
		'_astro/portrait.H4sh.webp': 'webp',
		'_astro/other-course.H5sh.webp': 'webp',
		'care/index.html': layout(1, '<p id="pc-result">Your progress is saved on this device only.</p><a href="welcome/index.html">Welcome</a><section class="card" data-pc-lms-downloads aria-labelledby="x"><h2 id="x">Download for your LMS</h2><a href="../scorm/care-scorm12.zip">zip</a></section><div class="card" data-offline data-bytes="1"><button>Save</button></div>'),
		'care/welcome/index.html': layout(2, '<img src="../../_astro/portrait.H4sh.webp" alt="A nurse"><a href="../index.html">Back</a> <a href="https://www.who.int/">WHO</a> <a href="#top">Top</a>'),
		'care/launch/index.html': layout(2, '<iframe id="pc-content" data-href="../index.html"></iframe><script type="application/json" id="pc-scorm-config">{}</script>'),
		'care/search-index.json': '{}',
		'other/index.html': layout(1, '<img src="../_astro/other-course.H5sh.webp" alt="x">'),
		'other/launch/index.html': layout(2, ''),
		...extra,
	};
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dir;
}

const COURSE_YAML = `title: Care & respect
summary: A fixture course for the packaging tests.
language: en
audience: Test readers
objectives:
  - Read one module
estimatedMinutes: 5
version: 1.0.0
licence: CC BY 4.0
credits:
  - name: Fixture trainer
passMark: 50
`;

const MODULE = (body: string) => `---
title: Welcome
summary: The only module.
objectives:
  - Read it
estimatedMinutes: 5
---

${body}
`;

/** The analysis of the fixture course `care`, optionally with a module body (e.g. a big quiz). */
export function fakeCourse(body = 'Listening comes first.'): CourseAnalysis {
	return analyseCourse(
		{
			slug: 'care',
			dir: 'courses/care',
			courseYaml: COURSE_YAML,
			modules: [{ file: 'courses/care/01-welcome.mdx', text: MODULE(body) }],
			assetExists: () => true,
		},
		AUTHOR_BLOCKS
	);
}

/** A graded quiz with `count` multiple-choice questions and long ids: large saved state. */
export function bigQuiz(count: number): string {
	const questions = Array.from({ length: count }, (_, i) => {
		const id = `question-with-a-rather-long-identifier-${i}`;
		const choices = Array.from({ length: 6 }, (__, c) => `    <Choice${c === 0 ? ' correct' : ''}>Option ${c} of question ${i}</Choice>`).join('\n');
		return `  <MultipleChoice id="${id}" prompt="Question ${i}?">\n${choices}\n  </MultipleChoice>`;
	});
	return `<Quiz id="very-large-quiz" title="A very large quiz">\n${questions.join('\n\n')}\n</Quiz>`;
}
