import { describe, expect, it } from 'vitest';
import { deriveQuestionId, derivePartIds, isKebabCase, slugify } from '~/lib/quiz/ids';
import { extractClean } from './helpers';

const q1 = `  <SingleChoice prompt="Meena asks only for an injection. What first?">
    <Choice correct>Move to a private room</Choice>
    <Choice>Ask for a police report</Choice>
  </SingleChoice>`;
const q2 = `  <TrueFalse prompt="Disclosing sex work is optional." answer />`;
const q3 = `  <Ordering prompt="Order LIVES"><Step>Listen</Step><Step>Inquire</Step><Step>Validate</Step></Ordering>`;

describe('stable ids', () => {
	it('derives a question id from the prompt: slug plus a short hash', () => {
		const id = deriveQuestionId('Meena asks only for an injection. What first?');
		expect(id).toMatch(/^meena-asks-only-for-[0-9a-z]{4}$/);
		expect(isKebabCase(id)).toBe(true);
		expect(deriveQuestionId('Meena asks only for an injection. What first?')).toBe(id);
		// Case and spacing do not change it; the words do.
		expect(deriveQuestionId('  meena asks ONLY for an   injection. What first?')).toBe(id);
		expect(deriveQuestionId('Meena asks only for an injection. What next?')).not.toBe(id);
		expect(deriveQuestionId('¿Qué?')).toMatch(/^que-[0-9a-z]{4}$/);
		expect(deriveQuestionId('???')).toMatch(/^q-[0-9a-z]{4}$/);
	});

	it('keeps question and part ids when questions are reordered', () => {
		const a = extractClean(`<Quiz id="q">\n${q1}\n${q2}\n${q3}\n</Quiz>`);
		const b = extractClean(`<Quiz id="q">\n${q3}\n${q1}\n${q2}\n</Quiz>`);
		// Everything but the line number stays the same, ids of parts included.
		const ids = (quiz: typeof a) =>
			Object.fromEntries(quiz.questions.map(({ line: _, ...q }) => [q.promptText, q]));
		expect(ids(b)).toEqual(ids(a));
		expect(b.questions.map((q) => q.id)).toEqual([
			a.questions[2]!.id,
			a.questions[0]!.id,
			a.questions[1]!.id,
		]);
	});

	it('keeps choice ids when choices are reordered, and keeps them short', () => {
		const a = extractClean(`<Quiz id="q">\n${q1}\n</Quiz>`);
		const b = extractClean(`<Quiz id="q">
  <SingleChoice prompt="Meena asks only for an injection. What first?">
    <Choice>Ask for a police report</Choice>
    <Choice correct>Move to a private room</Choice>
  </SingleChoice>
</Quiz>`);
		const choices = (quiz: typeof a) =>
			(quiz.questions[0] as { choices: { id: string; html: string }[] }).choices;
		const byText = (quiz: typeof a) => Object.fromEntries(choices(quiz).map((c) => [c.html, c.id]));
		expect(byText(b)).toEqual(byText(a));
		for (const c of choices(a)) expect(c.id).toMatch(/^[0-9a-z]{3}$/);
	});

	it('uses authored ids as they are', () => {
		const quiz = extractClean(`<Quiz id="q">
  <SingleChoice id="night-shift" prompt="Which?">
    <Choice id="private-room" correct>A</Choice>
    <Choice>B</Choice>
  </SingleChoice>
</Quiz>`);
		const q = quiz.questions[0]!;
		expect(q.id).toBe('night-shift');
		expect((q as { choices: { id: string }[] }).choices[0]!.id).toBe('private-room');
	});

	it('lengthens only the part ids that collide, independent of position', () => {
		// Find two texts whose 3-char ids collide, deterministically.
		const seen = new Map<string, string>();
		let pair: [string, string] | undefined;
		for (let i = 0; !pair && i < 200000; i++) {
			const text = `choice ${i}`;
			const [id] = derivePartIds([text], [undefined]);
			const other = seen.get(id!);
			if (other) pair = [other, text];
			else seen.set(id!, text);
		}
		expect(pair).toBeDefined();
		const [a, b] = pair!;
		const forward = derivePartIds([a, b, 'other'], [undefined, undefined, undefined]);
		const backward = derivePartIds([b, 'other', a], [undefined, undefined, undefined]);
		expect(forward[0]).toHaveLength(5);
		expect(forward[1]).toHaveLength(5);
		expect(forward[0]).not.toBe(forward[1]);
		expect(forward[2]).toHaveLength(3);
		expect([backward[2], backward[0], backward[1]]).toEqual(forward);
	});

	it('recognises and makes kebab-case', () => {
		expect(isKebabCase('lives-check')).toBe(true);
		expect(isKebabCase('q2')).toBe(true);
		for (const bad of ['Lives', 'lives_check', 'lives--check', '-x', 'x-', 'a b', ''])
			expect(isKebabCase(bad)).toBe(false);
		expect(slugify('Lives_Check  Café!')).toBe('lives-check-cafe');
	});
});
