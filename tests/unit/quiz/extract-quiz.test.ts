import { describe, expect, it } from 'vitest';
import { extractClean, squash, SAMPLE } from './helpers';

describe('extractQuiz: the model', () => {
	const quiz = extractClean(SAMPLE);
	const byId = Object.fromEntries(quiz.questions.map((q) => [q.id, q]));

	it('reads quiz options and defaults', () => {
		expect(quiz.id).toBe('lives-check');
		expect(quiz.title).toBe('Check your understanding');
		expect(quiz.passMark).toBe(75);
		expect(quiz.attempts).toBe(2);
		expect(quiz.graded).toBe(true);
		expect(quiz.draw).toBeUndefined();
		expect(quiz.introHtml).toBe('Answer from what the module said.');
		expect(quiz.questions.map((q) => q.type)).toEqual([
			'single-choice',
			'multiple-choice',
			'true-false',
			'ordering',
			'matching',
			'reflection',
			'self-rating',
		]);
	});

	it('renders Markdown in prompts, choices, feedback and explanations to HTML', () => {
		const q = byId['night-shift']!;
		if (q.type !== 'single-choice') throw new Error('type');
		expect(squash(q.promptHtml)).toBe(
			'Meena asks only for <em>an injection</em> and keeps looking at the door. What do you do first?'
		);
		expect(q.promptText).toBe(
			'Meena asks only for an injection and keeps looking at the door. What do you do first?'
		);
		expect(q.choices.map((c) => c.html)).toEqual([
			'Move to a private room and ask what she needs',
			'Ask her to file a police report first',
			'Give an antibiotic and send her home',
		]);
		expect(q.choices.map((c) => c.correct)).toEqual([true, false, false]);
		expect(squash(q.choices[0]!.feedbackHtml)).toBe('Yes: <strong>privacy</strong> comes first.');
		expect(squash(q.choices[1]!.feedbackHtml)).toBe('Reporting is <em>her</em> choice.');
		expect(q.choices[2]!.feedbackHtml).toBeUndefined();
		expect(q.feedback.correct).toBe('Well done.');
		expect(squash(q.feedback.incorrect)).toBe(
			'Look again at <a href="https://example.org/lives">LIVES</a>.'
		);
		expect(q.explanationHtml).toContain('<strong>Listen</strong>');
		expect(q.explanationHtml).toContain('<li>private room</li>');
		expect(q.shuffle).toBe(true);
	});

	it('takes the prompt from children Markdown and feedback from question props', () => {
		const q = byId['pep-care']!;
		if (q.type !== 'multiple-choice') throw new Error('type');
		expect(squash(q.promptHtml)).toBe(
			'Which can you offer <strong>30 hours</strong> after the assault?'
		);
		expect(q.feedback).toEqual({ partial: 'Some of these are right.' });
		expect(q.choices.filter((c) => c.correct)).toHaveLength(3);
	});

	it('reads true/false, ordering, matching, reflection and self-rating', () => {
		expect(byId['disclose-job']).toMatchObject({ type: 'true-false', answer: false });
		const order = byId['lives-order']!;
		if (order.type !== 'ordering') throw new Error('type');
		expect(order.steps.map((s) => s.html)).toEqual([
			'Listen',
			'Inquire about needs and concerns',
			'Validate',
			'Enhance safety',
			'Support',
		]);
		const match = byId['time-windows']!;
		if (match.type !== 'matching') throw new Error('type');
		expect(match.pairs.map((p) => [p.leftHtml, p.rightHtml])).toEqual([
			['HIV PEP', 'No later than 72 hours'],
			['Emergency contraception', 'Up to 120 hours'],
			['Hepatitis B vaccine', 'As per national guidelines'],
		]);
		expect(byId['own-attitudes']).toMatchObject({ type: 'reflection' });
		expect(byId['confidence']).toMatchObject({
			type: 'self-rating',
			scale: 5,
			minLabelHtml: 'Not at all',
			maxLabelHtml: 'Very',
			phase: 'before',
		});
	});

	it('keeps lines for course-wide reports and is plain JSON', () => {
		expect(byId['night-shift']!.line).toBe(10);
		expect(JSON.parse(JSON.stringify(quiz))).toEqual(quiz);
	});

	it('applies defaults: practice, no shuffle, per-question shuffle override, custom scale', () => {
		const q = extractClean(`<Quiz id="practice" graded={false} draw={1}>
  <SingleChoice prompt="Pick one" shuffle>
    <Choice correct>A</Choice>
    <Choice>B</Choice>
  </SingleChoice>
  <MultipleChoice prompt="Pick some">
    <Choice correct>A</Choice>
    <Choice>B</Choice>
  </MultipleChoice>
  <SelfRating id="ready" prompt="Ready?" scale={7} />
</Quiz>`);
		expect(q.graded).toBe(false);
		expect(q.passMark).toBeUndefined();
		expect(q.attempts).toBeUndefined();
		expect(q.draw).toBe(1);
		expect(q.questions.map((x) => ('shuffle' in x ? x.shuffle : null))).toEqual([
			true,
			false,
			null,
		]);
		expect(q.questions[2]).toMatchObject({ scale: 7 });
		expect(q.questions[2]).not.toHaveProperty('phase');
	});

	it('keeps text written inside other components instead of dropping it', () => {
		const q = extractClean(`<Quiz id="q">
  <SingleChoice prompt="What did the doctor get wrong?">
    <Choice correct><StigmatisingExample>"Another one of those cases"</StigmatisingExample></Choice>
    <Choice>Nothing</Choice>
  </SingleChoice>
</Quiz>`);
		const c = q.questions[0]!;
		if (c.type !== 'single-choice') throw new Error('type');
		expect(c.choices[0]!.html).toContain('Another one of those cases');
	});
	it('reads a compact question: prompt text and one-line choices with no blank lines', () => {
		const q = extractClean(`<Quiz id="q">
  <SingleChoice>
    What do you *do*?
    <Choice correct>**Listen** and [ask](https://example.org/ask).</Choice>
    <Choice>Lecture</Choice>
  </SingleChoice>
</Quiz>`).questions[0]!;
		if (q.type !== 'single-choice') throw new Error('type');
		expect(q.promptHtml).toBe('What do you <em>do</em>?');
		expect(q.choices.map((c) => c.html)).toEqual([
			'<strong>Listen</strong> and <a href="https://example.org/ask">ask</a>.',
			'Lecture',
		]);
	});
});
