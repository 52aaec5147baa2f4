import type { Quiz } from '~/lib/quiz/types';

const base = { promptHtml: 'p', promptText: 'p', feedback: {} };

/** A small quiz with one question of each kind, for the UI helpers' tests. */
export function uiQuiz(overrides: Partial<Quiz> = {}): Quiz {
	return {
		id: 'kinds',
		graded: true,
		passMark: 70,
		attempts: 2,
		questions: [
			{
				...base,
				id: 'single',
				type: 'single-choice',
				shuffle: false,
				feedback: { correct: 'Yes, <strong>privacy</strong>.' },
				explanationHtml: 'Listen <em>first</em>.',
				choices: [
					{ id: 'a', html: 'Private room', correct: true, feedbackHtml: 'Privacy first.' },
					{ id: 'b', html: 'Police', correct: false, feedbackHtml: 'Her choice.' },
					{ id: 'c', html: 'Wait', correct: false },
				],
			},
			{
				...base,
				id: 'multi',
				type: 'multiple-choice',
				shuffle: false,
				choices: [
					{ id: 'a', html: 'PEP', correct: true, feedbackHtml: 'Within 72 hours.' },
					{ id: 'b', html: 'EC', correct: true },
					{ id: 'c', html: 'Nothing', correct: false, feedbackHtml: 'Care never waits.' },
				],
			},
			{ ...base, id: 'tf', type: 'true-false', answer: false },
			{ ...base, id: 'order', type: 'ordering', steps: ['l', 'i', 'v'].map((id) => ({ id, html: id })) },
			{ ...base, id: 'match', type: 'matching', pairs: ['p', 'q'].map((id) => ({ id, leftHtml: id, rightHtml: id })) },
			{ ...base, id: 'think', type: 'reflection', explanationHtml: 'Small changes matter.' },
			{ ...base, id: 'sure', type: 'self-rating', scale: 5 },
		],
		...overrides,
	};
}

/** A question of `uiQuiz()` by id. */
export function uiQuestion(id: string, quiz = uiQuiz()) {
	const q = quiz.questions.find((x) => x.id === id);
	if (!q) throw new Error(id);
	return q;
}
