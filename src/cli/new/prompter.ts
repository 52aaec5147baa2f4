import { createInterface } from 'node:readline/promises';
import { CliFailure } from '../errors';
import type { Output } from '../output';

/** One question of `peercourse new`. */
export interface Question {
	/** The question, without a colon: `Course title`. */
	text: string;
	/** Used when the answer is empty (and shown in brackets). */
	default?: string;
	/** A sentence saying what is wrong with an answer, or undefined when it is fine. */
	check?(answer: string): string | undefined;
	/** What to say when no answer can be had (with `--yes`); default: "<text> is needed." */
	missing?: string;
}

/** Asks questions one line at a time, asking again until the answer passes its check. */
export interface Prompter {
	ask(question: Question): Promise<string>;
	close(): void;
}

/**
 * Reads answers from `input` line by line. Questions are printed by `output`, so piped answers
 * (scripts, tests) work the same as typing; when the input ends early, the command stops with
 * a message instead of waiting for ever.
 */
export function createPrompter(input: NodeJS.ReadableStream, output: Output): Prompter {
	const rl = createInterface({ input, terminal: false });
	const lines = rl[Symbol.asyncIterator]();
	const echo = !(input as { isTTY?: boolean }).isTTY;
	return {
		async ask(question) {
			for (;;) {
				output.prompt(`${question.text}${question.default ? ` (${question.default})` : ''}: `);
				const next = await lines.next();
				if (next.done) {
					output.print('');
					throw new CliFailure(
						'The questions were not answered: the input ended.',
						'Give the answers as options and add --yes to ask nothing; add --help to see the options.'
					);
				}
				// Piped answers are not shown by the terminal; echo them so the transcript reads well.
				if (echo) output.print(next.value);
				const answer = next.value.trim() || question.default || '';
				const problem = question.check?.(answer);
				if (!problem) return answer;
				output.print(output.colors.yellow(problem));
			}
		},
		close: () => rl.close(),
	};
}

/**
 * The answer to one question: the option when given (checked), else asked, else (with
 * `--yes`) the default. A bad option or a missing answer stops the command.
 */
export async function answer(
	option: string | undefined,
	question: Question,
	prompter: Prompter | undefined,
	optionName: string
): Promise<string> {
	if (option !== undefined) {
		const problem = question.check?.(option.trim());
		if (problem)
			throw new CliFailure(problem, `Change ${optionName}, or leave it out to be asked.`);
		return option.trim();
	}
	if (prompter) return prompter.ask(question);
	if (question.default !== undefined) {
		const problem = question.check?.(question.default);
		if (problem) throw new CliFailure(problem, `Give another value with ${optionName}.`);
		return question.default;
	}
	throw new CliFailure(
		question.missing ?? `${question.text} is needed.`,
		`Give it with ${optionName}, or leave out --yes to be asked.`
	);
}
