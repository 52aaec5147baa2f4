import {
	attemptQuestionIds,
	gradeQuiz,
	quizStatus,
	type Quiz,
	type QuizState,
} from '../../../lib/quiz/runtime';
import { fillTemplate } from './fill-template';
import type { QuizStrings } from './strings';

const SYMBOLS = { passed: '✓', completed: '✓', retry: '↻', failed: '✗' } as const;

/** The result of the last finished attempt: status in words (and a symbol), score, best score. */
export function QuizResult(props: {
	quiz: Quiz;
	state: QuizState;
	strings: QuizStrings;
	lang: string;
	headingId: string;
}) {
	const { quiz, state, strings, lang, headingId } = props;
	const status = quizStatus(quiz, state);
	if (!state.a?.f || status === 'not-started' || status === 'in-progress') return null;
	const grade = gradeQuiz(quiz, state.a.r, attemptQuestionIds(quiz, state));
	return (
		<div className={`quiz-result card quiz-status-${status}`}>
			<h3 id={headingId}>{strings.resultHeading}</h3>
			<p className="quiz-status">
				<span aria-hidden="true">{SYMBOLS[status]} </span>
				{strings.status[status]}
			</p>
			{grade.gradedCount > 0 && (
				<p>{fillTemplate(strings.attemptScore, { score: grade.percent }, lang)}</p>
			)}
			{quiz.graded && state.b !== undefined && (
				<p>{fillTemplate(strings.bestScore, { score: state.b }, lang)}</p>
			)}
		</div>
	);
}
