import { mkdirSync, writeFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '~/cli/index';
import type { CheckJson } from '~/cli/check/format-json';
import { fakeIo, makeTempDir, removeTempDirs } from './fake-io';

// Loading the checks and writing files can take seconds on a busy machine; nothing here is timed.
const SLOW = 60_000;

afterAll(removeTempDirs);

const CLEAN = 'tests/fixtures/cli/clean';
const WARNINGS = 'tests/fixtures/cli/warnings-only';
const MISTAKES = 'tests/fixtures/cli/every-mistake';
const ESC = '\u001b[';

describe('peercourse check: exit codes', { timeout: SLOW }, () => {
	it('exits 0 and says so when a course has no problems', async () => {
		const io = fakeIo({ env: { PEERCOURSE_COURSES_DIR: CLEAN } });
		expect(await run(['check'], io)).toBe(0);
		expect(io.out()).toBe('No problems found in 1 course (2 modules).\n');
		expect(io.err()).toBe('');
	});

	it('exits 0 with warnings only, and 1 once they exceed --max-warnings', async () => {
		const io = fakeIo();
		expect(await run(['check', WARNINGS], io)).toBe(0);
		expect(io.out()).toMatch(
			/01-words\.mdx:9:3 {2}warning {2}Consider 'sex worker'.*\[sw\/prostitute\]\n\n0 errors and 1 warning in 1 file\.\n$/
		);
		expect(await run(['check', WARNINGS, '--max-warnings', '1'], fakeIo())).toBe(0);
		const strict = fakeIo();
		expect(await run(['check', WARNINGS, '--max-warnings', '0'], strict)).toBe(1);
		expect(strict.out()).toMatch(/1 warning found, more than --max-warnings 0 allows\.\n$/);
	});

	it('exits 1 when there are errors', async () => {
		expect(await run(['check', MISTAKES], fakeIo())).toBe(1);
	});

	it('exits 2 with a plain message when the course does not exist, suggesting the closest', async () => {
		const io = fakeIo({ env: { PEERCOURSE_COURSES_DIR: MISTAKES } });
		expect(await run(['check', 'mistakes-corse'], io)).toBe(2);
		expect(io.out()).toBe('');
		expect(io.err()).toBe(
			`There is no course "mistakes-corse" in ${MISTAKES}/. Did you mean "mistakes-course"?\nGive the name of a course folder (mistakes-course) or the path to one.\n`
		);
	});

	it('exits 2 when there is no courses folder', async () => {
		const io = fakeIo({ cwd: makeTempDir('pc-cli-') });
		expect(await run(['check'], io)).toBe(2);
		expect(io.err()).toMatch(/^There is no courses folder at courses\/\.\n/);
	});

	it('exits 2 when a course folder cannot be read', async () => {
		const root = makeTempDir('pc-cli-');
		cpSync(`${CLEAN}/first-aid`, join(root, 'courses', 'first-aid'), { recursive: true });
		// A folder where a module file should be: reading it fails (as an unreadable file would).
		mkdirSync(join(root, 'courses', 'first-aid', '03-folder.mdx'));
		const io = fakeIo({ cwd: root });
		expect(await run(['check'], io)).toBe(2);
		expect(io.err()).toMatch(/^A file in courses\/first-aid\/ could not be read \(EISDIR\)\.\n/);
	});

	it.each([
		[
			['check', '--format', 'xml'],
			/Option '--format <format>' argument 'xml' is invalid\. Allowed choices are text, json\./,
		],
		[
			['check', '--max-warnings', 'many'],
			/argument 'many' is invalid\. Give a whole number, 0 or more\./,
		],
		[['check', '--formt', 'json'], /Unknown option '--formt'\.\n\(Did you mean --format\?\)/],
		[['chek'], /Unknown command 'chek'\.\n\(Did you mean check\?\)/],
		[['check', 'a', 'b'], /Too many arguments/],
	])('exits 2 on bad usage: %j', async (argv, message) => {
		const io = fakeIo();
		expect(await run(argv, io)).toBe(2);
		expect(io.err()).toMatch(message);
		expect(io.err()).not.toMatch(/^error:/m);
	});

	it('prints help and the version with exit code 0', async () => {
		const help = fakeIo();
		expect(await run(['check', '--help'], help)).toBe(0);
		expect(help.out()).toMatch(/^Usage: peercourse check \[options\] \[course\]/);
		expect(help.out()).toContain('--max-warnings <number>');
		const version = fakeIo();
		expect(await run(['--version'], version)).toBe(0);
		expect(version.out()).toMatch(/^\d+\.\d+\.\d+\n$/);
	});
});

describe('peercourse check --format json', { timeout: SLOW }, () => {
	it('prints the issues and a summary that match the text report', async () => {
		const json = fakeIo();
		const text = fakeIo();
		expect(await run(['check', MISTAKES, '--format', 'json'], json)).toBe(1);
		expect(await run(['check', MISTAKES], text)).toBe(1);
		const data = JSON.parse(json.out()) as CheckJson;
		expect(data.summary).toEqual({
			courses: 1,
			modules: 4,
			files: 5,
			errors: 19,
			warnings: 3,
			infos: 0,
			tooManyWarnings: false,
		});
		const first = data.issues[0]!;
		expect(first).toMatchObject({
			code: 'META_UNKNOWN_FIELD',
			severity: 'error',
			file: `${MISTAKES}/mistakes-course/01-pages.mdx`,
			line: 7,
			column: 1,
		});
		expect(first.message).toBe('"autor" is not a field the module frontmatter understands.');
		// Every JSON issue is one line of the text report, in the same order.
		const lines = text
			.out()
			.split('\n')
			.filter((l) => l.startsWith('  '));
		expect(lines).toEqual(
			data.issues.map(
				(i) =>
					`  ${i.file}:${i.line ?? 1}:${i.column ?? 1}  ${i.severity}  ${i.hint ? `${i.message} ${i.hint}` : i.message}  [${i.code}]`
			)
		);
	});

	it('marks too many warnings in the summary', async () => {
		const io = fakeIo();
		expect(await run(['check', WARNINGS, '--format', 'json', '--max-warnings', '0'], io)).toBe(1);
		expect((JSON.parse(io.out()) as CheckJson).summary).toMatchObject({
			warnings: 1,
			errors: 0,
			tooManyWarnings: true,
		});
	});

	it('prints an empty list for a clean course', async () => {
		const io = fakeIo();
		expect(await run(['check', CLEAN, '--format', 'json'], io)).toBe(0);
		expect(JSON.parse(io.out())).toEqual({
			summary: {
				courses: 1,
				modules: 2,
				files: 0,
				errors: 0,
				warnings: 0,
				infos: 0,
				tooManyWarnings: false,
			},
			issues: [],
		});
	});
});

describe('peercourse check: colours', { timeout: SLOW }, () => {
	it('colours a terminal: red errors, yellow warnings, bold file headers', async () => {
		const io = fakeIo({ tty: true });
		await run(['check', MISTAKES], io);
		const out = io.out();
		expect(out).toContain(`${ESC}31merror${ESC}39m`);
		expect(out).toContain(`${ESC}33mwarning${ESC}39m`);
		expect(out).toContain(`${ESC}1m${ESC}4m${MISTAKES}/mistakes-course/01-pages.mdx`);
	});

	it('prints plain text when stdout is not a terminal, or NO_COLOR is set', async () => {
		for (const io of [fakeIo({ tty: false }), fakeIo({ tty: true, env: { NO_COLOR: '1' } })]) {
			await run(['check', MISTAKES], io);
			expect(io.out()).toContain('  error  ');
			expect(io.out()).not.toContain(ESC);
		}
	});

	it('never colours JSON', async () => {
		const io = fakeIo({ tty: true });
		await run(['check', MISTAKES, '--format', 'json'], io);
		expect(io.out()).not.toContain(ESC);
	});
});

describe('peercourse check: a course outside the working folder', { timeout: SLOW }, () => {
	it('names files relative to the working folder and still finds pictures', async () => {
		const root = makeTempDir('pc-cli-');
		const course = join(root, 'elsewhere', 'first-aid');
		cpSync(`${CLEAN}/first-aid`, course, { recursive: true });
		writeFileSync(
			join(course, '03-picture.mdx'),
			'---\ntitle: Picture\nsummary: A picture.\nobjectives:\n  - See it\nestimatedMinutes: 1\n---\n\n![A clinic](./clinic.svg)\n![A missing one](./missing.svg)\n'
		);
		writeFileSync(join(course, 'clinic.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
		const cwd = join(root, 'work');
		mkdirSync(cwd);
		const io = fakeIo({ cwd });
		expect(await run(['check', course, '--format', 'json'], io)).toBe(1);
		const { issues } = JSON.parse(io.out()) as CheckJson;
		expect(issues.map((i) => `${i.file}:${i.line} ${i.code}`)).toEqual([
			'../elsewhere/first-aid/03-picture.mdx:10 IMAGE_MISSING',
		]);
	});
});
