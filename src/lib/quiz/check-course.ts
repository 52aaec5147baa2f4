import { issueAt, type Issue } from '../issues';
import type { Question, Quiz } from './types';

/** A quiz found in a course, with where it was written. */
export interface CourseQuizEntry {
	quiz: Quiz;
	file: string;
	line?: number;
}

/**
 * Course-wide id checks: a quiz id used twice, or a question id used in two places (learner
 * records and LMS reports key on these ids). A `<SelfRating>` may share its id once with
 * `phase="before"` and once with `phase="after"`: that is how the change is shown. A
 * before-rating with no after-rating (or the reverse) is a warning.
 */
export function checkCourseQuizIds(entries: readonly CourseQuizEntry[]): Issue[] {
	const issues: Issue[] = [];
	const quizzes = new Map<string, CourseQuizEntry>();
	const questions = new Map<string, { entry: CourseQuizEntry; question: Question }[]>();
	for (const entry of entries) {
		const first = quizzes.get(entry.quiz.id);
		if (first) {
			issues.push(
				issueAt(
					entry.file,
					{ line: entry.line },
					'QUIZ_DUPLICATE_QUIZ_ID',
					`The quiz id "${entry.quiz.id}" is already used by a quiz in ${where(first.file, first.line)}.`,
					'Give each <Quiz> in the course its own id.'
				)
			);
		} else quizzes.set(entry.quiz.id, entry);
		for (const question of entry.quiz.questions) {
			const list = questions.get(question.id) ?? [];
			list.push({ entry, question });
			questions.set(question.id, list);
		}
	}
	for (const [id, uses] of questions) issues.push(...checkQuestionUses(id, uses));
	return issues;
}

function checkQuestionUses(
	id: string,
	uses: { entry: CourseQuizEntry; question: Question }[]
): Issue[] {
	const ratings = uses.every((u) => u.question.type === 'self-rating');
	const phases = uses.map((u) =>
		u.question.type === 'self-rating' ? u.question.phase : undefined
	);
	if (ratings && uses.length === 2 && phases.includes('before') && phases.includes('after'))
		return [];
	const at = (u: (typeof uses)[number]) => ({ line: u.question.line ?? u.entry.line });
	if (ratings && uses.length === 1 && phases[0]) {
		const other = phases[0] === 'before' ? 'after' : 'before';
		return [
			issueAt(
				uses[0]!.entry.file,
				at(uses[0]!),
				'QUIZ_SELF_RATING_UNPAIRED',
				`The <SelfRating> "${id}" has phase="${phases[0]}", but no <SelfRating> with the same id has phase="${other}", so no change can be shown.`,
				`Ask it again with id="${id}" phase="${other}", or remove the phase prop.`,
				'warning'
			),
		];
	}
	return uses
		.slice(1)
		.map((u) =>
			issueAt(
				u.entry.file,
				at(u),
				'QUIZ_DUPLICATE_QUESTION_ID',
				`The question id "${id}" in quiz "${u.entry.quiz.id}" is already used in quiz "${uses[0]!.entry.quiz.id}" (${where(uses[0]!.entry.file, uses[0]!.question.line)}).`,
				ratings
					? 'To ask the same self-rating at the start and the end, use it exactly twice, with phase="before" and phase="after".'
					: 'Give each question its own id; questions without an id take theirs from the prompt, so reword one prompt or add an id.'
			)
		);
}

function where(file: string, line: number | undefined): string {
	return line ? `${file}:${line}` : file;
}
