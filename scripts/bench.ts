#!/usr/bin/env tsx
// `npm run bench`: page weight, paint and interaction times on a slow phone, build times
// (ours against plain Astro + MDX), search index size and speed, SCORM export, saved-state size.
// Prints a table and writes bench-results.json. Figures are medians of BENCH_RUNS runs (3).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, readdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import lunr from 'lunr';
import { generateCourse } from './bench/generate-course';
import { launchChromium, measurePage, measureTiming, type PageWeight } from './bench/measure-pages';
import { buildSearchBundle } from '../src/lib/search/build-index';
import { moduleSections } from '../src/lib/search/documents';
import { loadSearcher } from '../src/lib/search/query';
import { readCourses } from '../src/build/read-courses';
import { measureSavedState } from '../src/build/saved-state-size';
import { serve } from './serve.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const root = resolve('.');
const work = join(root, '.bench');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function timeBuild(outDir: string, env: Record<string, string> = {}, cwd = root): number {
	const start = performance.now();
	// Each build gets its own Astro cache, as a fresh build on a new machine would.
	const cache = `${outDir}-cache`;
	rmSync(cache, { recursive: true, force: true });
	const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/astro.js'), 'build', '--outDir', outDir], { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PEERCOURSE_CACHE_DIR: cache, ...env }, encoding: 'utf8' });
	if (result.status !== 0) throw new Error(`Build failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
	return performance.now() - start;
}

function plainAstroProject(dir: string): void {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(join(dir, 'src/pages/m'), { recursive: true });
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
	writeFileSync(join(dir, 'package.json'), '{ "name": "plain-astro-bench", "type": "module", "private": true }\n');
	writeFileSync(join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()], cacheDir: process.env.PEERCOURSE_CACHE_DIR });\n");
	generateCourse(join(dir, 'src/pages/m'), 200, true);
}

async function main() {
	rmSync(work, { recursive: true, force: true });
	mkdirSync(work, { recursive: true });
	const results: Record<string, unknown> = { date: new Date().toISOString(), machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`, runs: RUNS };

	console.log('Building the sample course…');
	const sampleBuilds = Array.from({ length: RUNS }, () => timeBuild(join(work, 'sample')));
	const generated = join(work, 'generated-courses');
	generateCourse(join(generated, 'generated'), 200);
	console.log('Building the generated 200-module course and the plain Astro + MDX equivalent…');
	const bigBuilds: number[] = [];
	const plainBuilds: number[] = [];
	const plainDir = join(work, 'plain-astro');
	plainAstroProject(plainDir);
	for (let i = 0; i < RUNS; i++) {
		bigBuilds.push(timeBuild(join(work, 'generated'), { PEERCOURSE_COURSES_DIR: generated }));
		plainBuilds.push(timeBuild(join(plainDir, 'dist'), {}, plainDir));
	}
	results.build = { sampleMs: median(sampleBuilds), generated200Ms: median(bigBuilds), plainAstro200Ms: median(plainBuilds), overhead: median(bigBuilds) / median(plainBuilds) };

	console.log('Measuring pages in Chromium…');
	const { url, server } = (await serve({ dir: join(work, 'sample'), port: 0, prefix: '/' })) as { url: string; server: import('node:http').Server };
	const course = readCourses().find((c) => c.slug === 'respectful-care')!;
	const moduleWith = (name?: string) => course.modules.find((m) => (name ? m.blocks.some((b) => b.name === name) : m.blocks.length === 0));
	const quizOnly = course.modules.find((m) => m.blocks.some((b) => b.name === 'Quiz') && !m.blocks.some((b) => b.name === 'Scenario')) ?? moduleWith('Quiz');
	const pages: Record<string, { url: string; island: boolean; search?: boolean }> = {
		home: { url: `${url}index.html`, island: false },
		course: { url: `${url}respectful-care/index.html`, island: false },
	};
	const textOnly = moduleWith();
	if (textOnly) pages['text-only module'] = { url: `${url}respectful-care/${textOnly.slug}/index.html`, island: false };
	if (quizOnly) pages['module with a quiz'] = { url: `${url}respectful-care/${quizOnly.slug}/index.html`, island: true };
	const rolePlay = moduleWith('Scenario');
	if (rolePlay) pages['module with a role-play'] = { url: `${url}respectful-care/${rolePlay.slug}/index.html`, island: true };
	pages['search opened'] = { url: `${url}respectful-care/${course.modules[0]!.slug}/index.html`, island: false, search: true };
	const browser = await launchChromium();
	const weights: Record<string, PageWeight> = {};
	const timings: Record<string, { fcpMs: number; interactiveMs?: number }> = {};
	for (const [name, p] of Object.entries(pages)) {
		const act = p.search
			? async (page: import('@playwright/test').Page) => {
					await page.keyboard.press('/');
					await page.locator('dialog#pc-search').waitFor();
					await page.keyboard.type('consent');
					await page.locator('#pc-search-results a').first().waitFor();
				}
			: undefined;
		weights[name] = await measurePage(browser, p.url, act);
		if (!p.search) {
			const runs: { fcp: number; interactive?: number }[] = [];
			for (let i = 0; i < RUNS; i++) {
				// A run that does not finish in time is reported as missing, not as a number.
				runs.push(await measureTiming(browser, p.url, p.island).catch(() => ({ fcp: NaN, interactive: NaN })));
			}
			timings[name] = { fcpMs: median(runs.map((r) => r.fcp)), interactiveMs: p.island ? median(runs.map((r) => r.interactive ?? NaN)) : undefined };
		}
	}
	await browser.close();
	server.close();
	results.pages = weights;
	results.slowPhone = timings;

	console.log('Measuring search…');
	const bigCourse = join(generated, 'generated');
	const sections = readdirSync(bigCourse)
		.filter((f) => f.endsWith('.mdx'))
		.flatMap((f) => moduleSections(readFileSync(join(bigCourse, f), 'utf8'), f.replace(/\.mdx$/, ''), f));
	const bundle = await buildSearchBundle(sections, 'en');
	const json = JSON.stringify(bundle);
	const searcher = await loadSearcher(lunr, JSON.parse(json));
	const queries = ['consent', 'privacy', 'violence referral', 'prophylaxis', 'dignity choice', 'coun'];
	const queryTimes: number[] = [];
	for (let i = 0; i < 50; i++) {
		const q = queries[i % queries.length]!;
		const t = performance.now();
		searcher.search(q);
		queryTimes.push(performance.now() - t);
	}
	const sampleIndex = join(work, 'sample/respectful-care/search-index.json');
	results.search = {
		generated200: { raw: json.length, gzip: gzipSync(json).length, queryMs: median(queryTimes) },
		sample: existsSync(sampleIndex) ? { raw: statSync(sampleIndex).size, gzip: gzipSync(readFileSync(sampleIndex)).length } : undefined,
	};

	console.log('Measuring SCORM export and saved state…');
	const scorm: Record<string, unknown> = {};
	const bin = join(root, 'bin/peercourse.mjs');
	for (const [name, env] of [['sample', {}], ['generated200', { PEERCOURSE_COURSES_DIR: generated }]] as const) {
		const slug = name === 'sample' ? 'respectful-care' : 'generated';
		const out = join(work, `scorm-${name}`);
		const start = performance.now();
		const run = spawnSync(process.execPath, [bin, 'export', slug, '--scorm', '1.2', '--out', out], { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, encoding: 'utf8' });
		const ms = performance.now() - start;
		const zip = existsSync(out) ? readdirSync(out).find((f) => f.endsWith('.zip')) : undefined;
		scorm[name] = run.status === 0 && zip ? { exportMs: ms, zipBytes: statSync(join(out, zip)).size } : { error: (run.stderr || run.stdout).trim().split('\n').slice(-3).join(' ') };
	}
	const state = measureSavedState(course);
	results.scorm = { ...scorm, worstCaseStateChars: state.total, scorm12Limit: 4096 };

	writeFileSync(join(root, 'bench-results.json'), `${JSON.stringify(results, null, '\t')}\n`);
	printTable(results as never);
}

function printTable(r: { date: string; machine: string; build: Record<string, number>; pages: Record<string, PageWeight>; slowPhone: Record<string, { fcpMs: number; interactiveMs?: number }>; search: { generated200: { raw: number; gzip: number; queryMs: number }; sample?: { raw: number; gzip: number } }; scorm: Record<string, unknown> }) {
	const lines: string[] = [`PeerCourse benchmark, ${r.date.slice(0, 10)}, ${r.machine}`, ''];
	lines.push('| page | HTML | CSS | JS | images | total raw | total gzip | requests | first paint (slow phone) | interactive |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
	for (const [name, w] of Object.entries(r.pages)) {
		const t = r.slowPhone[name];
		lines.push(`| ${name} | ${kb(w.byKind.html.gzip)} | ${kb(w.byKind.css.gzip)} | ${kb(w.byKind.js.gzip)} | ${kb(w.byKind.images.raw)} | ${kb(w.total.raw)} | ${kb(w.total.gzip)} | ${w.requests} | ${t ? sec(t.fcpMs) : '–'} | ${t?.interactiveMs ? sec(t.interactiveMs) : '–'} |`);
	}
	lines.push('', `Build: sample course ${sec(r.build.sampleMs!)}; 200 modules ${sec(r.build.generated200Ms!)}; plain Astro + MDX, same 200 pages ${sec(r.build.plainAstro200Ms!)}; overhead ×${r.build.overhead!.toFixed(2)}`);
	const s = r.search;
	lines.push(`Search index: 200 modules ${kb(s.generated200.raw)} raw, ${kb(s.generated200.gzip)} gzip, query ${s.generated200.queryMs.toFixed(2)} ms${s.sample ? `; sample course ${kb(s.sample.raw)} raw, ${kb(s.sample.gzip)} gzip` : ''}`);
	lines.push(`SCORM: ${JSON.stringify(r.scorm)}`);
	console.log(lines.join('\n'));
}

await main();
