import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCourseSource } from '~/build/read-courses';
import { measureSavedState, SCORM12_SUSPEND_LIMIT } from '~/build/saved-state-size';
import type { CheckJson } from '~/cli/check/format-json';
import { run } from '~/cli/index';
import { analyseCourse } from '~/lib/course/analyse-course';
import { AUTHOR_BLOCKS } from '~/lib/course/blocks';
import { maxQuizStateSize, type Quiz } from '~/lib/quiz';
import { fakeIo, makeTempDir, removeTempDirs } from './fake-io';

// Loading the checks and writing files can take seconds on a busy machine; nothing here is timed.
const SLOW = 60_000;

afterAll(removeTempDirs);

const FRONT =
	'---\ntitle: A module\nsummary: One sentence.\nobjectives:\n  - Learn one thing\nestimatedMinutes: 5\n---\n\n';

/** A project folder with one course made by `new course`, plus extra files. */
async function makeCourse(files: Record<string, string | Buffer>): Promise<string> {
	const cwd = makeTempDir('pc-budget-');
	expect(await run(['new', 'course', '--title', 'Budget', '--yes'], fakeIo({ cwd }))).toBe(0);
	for (const [path, content] of Object.entries(files)) {
		mkdirSync(join(cwd, 'courses', 'budget', path, '..'), { recursive: true });
		writeFileSync(join(cwd, 'courses', 'budget', path), content);
	}
	return cwd;
}

async function check(cwd: string): Promise<{ code: number; json: CheckJson }> {
	const io = fakeIo({ cwd });
	const code = await run(['check', '--format', 'json'], io);
	return { code, json: JSON.parse(io.out()) as CheckJson };
}

describe('IMAGE_TOO_LARGE', { timeout: SLOW }, () => {
	it('warns once per picture over 300 KB, where it is used: Markdown, <img>, portraits and the cover', async () => {
		const big = Buffer.alloc(400 * 1024);
		const cwd = await makeCourse({
			'images/big.png': big,
			'images/huge.png': Buffer.alloc(1536 * 1024),
			'images/portrait.png': big,
			'images/cover.png': big,
			'images/small.png': Buffer.alloc(300 * 1024),
			'02-pictures.mdx': `${FRONT}![A clinic](./images/small.png)\n\n![A waiting room](./images/big.png)\n\nAgain: ![A waiting room](./images/big.png)\n\n<img src="./images/huge.png" alt="A corridor" />\n\n<Scenario id="pictures" title="Pictures" start="one">\n  <Speaker id="asha" name="Asha" portrait="./images/portrait.png" alt="A woman smiling" />\n  <Scene id="one">\n    <Choice id="go" to="end" feedback="Fine.">Go on.</Choice>\n  </Scene>\n  <Ending id="end" outcome="good" title="The end">It went well.</Ending>\n</Scenario>\n`,
		});
		const yaml = join(cwd, 'courses', 'budget', 'course.yaml');
		const withCover = `${readFileSync(yaml, 'utf8')}cover:\n  image: ./images/cover.png\n  alt: A clinic door\n`;
		writeFileSync(yaml, withCover);
		const coverLine = withCover.split('\n').indexOf('  image: ./images/cover.png') + 1;
		const { code, json } = await check(cwd);
		const found = json.issues
			.filter((i) => i.code === 'IMAGE_TOO_LARGE')
			.map((i) => `${i.file}:${i.line}:${i.column} ${i.severity}`);
		expect(found).toEqual([
			'courses/budget/02-pictures.mdx:11:1 warning',
			'courses/budget/02-pictures.mdx:15:6 warning', // the src prop
			'courses/budget/02-pictures.mdx:18:34 warning', // the portrait prop
			`courses/budget/course.yaml:${coverLine}:10 warning`,
		]);
		const messages = json.issues.filter((i) => i.code === 'IMAGE_TOO_LARGE').map((i) => i.message);
		expect(messages).toContain(
			'The image "./images/big.png" is 400 KB, over the budget of 300 KB for one picture.'
		);
		expect(messages).toContain(
			'The image "./images/huge.png" is 1.5 MB, over the budget of 300 KB for one picture.'
		);
		expect(json.issues.filter((i) => i.code !== 'IMAGE_TOO_LARGE')).toEqual([]);
		expect(code).toBe(0);
	});
});

describe('STATE_MAY_EXCEED_SCORM12', { timeout: SLOW }, () => {
	/** A graded quiz whose worst-case saved state is large: many ordering questions with long ids. */
	function bigQuiz(id: string, questions: number): string {
		const steps = (q: number) =>
			['first', 'second', 'third', 'fourth', 'fifth', 'sixth']
				.map((w) => `    <Step id="${id}-question-${q}-${w}-step-with-a-long-id">Step ${w}</Step>`)
				.join('\n');
		const body = Array.from(
			{ length: questions },
			(_, q) =>
				`  <Ordering id="${id}-question-${q}" prompt="Put the steps of case ${q} in order.">\n${steps(q)}\n  </Ordering>`
		).join('\n\n');
		return `<Quiz id="${id}">\n${body}\n</Quiz>\n`;
	}

	it('warns on course.yaml when the worst case is over 4,096 characters, naming the largest parts', async () => {
		const cwd = await makeCourse({
			'02-long.mdx': `${FRONT}${bigQuiz('long-quiz', 6)}`,
			'03-longer.mdx': `${FRONT}${bigQuiz('longer-quiz', 8)}`,
		});
		const { code, json } = await check(cwd);
		expect(json.issues.map((i) => `${i.file}:${i.line ?? 1} ${i.severity} ${i.code}`)).toEqual([
			'courses/budget/course.yaml:1 warning STATE_MAY_EXCEED_SCORM12',
		]);
		const [issue] = json.issues;
		expect(issue!.message).toMatch(
			/^Saved progress for this course could need up to [\d,]+ characters, more than the 4,096 that SCORM 1\.2 allows\. The largest parts are quiz "longer-quiz" in 03-longer\.mdx \([\d,]+\), quiz "long-quiz" in 02-long\.mdx \([\d,]+\) and (quiz "introduction-check" in 01-introduction\.mdx|the progress flags of 3 modules) \([\d,]+\)\.$/
		);
		expect(code).toBe(0);
	});

	it('stays quiet under the limit, and leaves draft modules out', async () => {
		const draft = FRONT.replace('estimatedMinutes: 5', 'estimatedMinutes: 5\ndraft: true');
		const cwd = await makeCourse({
			'02-long.mdx': `${FRONT}${bigQuiz('long-quiz', 4)}`,
			'03-draft.mdx': `${draft}${bigQuiz('draft-quiz', 12)}`,
		});
		const { json } = await check(cwd);
		expect(json.issues).toEqual([]);
	});

	it('measures exactly the JSON the tracker would save for the worst case, plus the suspend_data prefix', async () => {
		const cwd = await makeCourse({
			'02-long.mdx': `${FRONT}${bigQuiz('long-quiz', 2)}`,
			'10-a-much-longer-module-name.mdx': FRONT,
		});
		const course = analyseCourse(
			readCourseSource(join(cwd, 'courses', 'budget'), cwd),
			AUTHOR_BLOCKS
		);
		const { total, parts } = measureSavedState(course);
		const quizzes = course.modules.flatMap((m) => m.blocks).filter((b) => b.name === 'Quiz');
		const scenarios = course.modules.flatMap((m) => m.blocks).filter((b) => b.name === 'Scenario');
		expect(quizzes.map((q) => q.id)).toEqual(['introduction-check', 'long-quiz']);
		const worstState = (size: number) => 'x'.repeat(size - 2); // a JSON string of exactly `size` characters
		const { maxScenarioStateSize } = await import('~/lib/scenario');
		const blocks = Object.fromEntries([
			...quizzes.map((b) => [
				b.id,
				{
					st: worstState(maxQuizStateSize(b.model as Quiz)),
					sum: { d: false, p: false, s: 66.67 },
				},
			]),
			...scenarios.map((b) => [
				b.id,
				{
					// The role-play island adds `,"f":1` once a run has reached an ending.
					st: worstState(maxScenarioStateSize(b.model as never) + ',"f":1'.length),
					sum: { d: false, p: false, s: 66.67 },
				},
			]),
		]);
		const flags = { introduction: 1, long: 1, 'a-much-longer-module-name': 1 };
		const progress = {
			v: 1,
			done: flags,
			seen: flags,
			blocks,
			at: 'a-much-longer-module-name',
			completedAt: 4102444800000,
		};
		expect(total).toBe('pc1j:'.length + JSON.stringify(progress).length);
		expect(parts.reduce((sum, p) => sum + p.size, 0)).toBe(total);
		expect(total).toBeLessThan(SCORM12_SUSPEND_LIMIT);
	});
});
