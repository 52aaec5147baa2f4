import { describe, expect, it } from 'vitest';
import { collectIssues } from '~/build/collect-issues';
import { run } from '~/cli/index';
import type { CheckJson } from '~/cli/check/format-json';
import type { Issue } from '~/lib/issues';
import { fakeIo } from './fake-io';

// Loading the checks and writing files can take seconds on a busy machine; nothing here is timed.
const SLOW = 60_000;

const DIR = 'tests/fixtures/cli/every-mistake';
const COURSE = `${DIR}/mistakes-course`;

// One instance of every mistake from the course, quiz and role-play checks and the linter,
// each at the place it was made: [file, line, column, severity, code].
const EXPECTED: [string, number, number, Issue['severity'], string][] = [
	['01-pages.mdx', 7, 1, 'error', 'META_UNKNOWN_FIELD'],
	['01-pages.mdx', 12, 1, 'error', 'IMAGE_MISSING'],
	['01-pages.mdx', 16, 1, 'error', 'IMAGE_NO_ALT'],
	['01-pages.mdx', 18, 1, 'error', 'COMPONENT_UNKNOWN'],
	['01-pages.mdx', 20, 3, 'warning', 'sw/prostitute'],
	['01-pages.mdx', 22, 1, 'warning', 'LINT_IGNORE_UNUSED'],
	['02-quizzes.mdx', 9, 26, 'error', 'QUIZ_UNKNOWN_PROP'],
	['02-quizzes.mdx', 10, 3, 'error', 'QUIZ_NO_CORRECT_CHOICE'],
	['02-quizzes.mdx', 15, 3, 'error', 'QUIZ_SINGLE_CHOICE_MANY_CORRECT'],
	['02-quizzes.mdx', 20, 3, 'error', 'QUIZ_ORDERING_TOO_FEW_STEPS'],
	['02-quizzes.mdx', 26, 5, 'error', 'QUIZ_MATCHING_UNPAIRED'],
	['02-quizzes.mdx', 30, 31, 'error', 'QUIZ_DRAW_TOO_LARGE'],
	['02-quizzes.mdx', 32, 1, 'error', 'QUIZ_DUPLICATE_QUESTION_ID'],
	['02-role-plays.mdx', 1, 1, 'error', 'MODULE_DUPLICATE_ORDER'],
	['02-role-plays.mdx', 14, 5, 'error', 'SCENARIO_UNKNOWN_TARGET'],
	['02-role-plays.mdx', 15, 36, 'error', 'SCENARIO_UNDECLARED_DIMENSION'],
	['02-role-plays.mdx', 20, 3, 'error', 'SCENARIO_DEAD_END'],
	['02-role-plays.mdx', 24, 3, 'warning', 'SCENARIO_UNREACHABLE'],
	['02-role-plays.mdx', 32, 3, 'error', 'SCENARIO_ENDING_NO_DEBRIEF'],
	['02-role-plays.mdx', 35, 1, 'error', 'SCENARIO_MISSING_START'],
	['03-broken-syntax.mdx', 11, 1, 'error', 'MDX_SYNTAX'],
	['course.yaml', 4, 11, 'error', 'META_UNKNOWN_LANGUAGE'],
];

const key = (i: Pick<Issue, 'file' | 'line' | 'column' | 'severity' | 'code'>) =>
	`${i.file}:${i.line ?? 1}:${i.column ?? 1} ${i.severity} ${i.code}`;
const expectedKeys = EXPECTED.map(([file, line, column, severity, code]) =>
	key({ file: `${COURSE}/${file}`, line, column, severity, code })
).sort();

async function checkJson(...args: string[]): Promise<{ code: number; json: CheckJson }> {
	const io = fakeIo();
	const code = await run(['check', ...args, '--format', 'json'], io);
	return { code, json: JSON.parse(io.out()) as CheckJson };
}

describe('peercourse check on a course with every mistake', { timeout: SLOW }, () => {
	it('finds exactly the expected problems, each at its file, line and column', async () => {
		const { code, json } = await checkJson(COURSE);
		expect(json.issues.map(key).sort()).toEqual(expectedKeys);
		expect(code).toBe(1);
	});

	it('prints one line per finding, grouped under a header per file, then the summary', async () => {
		const io = fakeIo();
		expect(await run(['check', COURSE], io)).toBe(1);
		const lines = io.out().trimEnd().split('\n');
		const findings = lines.filter((l) => l.startsWith('  '));
		expect(findings).toHaveLength(EXPECTED.length);
		for (const line of findings)
			expect(line).toMatch(
				/^ {2}tests\/fixtures\/cli\/every-mistake\/mistakes-course\/[\w.-]+:\d+:\d+ {2}(error|warning) {2}\S.* {2}\[[\w/-]+\]$/
			);
		const headers = lines.filter((l) => l && !l.startsWith('  ') && l !== lines.at(-1));
		expect(headers).toEqual(
			[
				'01-pages.mdx',
				'02-quizzes.mdx',
				'02-role-plays.mdx',
				'03-broken-syntax.mdx',
				'course.yaml',
			].map((f) => `${COURSE}/${f}`)
		);
		// Each header is followed by its own findings only.
		const fileOf = (l: string) => l.trim().split(':')[0];
		let current = '';
		for (const line of lines.slice(0, -1)) {
			if (!line) continue;
			if (!line.startsWith('  ')) current = line;
			else expect(fileOf(line)).toBe(current);
		}
		expect(lines.at(-1)).toBe('19 errors and 3 warnings in 5 files.');
		expect(io.out()).toContain(
			`${COURSE}/01-pages.mdx:18:1  error  <Calout> is not a PeerCourse component. Did you mean "Callout"?`
		);
	});

	it('reports the same issues as the build, which calls collectIssues()', async () => {
		const { json } = await checkJson(COURSE);
		process.env.PEERCOURSE_COURSES_DIR = DIR;
		try {
			expect(json.issues.map(key).sort()).toEqual(collectIssues().map(key).sort());
		} finally {
			delete process.env.PEERCOURSE_COURSES_DIR;
		}
	});

	it('gives the same result for the course by name, by folder path and by a module path', async () => {
		const env = { PEERCOURSE_COURSES_DIR: DIR };
		const byName = fakeIo({ env });
		expect(await run(['check', 'mistakes-course', '--format', 'json'], byName)).toBe(1);
		const byModule = await checkJson(`${COURSE}/02-quizzes.mdx`);
		const byFolderOfCourses = await checkJson(DIR);
		const expected = (JSON.parse(byName.out()) as CheckJson).issues.map(key).sort();
		expect(expected).toEqual(expectedKeys);
		expect(byModule.json.issues.map(key).sort()).toEqual(expected);
		expect(byFolderOfCourses.json.issues.map(key).sort()).toEqual(expected);
	});
});
