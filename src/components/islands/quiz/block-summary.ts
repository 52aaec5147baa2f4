import {
	bestScore,
	isQuizDone,
	quizStatus,
	type Quiz,
	type QuizState,
} from '../../../lib/quiz/runtime';

/** The summary the tracker keeps beside a quiz's state (the course rules read only this). */
export interface QuizBlockSummary {
	d: boolean;
	p?: boolean;
	s?: number;
}

/**
 * Done, passed and best score for the tracker. A graded quiz is done when passed or out of
 * attempts; a practice quiz only says whether it is done, so it never adds to a score.
 */
export function summariseQuiz(quiz: Quiz, state: QuizState): QuizBlockSummary {
	const summary: QuizBlockSummary = { d: isQuizDone(quiz, state) };
	if (!quiz.graded) return summary;
	summary.p = quizStatus(quiz, state) === 'passed';
	const best = bestScore(state);
	if (best !== undefined) summary.s = best;
	return summary;
}

/**
 * Whether feedback and review may show the right answers: for practice quizzes always, and
 * for graded ones once another attempt can no longer change the learner's result.
 */
export function mayRevealAnswers(quiz: Quiz, state: QuizState): boolean {
	if (!quiz.graded) return true;
	const status = quizStatus(quiz, state);
	return status === 'passed' || status === 'failed';
}
