import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Keyboard-only ways through a quiz, for the quiz and certificate tests: every answer is
 * given with Tab, Space, Enter and the arrow keys, never a mouse click.
 */

/** Presses Tab until `target` has focus (it must be reachable in the tab order). */
export async function tabTo(page: Page, target: Locator, limit = 150): Promise<void> {
	for (let i = 0; i < limit; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`Could not reach ${target} with the Tab key`);
}

/** Tabs into a radio group (Tab stops once per group), then moves with the arrow keys until `target` is checked. */
export async function chooseRadio(page: Page, group: Locator, target: Locator): Promise<void> {
	const inGroup = () => group.evaluate((el) => el.contains(document.activeElement) && (document.activeElement as HTMLInputElement).type === 'radio');
	for (let i = 0; i < 150 && !(await inGroup()); i++) await page.keyboard.press('Tab');
	expect(await inGroup()).toBe(true);
	for (let i = 0; i < 12 && !(await target.isChecked()); i++) {
		// Tab lands on the first radio without selecting it; the arrow keys select as they move.
		const focused = await target.evaluate((el) => el === document.activeElement);
		await page.keyboard.press(focused ? 'Space' : 'ArrowDown');
	}
	await expect(target).toBeChecked();
}

/** Tabs to a `<select>` and moves through its options with the arrow keys until `label` is chosen. */
export async function chooseOption(page: Page, select: Locator, label: string): Promise<void> {
	await tabTo(page, select);
	for (let i = 0; i < 12; i++) {
		const text = await select.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent ?? '');
		if (text === label) return;
		await page.keyboard.press('ArrowDown');
	}
	throw new Error(`No option "${label}" in ${select}`);
}

/** Tabs to the "Check answer to question N" button of a question and presses Enter. */
export async function checkAnswer(page: Page, question: Locator): Promise<void> {
	await tabTo(page, question.getByRole('button', { name: /^Check answer/ }));
	await page.keyboard.press('Enter');
}

/** Puts an ordering question's steps in `wanted` order with its Move up buttons. */
export async function orderSteps(page: Page, question: Locator, wanted: string[]): Promise<void> {
	for (let target = 0; target < wanted.length; target++) {
		const step = wanted[target]!;
		const shown = await question.locator('.quiz-order > li .quiz-step-text').allInnerTexts();
		const moves = shown.indexOf(step) - target;
		if (moves <= 0) continue;
		await tabTo(page, question.getByRole('button', { name: `Move up: ${step}` }));
		for (let i = 0; i < moves; i++) await page.keyboard.press('Enter');
	}
	await expect(question.locator('.quiz-order > li .quiz-step-text')).toHaveText(wanted);
}

/**
 * Scrolls a quiz into view (scrolling, not clicking), which hydrates its island
 * (`client:visible`), and waits for the interactive quiz to replace the text version.
 */
export async function openQuiz(page: Page, quizId: string): Promise<Locator> {
	const quiz = page.locator(`section.quiz:not(.quiz-static)[data-quiz="${quizId}"]`);
	// Islands above may hydrate and change height meanwhile, so scroll again until it runs.
	await expect(async () => {
		await page.evaluate((id) => document.querySelector(`[data-quiz="${id}"]`)?.scrollIntoView(), quizId);
		await expect(quiz.locator('fieldset').first().or(quiz.locator('.quiz-result'))).toBeVisible({ timeout: 2000 });
	}).toPass();
	return quiz;
}

/** A question of a quiz, by its id. */
export function questionOf(quiz: Locator, questionId: string): Locator {
	return quiz.locator(`fieldset[data-question="${questionId}"]`);
}

/** Its polite live region, where feedback appears. */
export function feedbackOf(question: Locator): Locator {
	return question.locator('.quiz-feedback[aria-live="polite"]');
}

/** Whether a question was already checked in this attempt (its check button is inactive). */
async function isChecked(question: Locator): Promise<boolean> {
	return (await question.getByRole('button', { name: /^Check answer/ }).getAttribute('aria-disabled')) === 'true';
}

/**
 * Answers every question of the fixture's "kinds-check" quiz by keyboard, all right or all
 * wrong, skipping questions already checked in this attempt.
 */
export async function answerKindsCheck(page: Page, quiz: Locator, how: 'right' | 'wrong'): Promise<void> {
	const right = how === 'right';
	const steps: [string, (q: Locator) => Promise<void>][] = [
		['first-step', (q) => chooseRadio(page, q, q.getByRole('radio', { name: right ? 'Move to a private room and listen' : 'Ask her to report to the police' }))],
		[
			'pep-care',
			async (q) => {
				const picks = right ? ['HIV post-exposure prophylaxis', 'Emergency contraception'] : ['Nothing until she reports to the police'];
				for (const name of picks) {
					await tabTo(page, q.getByRole('checkbox', { name }));
					await page.keyboard.press('Space');
				}
			},
		],
		['disclose-job', (q) => chooseRadio(page, q, q.getByRole('radio', { name: right ? 'False' : 'True' }))],
		['lives-order', (q) => orderSteps(page, q, right ? ['Listen', 'Inquire about needs', 'Validate'] : ['Inquire about needs', 'Validate', 'Listen'])],
		[
			'time-windows',
			async (q) => {
				const windows = right ? ['Within 72 hours', 'Within 120 hours', 'At any time'] : ['At any time', 'At any time', 'Within 72 hours'];
				const lefts = ['HIV PEP', 'Emergency contraception', 'First-line support'];
				for (const [i, left] of lefts.entries()) await chooseOption(page, q.getByRole('combobox', { name: left }), windows[i]!);
			},
		],
		[
			'own-practice',
			async (q) => {
				const box = q.getByRole('textbox', { name: 'Your answer (it stays on this device)' });
				if (await box.inputValue()) return;
				await tabTo(page, box);
				await page.keyboard.type('Offer a private room before anything else.');
			},
		],
		['confidence', (q) => chooseRadio(page, q, q.getByRole('radio', { name: /^4/ }))],
	];
	for (const [id, answer] of steps) {
		const question = questionOf(quiz, id);
		if (await isChecked(question)) continue;
		await answer(question);
		await checkAnswer(page, question);
		await expect(feedbackOf(question)).not.toBeEmpty();
	}
}

/** The fixture bank quiz's right answers, by prompt. */
export const BANK_ANSWERS: Record<string, 'True' | 'False'> = {
	"Every step of care needs the person's consent.": 'True',
	'A police report is needed before giving PEP.': 'False',
	"Records should not note a person's sex work unless it matters for care.": 'True',
	'Sex-worker-led organisations are good partners for referral.': 'True',
};

/** Answers the two questions drawn in the fixture's "bank-check" quiz, all right. */
export async function answerBankCheck(page: Page, quiz: Locator): Promise<void> {
	const questions = quiz.locator('fieldset.quiz-question');
	await expect(questions).toHaveCount(2);
	for (let i = 0; i < 2; i++) {
		const question = questions.nth(i);
		const prompt = (await question.locator('.quiz-prompt').innerText()).trim();
		const answer = BANK_ANSWERS[prompt];
		if (!answer) throw new Error(`Unknown bank question: ${prompt}`);
		await chooseRadio(page, question, question.getByRole('radio', { name: answer }));
		await checkAnswer(page, question);
	}
}
