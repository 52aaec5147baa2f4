import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CheckJson } from '~/cli/check/format-json';
import { run } from '~/cli/index';
import { parsePlacedYaml } from '~/lib/course/yaml-places';
import { fakeIo, makeTempDir, removeTempDirs } from './fake-io';

// Loading the checks and writing files can take seconds on a busy machine; nothing here is timed.
const SLOW = 60_000;

afterAll(removeTempDirs);

const tempProject = () => makeTempDir('pc-new-');

async function checkAll(
	cwd: string,
	env: Record<string, string> = {}
): Promise<{ code: number; json: CheckJson }> {
	const io = fakeIo({ cwd, env });
	const code = await run(['check', '--format', 'json'], io);
	return { code, json: JSON.parse(io.out()) as CheckJson };
}

describe('peercourse new course and new module (non-interactive)', { timeout: SLOW }, () => {
	it('writes a course and modules that pass check with no findings at all', async () => {
		const cwd = tempProject();
		const course = fakeIo({ cwd });
		expect(
			await run(
				[
					'new',
					'course',
					'--title',
					'Care: a first guide',
					'--language',
					'pt-br',
					'--author',
					'Collective Example',
					'--yes',
				],
				course
			)
		).toBe(0);
		expect(course.out()).toContain(
			'  courses/care-a-first-guide/course.yaml\n  courses/care-a-first-guide/01-introduction.mdx\n'
		);
		expect(course.out()).toContain(
			'  npm run dev\nand open http://127.0.0.1:4321/care-a-first-guide/ in your browser.'
		);
		const moduleIo = fakeIo({ cwd });
		expect(await run(['new', 'module', '--title', 'Consent and privacy', '--yes'], moduleIo)).toBe(
			0
		);
		expect(moduleIo.out()).toContain('  courses/care-a-first-guide/02-consent-and-privacy.mdx\n');
		expect(moduleIo.out()).toContain(
			'http://127.0.0.1:4321/care-a-first-guide/consent-and-privacy/'
		);
		expect(
			await run(
				[
					'new',
					'module',
					'--course',
					'care-a-first-guide',
					'--title',
					'Referral',
					'--slug',
					'referral',
					'--yes',
				],
				fakeIo({ cwd })
			)
		).toBe(0);
		expect(readdirSync(join(cwd, 'courses', 'care-a-first-guide')).sort()).toEqual([
			'01-introduction.mdx',
			'02-consent-and-privacy.mdx',
			'03-referral.mdx',
			'course.yaml',
		]);
		const { code, json } = await checkAll(cwd);
		expect(json.issues).toEqual([]);
		expect(json.summary).toMatchObject({ courses: 1, modules: 3 });
		expect(code).toBe(0);
	});

	it('fills course.yaml with the answers, safely quoted, and comments every field', async () => {
		const cwd = tempProject();
		await run(
			[
				'new',
				'course',
				'--title',
				'Care: "first" steps',
				'--slug',
				'care',
				'--language',
				'pt-br',
				'--author',
				'Asha # peer trainer',
				'--yes',
			],
			fakeIo({ cwd })
		);
		const text = readFileSync(join(cwd, 'courses', 'care', 'course.yaml'), 'utf8');
		const data = parsePlacedYaml(text).data as Record<string, unknown>;
		expect(data).toMatchObject({
			title: 'Care: "first" steps',
			language: 'pt-BR',
			credits: [{ name: 'Asha # peer trainer', role: 'Author' }],
		});
		// Every field, optional ones included, has a note on the line above it.
		const lines = text.split('\n');
		for (const field of [
			'title',
			'summary',
			'language',
			'audience',
			'objectives',
			'estimatedMinutes',
			'version',
			'licence',
			'credits',
			'passMark',
			'# cover',
			'# lint',
		]) {
			const at = lines.findIndex((l) => l.startsWith(`${field}:`));
			expect(at, field).toBeGreaterThan(0);
			expect(lines[at - 1], field).toMatch(/^# /);
		}
	});

	it('gives a module the next free number, as wide as the other numbers, and unique block ids', async () => {
		const cwd = tempProject();
		const dir = join(cwd, 'courses', 'long-course');
		mkdirSync(dir, { recursive: true });
		await run(['new', 'course', '--title', 'Long course', '--yes'], fakeIo({ cwd }));
		// A module numbered 007 and one whose frontmatter order (12) outranks its file name.
		writeFileSync(
			join(dir, '007-seventh.mdx'),
			readFileSync(join(dir, '01-introduction.mdx'), 'utf8').replaceAll('introduction-', 'seventh-')
		);
		writeFileSync(
			join(dir, '008-ordered.mdx'),
			readFileSync(join(dir, '01-introduction.mdx'), 'utf8')
				.replaceAll('introduction-', 'ordered-')
				.replace('estimatedMinutes: 15', 'estimatedMinutes: 15\norder: 12')
		);
		const io = fakeIo({ cwd });
		expect(await run(['new', 'module', '--title', 'Último módulo', '--yes'], io)).toBe(0);
		expect(existsSync(join(dir, '013-ultimo-modulo.mdx'))).toBe(true);
		const text = readFileSync(join(dir, '013-ultimo-modulo.mdx'), 'utf8');
		expect(text).toContain('title: Último módulo');
		expect(text).toContain('<Quiz id="ultimo-modulo-check"');
		expect(text).toContain('<Scenario id="ultimo-modulo-role-play"');
		const { json } = await checkAll(cwd);
		expect(json.issues.filter((i) => i.severity === 'error')).toEqual([]);
	});

	it('writes a worked example of every component', async () => {
		const cwd = tempProject();
		await run(['new', 'course', '--title', 'Examples', '--yes'], fakeIo({ cwd }));
		const text = readFileSync(join(cwd, 'courses', 'examples', '01-introduction.mdx'), 'utf8');
		for (const tag of [
			'Callout',
			'Term',
			'Quiz',
			'SingleChoice',
			'MultipleChoice',
			'TrueFalse',
			'Ordering',
			'Matching',
			'Reflection',
			'SelfRating',
			'Scenario',
			'Speaker',
			'Scene',
			'Line',
			'Thought',
			'Narration',
			'Choice',
			'Ending',
		]) {
			expect(text, tag).toMatch(new RegExp(`<${tag}[ >]`));
		}
		expect(text.match(/<Scene /g)).toHaveLength(2);
		expect(text.match(/<Ending /g)).toHaveLength(2);
	});
});

describe('peercourse new refuses and explains (exit code 2)', { timeout: SLOW }, () => {
	it('never overwrites a course or a module', async () => {
		const cwd = tempProject();
		expect(await run(['new', 'course', '--title', 'Care', '--yes'], fakeIo({ cwd }))).toBe(0);
		const yaml = join(cwd, 'courses', 'care', 'course.yaml');
		writeFileSync(yaml, `${readFileSync(yaml, 'utf8')}# my edits\n`);
		const again = fakeIo({ cwd });
		expect(await run(['new', 'course', '--title', 'Care', '--yes'], again)).toBe(2);
		expect(again.err()).toBe(
			'There is already a course called "care"; choose another web address.\nGive another value with --slug.\n'
		);
		expect(readFileSync(yaml, 'utf8')).toMatch(/# my edits\n$/);
		const sameModule = fakeIo({ cwd });
		expect(await run(['new', 'module', '--title', 'Introduction', '--yes'], sameModule)).toBe(2);
		expect(sameModule.err()).toMatch(/^There is already a module called "introduction"/);
	});

	it('refuses a module file that exists under the next number', async () => {
		const cwd = tempProject();
		await run(['new', 'course', '--title', 'Care', '--yes'], fakeIo({ cwd }));
		// A folder named like the new module is not a module, but it is in the way.
		mkdirSync(join(cwd, 'courses', 'care', '02-consent.mdx'));
		const io = fakeIo({ cwd });
		expect(
			await run(['new', 'module', '--title', 'Consent', '--course', 'care', '--yes'], io)
		).toBe(2);
		expect(io.err()).toBe(
			'courses/care/02-consent.mdx already exists, and peercourse never overwrites files.\nChoose another name with --slug, or move the existing file away first.\n'
		);
	});

	it.each([
		[
			['new', 'course', '--title', 'X', '--slug', 'Bad Slug', '--yes'],
			/^"Bad Slug" cannot be the web address of a course: use lower-case letters/,
		],
		[
			['new', 'course', '--title', 'X', '--slug', 'about', '--yes'],
			/^"about" is kept for a page of its own/,
		],
		[
			['new', 'course', '--title', 'X', '--language', 'english', '--yes'],
			/^"english" is not a language tag this build knows/,
		],
		[['new', 'course', '--title', ' ', '--yes'], /^Write a title/],
		[
			['new', 'module', '--yes'],
			/^There is no course in courses\/ yet\.\nCreate one first with "npx peercourse new course"\./,
		],
	])('%j', async (argv, message) => {
		const io = fakeIo({ cwd: tempProject() });
		expect(await run(argv, io)).toBe(2);
		expect(io.err()).toMatch(message);
	});

	it('asks which course when there are several, or stops with --yes', async () => {
		const cwd = tempProject();
		await run(['new', 'course', '--title', 'One', '--yes'], fakeIo({ cwd }));
		await run(['new', 'course', '--title', 'Two', '--yes'], fakeIo({ cwd }));
		const io = fakeIo({ cwd });
		expect(await run(['new', 'module', '--yes'], io)).toBe(2);
		expect(io.err()).toBe(
			'There are 2 courses (one, two), so say which one with --course.\nGive it with --course, or leave out --yes to be asked.\n'
		);
		const typo = fakeIo({ cwd });
		expect(await run(['new', 'module', '--course', 'tow', '--yes'], typo)).toBe(2);
		expect(typo.err()).toMatch(/^There is no course "tow" in courses\/\. Did you mean "two"\?/);
	});
});

describe('peercourse new asks questions', { timeout: SLOW }, () => {
	it('asks for what is missing, asks again after a bad answer, and uses defaults for empty answers', async () => {
		const cwd = tempProject();
		const io = fakeIo({ cwd, input: 'Soins respectueux\n\nfrench\nfr\n\n' });
		expect(await run(['new', 'course'], io)).toBe(0);
		expect(io.out()).toContain(
			'Course title: Soins respectueux\nFolder name and web address (soins-respectueux): \nLanguage (BCP 47 tag) (en): french\n"french" is not a language tag this build knows'
		);
		const data = parsePlacedYaml(
			readFileSync(join(cwd, 'courses', 'soins-respectueux', 'course.yaml'), 'utf8')
		).data;
		expect(data).toMatchObject({
			title: 'Soins respectueux',
			language: 'fr',
			credits: [{ name: 'The course authors' }],
		});
		const moduleIo = fakeIo({ cwd, input: 'Consentement\nconsent\n' });
		expect(await run(['new', 'module'], moduleIo)).toBe(0);
		expect(existsSync(join(cwd, 'courses', 'soins-respectueux', '02-consent.mdx'))).toBe(true);
	});

	it('stops with exit code 2 when the answers run out', async () => {
		const io = fakeIo({ cwd: tempProject(), input: 'A title\n' });
		expect(await run(['new', 'course'], io)).toBe(2);
		expect(io.err()).toMatch(/^The questions were not answered: the input ended\./);
	});
});
