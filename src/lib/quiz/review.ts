import { correctAnswer, type Answer } from './answers';
import { attemptQuestions, displayOrder } from './attempt-questions';
import { gradeQuestion, gradeQuiz, type QuestionGrade, type QuizGrade } from './grade';
import type { QuizState } from './state';
import type { Question, Quiz } from './types';

/** One question as the learner answered it, for the review screen. */
export interface ReviewItem {
	question: Question;
	/** The learner's answer (for a reflection: `true` when written; the text is in `state.t`). */
	answer?: Answer;
	grade: QuestionGrade;
	/** The right answer, for graded questions. */
	correct?: Answer;
	/** Order the parts were shown in (ids). */
	order: string[];
}

/** Review of the last finished attempt. */
export interface QuizReview {
	grade: QuizGrade;
	items: ReviewItem[];
}

/** The review of the last finished attempt, or undefined when none is finished. */
export function reviewQuiz(quiz: Quiz, state: QuizState): QuizReview | undefined {
	const a = state.a;
	if (!a?.f) return undefined;
	const questions = attemptQuestions(quiz, state);
	const items = questions.map((question): ReviewItem => {
		const item: ReviewItem = {
			question,
			grade: gradeQuestion(question, a.r[question.id]),
			order: displayOrder(question, state),
		};
		if (a.r[question.id] !== undefined) item.answer = a.r[question.id];
		const correct = correctAnswer(question);
		if (correct !== undefined) item.correct = correct;
		return item;
	});
	return {
		grade: gradeQuiz(
			quiz,
			a.r,
			questions.map((q) => q.id)
		),
		items,
	};
}
