import { describe, expect, it } from 'vitest';
import { extract, FILE } from './helpers';

/** The issues of a quiz as [code, line, column?] plus the message and hint for fragments. */
function issuesOf(mdx: string) {
	return extract(mdx).issues;
}

function only(mdx: string) {
	const issues = issuesOf(mdx);
	expect(issues, JSON.stringify(issues, null, 1)).toHaveLength(1);
	return issues[0]!;
}

const twoChoices = `
    <Choice correct>Listen</Choice>
    <Choice>Lecture</Choice>`;

describe('extractQuiz: build-time checks', () => {
	it('QUIZ_NO_CORRECT_CHOICE: a choice question without a right answer', () => {
		const r = extract(`<Quiz id="q">
  <MultipleChoice id="m" prompt="Which?">
    <Choice>A</Choice>
    <Choice>B</Choice>
  </MultipleChoice>
</Quiz>`);
		expect(r.quiz).toBeUndefined();
		expect(r.issues).toHaveLength(1);
		expect(r.issues[0]).toMatchObject({
			code: 'QUIZ_NO_CORRECT_CHOICE',
			severity: 'error',
			file: FILE,
			line: 2,
			column: 3,
		});
		expect(r.issues[0]!.message).toContain('The <MultipleChoice> "m" has no correct choice');
		expect(r.issues[0]!.hint).toContain('<Choice correct>');
	});

	it('QUIZ_SINGLE_CHOICE_MANY_CORRECT', () => {
		const i = only(`<Quiz id="q">

  <SingleChoice id="s" prompt="Which?">
    <Choice correct>A</Choice>
    <Choice correct>B</Choice>
  </SingleChoice>
</Quiz>`);
		expect(i).toMatchObject({ code: 'QUIZ_SINGLE_CHOICE_MANY_CORRECT', line: 3 });
		expect(i.message).toContain('has 2 correct choices');
		expect(i.hint).toContain('<MultipleChoice>');
	});

	it('QUIZ_TOO_FEW_CHOICES', () => {
		const i = only(`<Quiz id="q">
  <SingleChoice id="s" prompt="Which?">
    <Choice correct>A</Choice>
  </SingleChoice>
</Quiz>`);
		expect(i).toMatchObject({ code: 'QUIZ_TOO_FEW_CHOICES', line: 2 });
	});

	it('QUIZ_ORDERING_TOO_FEW_STEPS', () => {
		const i = only(`<Quiz id="q">
  <Ordering id="o" prompt="Order them">
    <Step>Only one</Step>
  </Ordering>
</Quiz>`);
		expect(i).toMatchObject({ code: 'QUIZ_ORDERING_TOO_FEW_STEPS', line: 2 });
		expect(i.message).toContain('has 1 <Step>');
	});

	it('QUIZ_MATCHING_UNPAIRED: a pair missing a side', () => {
		const i = only(`<Quiz id="q">
  <Matching id="m" prompt="Match">
    <Pair left="PEP" right="72 hours" />
    <Pair left="EC" right="120 hours" />
    <Pair left="Hepatitis B" />
  </Matching>
</Quiz>`);
		expect(i).toMatchObject({ code: 'QUIZ_MATCHING_UNPAIRED', line: 5, column: 5 });
		expect(i.message).toContain('has no right side');
	});

	it('QUIZ_MATCHING_DUPLICATE_SIDE: the same left or right twice', () => {
		const issues = issuesOf(`<Quiz id="q">
  <Matching id="m" prompt="Match">
    <Pair left="PEP" right="72 hours" />
    <Pair left="EC" right="72 hours" />
    <Pair left="pep" right="5 days" />
  </Matching>
</Quiz>`);
		expect(issues.map((i) => [i.code, i.line])).toEqual([
			['QUIZ_MATCHING_DUPLICATE_SIDE', 5],
			['QUIZ_MATCHING_DUPLICATE_SIDE', 4],
		]);
		expect(issues[0]!.message).toContain('the same left side ("pep")');
		expect(issues[1]!.message).toContain('the same right side ("72 hours")');
	});

	it('QUIZ_DUPLICATE_QUESTION_ID: authored or derived from the same prompt', () => {
		const issues = issuesOf(`<Quiz id="q">
  <TrueFalse id="same" prompt="One" answer />
  <TrueFalse id="same" prompt="Two" answer={false} />
  <TrueFalse prompt="Three" answer />
  <TrueFalse prompt="Three" answer />
</Quiz>`);
		expect(issues.map((i) => [i.code, i.line])).toEqual([
			['QUIZ_DUPLICATE_QUESTION_ID', 3],
			['QUIZ_DUPLICATE_QUESTION_ID', 5],
		]);
		expect(issues[0]!.message).toBe('The <Quiz> "q" has two questions with the id "same".');
	});

	it('QUIZ_DUPLICATE_ITEM_ID: two choices with the same id or text', () => {
		const issues = issuesOf(`<Quiz id="q">
  <SingleChoice id="s" prompt="Which?">
    <Choice id="a" correct>A</Choice>
    <Choice id="a">B</Choice>
    <Choice>Same</Choice>
    <Choice>same</Choice>
  </SingleChoice>
</Quiz>`);
		expect(issues.map((i) => [i.code, i.line])).toEqual([
			['QUIZ_DUPLICATE_ITEM_ID', 4],
			['QUIZ_DUPLICATE_ITEM_ID', 6],
		]);
		expect(issues[0]!.message).toContain('the same id "a"');
		expect(issues[1]!.message).toContain('the same text ("same")');
	});

	it('QUIZ_DRAW_TOO_LARGE', () => {
		const i = only(`<Quiz id="q"
  draw={3}>
  <TrueFalse prompt="One" answer />
  <TrueFalse prompt="Two" answer />
</Quiz>`);
		expect(i).toMatchObject({ code: 'QUIZ_DRAW_TOO_LARGE', line: 2, column: 3 });
		expect(i.message).toBe('The <Quiz> "q" draws 3 questions per attempt, but it has only 2.');
		expect(i.hint).toContain('Set draw to 2 or less');
	});

	it('QUIZ_UNKNOWN_PROP with the closest name', () => {
		const issues = issuesOf(`<Quiz id="q" pasMark={80}>
  <SingleChoice prompt="Which?" shufle>
    <Choice correct feedbak="Yes">A</Choice>
    <Choice>B</Choice>
  </SingleChoice>
</Quiz>`);
		expect(issues.map((i) => [i.code, i.line, i.column])).toEqual([
			['QUIZ_UNKNOWN_PROP', 1, 14],
			['QUIZ_UNKNOWN_PROP', 2, 33],
			['QUIZ_UNKNOWN_PROP', 3, 21],
		]);
		expect(issues[0]!.message).toBe(
			'The prop "pasMark" on <Quiz> is not one that PeerCourse knows.'
		);
		expect(issues[0]!.hint).toMatch(
			/^Did you mean "passMark"\? <Quiz> accepts id, title, passMark/
		);
		expect(issues[1]!.hint).toContain('Did you mean "shuffle"?');
		expect(issues[2]!.hint).toContain('Did you mean "feedback"?');
	});

	it('QUIZ_UNKNOWN_COMPONENT with the closest name, and QUIZ_MISPLACED_COMPONENT', () => {
		const issues = issuesOf(`<Quiz id="q">
  <SingleChoise prompt="Which?">
    <Choice correct>A</Choice>
  </SingleChoise>
  <SingleChoice prompt="Which one?">
    <Choise correct>A</Choise>
    <Choice correct>B</Choice>
    <Choice>C</Choice>
    <Step>D</Step>
  </SingleChoice>
</Quiz>`);
		expect(issues.map((i) => [i.code, i.line])).toEqual([
			['QUIZ_UNKNOWN_COMPONENT', 2],
			['QUIZ_UNKNOWN_COMPONENT', 6],
			['QUIZ_MISPLACED_COMPONENT', 9],
		]);
		expect(issues[0]!.message).toBe('<SingleChoise> inside <Quiz> is not a quiz component.');
		expect(issues[0]!.hint).toMatch(/^Did you mean "SingleChoice"\?/);
		expect(issues[1]!.hint).toMatch(/^Did you mean "Choice"\?/);
		expect(issues[2]!.message).toBe('<Step> cannot be used directly inside <SingleChoice>.');
	});

	it('QUIZ_MISSING_ID', () => {
		const r = extract(`<Quiz title="No id">
  <TrueFalse prompt="One" answer />
</Quiz>`);
		expect(r.quiz).toBeUndefined();
		expect(r.issues.map((i) => [i.code, i.line, i.column])).toEqual([['QUIZ_MISSING_ID', 1, 1]]);
		expect(r.issues[0]!.hint).toContain('<Quiz id="lives-check">');
	});

	it('QUIZ_NON_LITERAL_PROP', () => {
		const i = only(`<Quiz id="q" attempts={maxAttempts}>
  <TrueFalse prompt="One" answer />
</Quiz>`);
		expect(i).toMatchObject({ code: 'QUIZ_NON_LITERAL_PROP', line: 1, column: 14 });
		expect(i.message).toBe(
			'The prop attempts={maxAttempts} on <Quiz> is not a plain value, so the build cannot read it.'
		);
	});

	it('QUIZ_ID_NOT_KEBAB_CASE on quiz, question and choice ids', () => {
		const issues = issuesOf(`<Quiz id="Lives_Check">
  <SingleChoice id="nightShift" prompt="Which?">
    <Choice id="Yes A" correct>A</Choice>
    <Choice>B</Choice>
  </SingleChoice>
</Quiz>`);
		expect(issues.map((i) => [i.code, i.line])).toEqual([
			['QUIZ_ID_NOT_KEBAB_CASE', 1],
			['QUIZ_ID_NOT_KEBAB_CASE', 2],
			['QUIZ_ID_NOT_KEBAB_CASE', 3],
		]);
		expect(issues[0]!.message).toBe('The id "Lives_Check" of a <Quiz> is not kebab-case.');
		expect(issues[0]!.hint).toContain('id="lives-check"');
		expect(issues[1]!.hint).toContain('id="nightshift"');
	});

	it('QUIZ_INVALID_PROP_VALUE for out-of-range or mistyped values', () => {
		const issues = issuesOf(`<Quiz id="q" passMark={120} attempts={0} graded="yes">
  <SelfRating prompt="Sure?" scale={20} phase="middle" />
  <TrueFalse prompt="One" answer />
</Quiz>`);
		expect(issues.map((i) => i.code)).toEqual(Array(5).fill('QUIZ_INVALID_PROP_VALUE'));
		expect(issues.map((i) => i.line).sort()).toEqual([1, 1, 1, 2, 2]);
		const messages = issues.map((i) => i.message).join('\n');
		expect(messages).toContain(
			'"passMark" on <Quiz> has the value {120}, which is not a number from 0 to 100'
		);
		expect(messages).toContain(
			'"attempts" on <Quiz> has the value {0}, which is not a whole number of at least 1'
		);
		expect(messages).toContain('"graded" on <Quiz> has the value "yes"');
		expect(messages).toContain('"scale" on <SelfRating> has the value {20}');
		expect(messages).toContain('"phase" on <SelfRating> has the value "middle"');
	});

	it('QUIZ_MISSING_PROMPT, QUIZ_EMPTY_TEXT and QUIZ_TRUE_FALSE_NO_ANSWER', () => {
		const issues = issuesOf(`<Quiz id="q">
  <TrueFalse id="t" />
  <Ordering id="o" prompt="Order">
    <Step>One</Step>
    <Step></Step>
    <Step>Three</Step>
  </Ordering>
</Quiz>`);
		expect(issues.map((i) => [i.code, i.line])).toEqual([
			['QUIZ_MISSING_PROMPT', 2],
			['QUIZ_TRUE_FALSE_NO_ANSWER', 2],
			['QUIZ_EMPTY_TEXT', 5],
		]);
	});

	it('QUIZ_EMPTY and the QUIZ_NOTHING_TO_GRADE warning', () => {
		expect(only(`<Quiz id="q">\n  Nothing here yet.\n</Quiz>`)).toMatchObject({
			code: 'QUIZ_EMPTY',
			line: 1,
		});
		const r = extract(`<Quiz id="q">\n  <Reflection prompt="Why?" />\n</Quiz>`);
		expect(r.issues.map((i) => [i.code, i.severity])).toEqual([
			['QUIZ_NOTHING_TO_GRADE', 'warning'],
		]);
		expect(r.quiz?.id).toBe('q');
	});

	it('reports several problems at once and returns no quiz', () => {
		const r = extract(`<Quiz id="q" draw={5}>
  <SingleChoice prompt="A?">
    <Choice>A</Choice>
    <Choice>B</Choice>
  </SingleChoice>
  <Ordering prompt="B?"><Step>x</Step></Ordering>
</Quiz>`);
		expect(r.quiz).toBeUndefined();
		expect(r.issues.map((i) => i.code).sort()).toEqual([
			'QUIZ_DRAW_TOO_LARGE',
			'QUIZ_NO_CORRECT_CHOICE',
			'QUIZ_ORDERING_TOO_FEW_STEPS',
		]);
	});

	it('has no "Error:" prefix, "Oops" or exclamation marks, and every hint is a sentence', () => {
		const r = extract(`<Quiz pasMark="x" draw={9}>
  <SingleChoise />
  <SingleChoice id="A B"><Choice>x</Choice></SingleChoice>
</Quiz>`);
		expect(r.issues.length).toBeGreaterThan(3);
		for (const i of r.issues) {
			expect(i.message).not.toMatch(/^Error|Oops|!/);
			expect(i.message).toMatch(/\.$/);
			expect(i.hint).toMatch(/[.?]$/);
		}
	});
});
