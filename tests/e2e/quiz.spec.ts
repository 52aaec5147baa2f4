import { expect, test } from '@playwright/test';
import { buildFixtureSite } from './helpers/build-site';
import {
	answerBankCheck,
	answerKindsCheck,
	checkAnswer,
	chooseRadio,
	feedbackOf,
	openQuiz,
	questionOf,
	tabTo,
} from './helpers/quiz-keyboard';
import { serveSite, type ServedSite } from './helpers/serve-site';

// The learner's side of quizzes on the quiz-kinds fixture: every question kind answered by
// keyboard alone, feedback in polite live regions, attempts, practice quizzes, draws from a
// bank, progress that survives a reload, review, and the learning records sent on.
let site: ServedSite;
let moduleUrl: string;
test.beforeAll(async () => {
	site = await serveSite(buildFixtureSite('quiz-kinds'), '/');
	moduleUrl = `${site.url}quiz-practice/every-kind/index.html`;
});
test.afterAll(() => site.close());

const PROGRESS_KEY = 'peercourse:v1:progress:quiz-practice';
const REFLECTION_KEY = 'peercourse:v1:reflection:quiz-practice:kinds-check:own-practice';

test('every kind of question can be answered by keyboard, with feedback in a live region', async ({ page }) => {
	await page.goto(moduleUrl);
	const quiz = await openQuiz(page, 'kinds-check');
	await expect(quiz.getByText('Pass mark: 70%')).toBeVisible();
	await expect(quiz.getByText('Attempt 1 of 2')).toBeVisible();
	// Every question is a named group, and every live region is there (empty) before any answer.
	for (const id of ['first-step', 'pep-care', 'disclose-job', 'lives-order', 'time-windows', 'own-practice', 'confidence']) {
		await expect(questionOf(quiz, id).locator('legend')).not.toBeEmpty();
		await expect(feedbackOf(questionOf(quiz, id))).toBeEmpty();
	}
	await expect(quiz.getByRole('group', { name: /^Question 1 of 7 A sex worker tells you/ })).toBeVisible();
	// A prompt of several paragraphs cannot sit in a legend: it describes the group instead.
	await expect(quiz.getByRole('group', { name: 'Question 2 of 7', exact: true })).toHaveAccessibleDescription(/^Meena comes to the clinic 30 hours after a sexual assault\.\s+Which care can you offer her now\?$/);
	await expect(quiz.getByRole('button', { name: /^Check/ })).toHaveCount(7);

	// Checking before answering says what to do, politely, in the same region.
	const first = questionOf(quiz, 'first-step');
	await checkAnswer(page, first);
	await expect(feedbackOf(first)).toHaveText('Choose an answer first, then check it.');

	// Checking never moves the button the learner just pressed: feedback goes below it.
	const button = first.getByRole('button', { name: 'Check answer to question 1' });
	const pageTop = () => button.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
	const before = await pageTop();
	await chooseRadio(page, first, first.getByRole('radio', { name: 'Move to a private room and listen' }));
	await checkAnswer(page, first);
	await expect(feedbackOf(first)).toContainText('Correct');
	expect(await pageTop()).toBe(before);

	await answerKindsCheck(page, quiz, 'right');
	await expect(feedbackOf(first)).toContainText('Yes: privacy lets her speak safely.');
	await expect(feedbackOf(first)).toContainText('First-line support starts with listening in private.');
	await expect(feedbackOf(questionOf(quiz, 'pep-care'))).toContainText('Correct');
	await expect(feedbackOf(questionOf(quiz, 'disclose-job'))).toContainText('Right: care does not depend on it.');
	await expect(feedbackOf(questionOf(quiz, 'lives-order'))).toContainText('Correct');
	await expect(feedbackOf(questionOf(quiz, 'time-windows'))).toContainText('Correct');
	await expect(feedbackOf(questionOf(quiz, 'own-practice'))).toContainText('Saved on this device only.');
	await expect(feedbackOf(questionOf(quiz, 'own-practice'))).toContainText('Small changes, like a private room');
	await expect(feedbackOf(questionOf(quiz, 'confidence'))).toContainText('Saved');

	// The last check finishes the attempt: the result is announced after the questions.
	const result = quiz.locator('.quiz-result-region[aria-live="polite"]');
	await expect(result).toContainText('You passed this quiz. Well done.');
	await expect(result).toContainText('You scored 100% in this attempt.');
	await expect(result).toContainText('Your best score is 100%. The pass mark is 70%.');
	await expect(page.locator('article [data-module-status="every-kind"]')).toHaveText('Done');
	const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), PROGRESS_KEY);
	expect(saved.blocks['kinds-check'].sum).toEqual({ d: true, p: true, s: 100 });
});

test('a wrong answer says what to consider; used attempts leave the module done and failed', async ({ page }) => {
	await page.goto(moduleUrl);
	let quiz = await openQuiz(page, 'kinds-check');
	await answerKindsCheck(page, quiz, 'wrong');
	const first = questionOf(quiz, 'first-step');
	await expect(feedbackOf(first)).toContainText('Not quite');
	await expect(feedbackOf(first)).toContainText('Reporting is her choice, never a condition of care.');
	await expect(feedbackOf(first)).toContainText('Consider what the module says about this.');
	await expect(feedbackOf(questionOf(quiz, 'disclose-job'))).toContainText('Consider: does anyone need to name their job to get care?');
	await expect(feedbackOf(questionOf(quiz, 'lives-order'))).toContainText('Partly correct');
	// With an attempt left, the right answers are not given away.
	await expect(quiz.getByText('Right answer')).toHaveCount(0);
	await expect(quiz.locator('.quiz-result')).toContainText('You have not reached the pass mark yet.');
	await expect(quiz.getByText('1 attempt left')).toBeVisible();

	await tabTo(page, quiz.getByRole('button', { name: 'Try again' }));
	await page.keyboard.press('Enter');
	await expect(quiz.getByText('Attempt 2 of 2')).toBeVisible();
	await expect(feedbackOf(first)).toBeEmpty();
	await expect(quiz.getByRole('heading', { name: 'Check your understanding' })).toBeFocused();

	// Half-way through the second attempt, a reload keeps the answer, its check and the attempt.
	await chooseRadio(page, first, first.getByRole('radio', { name: 'Ask how long she has done sex work' }));
	await checkAnswer(page, first);
	await expect(feedbackOf(first)).toContainText('Her work is not what she came to talk about.');
	await page.reload();
	quiz = await openQuiz(page, 'kinds-check');
	await expect(quiz.getByText('Attempt 2 of 2')).toBeVisible();
	await expect(questionOf(quiz, 'first-step').getByRole('radio', { name: 'Ask how long she has done sex work' })).toBeChecked();
	await expect(feedbackOf(questionOf(quiz, 'first-step'))).toContainText('Not quite');
	await expect(questionOf(quiz, 'own-practice').getByRole('textbox')).toHaveValue('Offer a private room before anything else.');

	await answerKindsCheck(page, quiz, 'wrong');
	await expect(quiz.locator('.quiz-result')).toContainText('You have used every attempt without reaching the pass mark');
	await expect(quiz.getByText('No attempts left')).toBeVisible();
	await expect(quiz.getByRole('button', { name: 'Try again' })).toHaveCount(0);
	await expect(page.locator('article [data-module-status="every-kind"]')).toHaveText('Done');
	const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), PROGRESS_KEY);
	expect(saved.blocks['kinds-check'].sum.d).toBe(true);
	expect(saved.blocks['kinds-check'].sum.p).toBe(false);
	expect(saved.blocks['kinds-check'].st.n).toBe(2);

	// After a reload the finished quiz shows its result and offers a review with the right answers.
	await page.reload();
	quiz = await openQuiz(page, 'kinds-check');
	await expect(quiz.locator('.quiz-result')).toContainText('You have used every attempt');
	await expect(quiz.locator('fieldset')).toHaveCount(0);
	const review = quiz.getByRole('button', { name: 'Review your answers' });
	await expect(review).toHaveAttribute('aria-expanded', 'false');
	await tabTo(page, review);
	await page.keyboard.press('Enter');
	await expect(quiz.getByRole('button', { name: 'Hide your answers' })).toHaveAttribute('aria-expanded', 'true');
	await expect(quiz.locator('fieldset')).toHaveCount(7);
	const reviewed = questionOf(quiz, 'first-step');
	await expect(reviewed.locator('.quiz-option', { hasText: 'Move to a private room and listen' })).toContainText('Right answer');
	await expect(reviewed.locator('.quiz-option', { hasText: 'Ask how long she has done sex work' })).toContainText('Your answer');
	await expect(reviewed.locator('.quiz-option', { hasText: 'Ask her to report to the police' })).not.toContainText('Your answer');
	await expect(feedbackOf(questionOf(quiz, 'lives-order'))).toContainText('The right order:');
	await expect(questionOf(quiz, 'time-windows')).toContainText('Right match: Within 72 hours');
	await expect(quiz.getByRole('button', { name: /^Check/ })).toHaveCount(0);
});

test('reflection text stays in its own device-only key, never in the saved progress', async ({ page }) => {
	await page.goto(moduleUrl);
	const quiz = await openQuiz(page, 'kinds-check');
	const box = questionOf(quiz, 'own-practice').getByRole('textbox', { name: 'Your answer (it stays on this device)' });
	await tabTo(page, box);
	await page.keyboard.type('Ask people what they need.');
	const stored = await page.evaluate(([p, r]) => ({ progress: localStorage.getItem(p!) ?? '', reflection: localStorage.getItem(r!) }), [PROGRESS_KEY, REFLECTION_KEY]);
	expect(stored.reflection).toBe('Ask people what they need.');
	expect(stored.progress).toContain('"own-practice":true');
	expect(stored.progress).not.toContain('Ask people');
	await page.reload();
	const again = await openQuiz(page, 'kinds-check');
	await expect(questionOf(again, 'own-practice').getByRole('textbox')).toHaveValue('Ask people what they need.');
});

test('a practice quiz is labelled, never counts, and never holds the module back', async ({ page }) => {
	await page.goto(`${site.url}quiz-practice/question-bank/index.html`);
	// The graded quiz alone finishes the module: the practice quiz above it is never needed.
	await answerBankCheck(page, await openQuiz(page, 'bank-check'));
	await expect(page.locator('article [data-module-status="question-bank"]')).toHaveText('Done');
	expect(await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').blocks['warm-up'], PROGRESS_KEY)).toBeUndefined();

	const quiz = await openQuiz(page, 'warm-up');
	await expect(quiz.getByText('Practice: not counted in your score')).toBeVisible();
	const question = questionOf(quiz, 'listen-first');
	await chooseRadio(page, question, question.getByRole('radio', { name: 'False' }));
	await checkAnswer(page, question);
	// Practice shows the right answer straight away, in the feedback under the button.
	await expect(feedbackOf(question)).toContainText('Not quite');
	await expect(feedbackOf(question).locator('.quiz-right-answer')).toHaveText(/Right answer\s*True/);
	await expect(feedbackOf(question)).toContainText('First-line support starts by listening.');
	await expect(quiz.locator('.quiz-result')).toContainText('Practice finished. It does not count in your score.');
	await expect(quiz.locator('.quiz-result')).toContainText('You scored 0% in this attempt.');
	await tabTo(page, quiz.getByRole('button', { name: 'Try again' }));
	await page.keyboard.press('Enter');
	const retried = questionOf(quiz, 'listen-first');
	await chooseRadio(page, retried, retried.getByRole('radio', { name: 'True' }));
	await checkAnswer(page, retried);
	await expect(feedbackOf(retried)).toContainText('Correct');
	// Its summary says only "done": no pass, no score, so the course score never sees it.
	const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), PROGRESS_KEY);
	expect(saved.blocks['warm-up'].sum).toEqual({ d: true });
	expect(saved.blocks['bank-check'].sum).toEqual({ d: true, p: true, s: 100 });
});

test('a quiz drawn from a bank asks two of its four questions', async ({ page }) => {
	await page.goto(`${site.url}quiz-practice/question-bank/index.html`);
	const quiz = await openQuiz(page, 'bank-check');
	await expect(quiz.getByText('Each attempt asks 2 questions, chosen at random from 4.')).toBeVisible();
	await expect(quiz.getByText('Attempt 1', { exact: true })).toBeVisible();
	await answerBankCheck(page, quiz);
	await expect(quiz.locator('.quiz-result')).toContainText('You passed this quiz.');
	const drawn = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').blocks['bank-check'].st.a.q, PROGRESS_KEY);
	expect(drawn).toHaveLength(2);
});

test('each checked answer goes to the tracker as a learning record, with its latency', async ({ page }) => {
	// A stand-in for the SCORM launch page's host back-end, which receives the records.
	await page.addInitScript(() => {
		const w = window as unknown as { records: unknown[]; peercourseHost: unknown };
		w.records = [];
		let saved: string | null = null;
		w.peercourseHost = {
			backend: () => ({
				kind: 'memory',
				load: () => saved,
				save: (text: string) => (saved = text),
				setAside: () => {},
				clear: () => (saved = null),
				record: (r: unknown) => w.records.push(r),
			}),
		};
	});
	await page.goto(moduleUrl);
	const quiz = await openQuiz(page, 'kinds-check');
	const first = questionOf(quiz, 'first-step');
	await chooseRadio(page, first, first.getByRole('radio', { name: 'Ask her to report to the police' }));
	await checkAnswer(page, first);
	const reflection = questionOf(quiz, 'own-practice');
	await tabTo(page, reflection.getByRole('textbox'));
	await page.keyboard.type('Private words.');
	await checkAnswer(page, reflection);
	await expect(feedbackOf(reflection)).toContainText('Saved');
	const records = await page.evaluate(() => (window as unknown as { records: Record<string, unknown>[] }).records);
	expect(records).toHaveLength(2);
	expect(records[0]).toMatchObject({
		kind: 'quiz-answer',
		courseId: 'quiz-practice',
		moduleId: 'every-kind',
		quizId: 'kinds-check',
		questionId: 'first-step',
		questionType: 'single-choice',
		result: 'incorrect',
		score: 0,
		includesFreeText: false,
	});
	expect((records[0]!.response as string[]).length).toBe(1);
	expect(records[0]!.latencyMs).toBeGreaterThan(0);
	expect(records[1]).toMatchObject({ questionId: 'own-practice', result: 'neutral', response: null });
	expect(JSON.stringify(records)).not.toContain('Private words');
});

test('without JavaScript the questions read as text', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(moduleUrl);
	const quiz = page.locator('section.quiz-static[data-quiz="kinds-check"]');
	await expect(quiz.getByRole('heading', { name: 'Check your understanding' })).toBeVisible();
	await expect(quiz).toContainText('A sex worker tells you a client hurt her. What do you do first?');
	await expect(quiz).toContainText('Ask how long she has done sex work');
	await expect(quiz).toContainText('Match each kind of care to its time window.');
	await expect(quiz).toContainText('Within 120 hours');
	await context.close();
});
