import type { QuizState } from './state';
import type { Question, Quiz } from './types';

/** Finds a question by id. */
export function findQuestion(quiz: Quiz, questionId: string): Question | undefined {
	return quiz.questions.find((q) => q.id === questionId);
}

/**
 * Ids of the questions of the current (or last) attempt, in authored order. Ids that no
 * longer exist after a re-publish are skipped.
 */
export function attemptQuestionIds(quiz: Quiz, state: QuizState): string[] {
	const drawn = state.a?.q;
	return quiz.questions.filter((q) => !drawn || drawn.includes(q.id)).map((q) => q.id);
}

/** The questions of the current (or last) attempt, to render. */
export function attemptQuestions(quiz: Quiz, state: QuizState): Question[] {
	const ids = attemptQuestionIds(quiz, state);
	return quiz.questions.filter((q) => ids.includes(q.id));
}

/**
 * The order to show a question's parts in: choice ids, step ids, or right-side pair ids. Uses
 * the attempt's stored order, skipping ids that no longer exist and appending new ones.
 */
export function displayOrder(question: Question, state: QuizState): string[] {
	const authored = partIds(question);
	const stored = state.a?.o?.[question.id];
	if (!stored) return authored;
	const kept = stored.filter((id) => authored.includes(id));
	return [...kept, ...authored.filter((id) => !kept.includes(id))];
}

/** The ids of a question's parts in authored order (empty for questions without parts). */
export function partIds(question: Question): string[] {
	switch (question.type) {
		case 'single-choice':
		case 'multiple-choice':
			return question.choices.map((c) => c.id);
		case 'ordering':
			return question.steps.map((s) => s.id);
		case 'matching':
			return question.pairs.map((p) => p.id);
		default:
			return [];
	}
}
