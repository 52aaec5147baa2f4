/** Turns a quiz model into an answer key for trainers. */
import { isGradedType, type Question, type Quiz } from '../quiz/types';
import type { GuideAnswer, GuideQuestion, GuideQuiz } from './types';

/** The quiz with every question's right answer, feedback and explanation. */
export function buildGuideQuiz(quiz: Quiz, coursePassMark: number): GuideQuiz {
	return {
		id: quiz.id,
		title: quiz.title,
		introHtml: quiz.introHtml,
		graded: quiz.graded,
		passMark: quiz.passMark ?? coursePassMark,
		attempts: quiz.attempts,
		draw: quiz.draw,
		questions: quiz.questions.map(buildGuideQuestion),
	};
}

/** One question as an answer-key entry. */
export function buildGuideQuestion(question: Question): GuideQuestion {
	return {
		id: question.id,
		type: question.type,
		promptHtml: question.promptHtml,
		promptText: question.promptText,
		graded: isGradedType(question.type),
		answer: answerOf(question),
		feedback: { ...question.feedback },
		explanationHtml: question.explanationHtml,
	};
}

function answerOf(question: Question): GuideAnswer {
	switch (question.type) {
		case 'single-choice':
		case 'multiple-choice':
			return {
				kind: 'choices',
				multiple: question.type === 'multiple-choice',
				options: question.choices.map((c) => ({ id: c.id, html: c.html, correct: c.correct, feedbackHtml: c.feedbackHtml })),
			};
		case 'true-false':
			return { kind: 'true-false', correct: question.answer };
		case 'ordering':
			return { kind: 'order', stepsHtml: question.steps.map((s) => s.html) };
		case 'matching':
			return { kind: 'pairs', pairs: question.pairs.map((p) => ({ leftHtml: p.leftHtml, rightHtml: p.rightHtml })) };
		case 'self-rating':
			return { kind: 'rating', scale: question.scale, minLabelHtml: question.minLabelHtml, maxLabelHtml: question.maxLabelHtml, phase: question.phase };
		case 'reflection':
			return { kind: 'open' };
	}
}
