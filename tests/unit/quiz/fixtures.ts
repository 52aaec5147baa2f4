import type { Quiz } from '~/lib/quiz/types';

/** A hand-built quiz (no MDX) with short ids, for grading and state tests. */
export function sampleQuiz(overrides: Partial<Quiz> = {}): Quiz {
	const base = { promptHtml: 'p', promptText: 'p', feedback: {} };
	return {
		id: 'lives-check',
		graded: true,
		passMark: 80,
		questions: [
			{
				...base,
				id: 'single',
				type: 'single-choice',
				shuffle: true,
				choices: [
					{ id: 'a', html: 'A', correct: true },
					{ id: 'b', html: 'B', correct: false },
					{ id: 'c', html: 'C', correct: false },
				],
			},
			{
				...base,
				id: 'multi',
				type: 'multiple-choice',
				shuffle: false,
				choices: [
					{ id: 'a', html: 'A', correct: true },
					{ id: 'b', html: 'B', correct: true },
					{ id: 'c', html: 'C', correct: true },
					{ id: 'd', html: 'D', correct: false },
					{ id: 'e', html: 'E', correct: false },
				],
			},
			{ ...base, id: 'tf', type: 'true-false', answer: false },
			{
				...base,
				id: 'order',
				type: 'ordering',
				steps: ['l', 'i', 'v', 'e', 's'].map((id) => ({ id, html: id.toUpperCase() })),
			},
			{
				...base,
				id: 'match',
				type: 'matching',
				pairs: ['p', 'q', 'r', 's'].map((id) => ({ id, leftHtml: id, rightHtml: id })),
			},
			{ ...base, id: 'think', type: 'reflection' },
			{ ...base, id: 'sure', type: 'self-rating', scale: 5 },
		],
		...overrides,
	};
}

/** The question of the sample quiz with this id. */
export function question(id: string, quiz = sampleQuiz()) {
	const q = quiz.questions.find((x) => x.id === id);
	if (!q) throw new Error(id);
	return q;
}
