import { useRef, useState } from 'react';
import {
	attemptQuestions,
	attemptsRemaining,
	canStartAttempt,
	isAttemptOpen,
	type Quiz,
	type QuizState,
} from '../../../lib/quiz/runtime';
import { mayRevealAnswers } from './block-summary';
import { fillTemplate } from './fill-template';
import { Html } from './Html';
import { QuestionCard } from './QuestionCard';
import { QuizResult } from './QuizResult';
import type { QuizStrings } from './strings';
import { useQuizSession } from './use-quiz-session';

export interface QuizPanelProps {
	quiz: Quiz;
	courseId: string;
	moduleId: string;
	lang: string;
	strings: QuizStrings;
}

/**
 * The interactive quiz: title and rules, the questions of the current attempt, and once it
 * is finished the result, a review of the answers and, where attempts remain, "Try again".
 */
export function QuizPanel({ quiz, courseId, moduleId, lang, strings }: QuizPanelProps) {
	const session = useQuizSession(quiz, courseId, moduleId, strings);
	const { state } = session;
	const finished = !!state.a?.f;
	// Just finished in this visit: keep the questions (and focus) where they are.
	const [justFinished, setJustFinished] = useState(false);
	const [reviewOpen, setReviewOpen] = useState(false);
	const heading = useRef<HTMLHeadingElement>(null);
	const ids = `quiz-${quiz.id}`;
	const questions = attemptQuestions(quiz, state);
	const showQuestions = !finished || justFinished || reviewOpen;

	const retry = () => {
		session.retry();
		setJustFinished(false);
		setReviewOpen(false);
		heading.current?.focus();
	};

	return (
		<section className="quiz" aria-labelledby={`${ids}-title`} data-quiz={quiz.id}>
			<h2 id={`${ids}-title`} ref={heading} tabIndex={-1}>
				{quiz.title ?? strings.title}
			</h2>
			<ul className="quiz-meta">
				<li>{quiz.graded ? strings.passMark : strings.practice}</li>
				{strings.draw && <li>{strings.draw}</li>}
				<li>{attemptLine(quiz, state, strings, lang)}</li>
			</ul>
			{quiz.introHtml && <Html as="div" html={quiz.introHtml} />}
			<div id={`${ids}-questions`}>
				{showQuestions && (
					<ol className="quiz-questions">
						{questions.map((question, index) => (
							<li key={`${state.n}:${question.id}`}>
								<QuestionCard
									quizId={quiz.id}
									question={question}
									position={index + 1}
									total={questions.length}
									state={state}
									finished={finished}
									showCheck={!finished || justFinished}
									reveal={mayRevealAnswers(quiz, state)}
									strings={strings}
									lang={lang}
									onAnswer={session.answer}
									onCheck={(id) => {
										const outcome = session.check(id);
										if (outcome.finished) setJustFinished(true);
										return outcome;
									}}
									onShown={session.markShown}
								/>
							</li>
						))}
					</ol>
				)}
			</div>
			<div aria-live="polite" className="quiz-result-region">
				{finished && (
					<QuizResult quiz={quiz} state={state} strings={strings} lang={lang} headingId={`${ids}-result`} />
				)}
			</div>
			{finished && (
				<div className="quiz-actions">
					<button
						type="button"
						className="button secondary"
						aria-expanded={showQuestions}
						aria-controls={`${ids}-questions`}
						onClick={() => {
							setReviewOpen(!showQuestions);
							setJustFinished(false);
						}}
					>
						{showQuestions ? strings.hideReview : strings.showReview}
					</button>
					{canStartAttempt(quiz, state) && (
						<button type="button" className="button" onClick={retry}>
							{strings.tryAgain}
						</button>
					)}
				</div>
			)}
		</section>
	);
}

/** "Attempt 1 of 2" during an attempt; "1 attempt left" (or "as many as you like") between them. */
function attemptLine(quiz: Quiz, state: QuizState, strings: QuizStrings, lang: string): string {
	if (quiz.attempts === undefined) {
		return isAttemptOpen(state)
			? fillTemplate(strings.attemptNumber, { current: state.n }, lang)
			: strings.unlimited;
	}
	if (isAttemptOpen(state)) {
		return fillTemplate(strings.attemptOf, { current: state.n, total: quiz.attempts }, lang);
	}
	return strings.attemptsLeft[attemptsRemaining(quiz, state)] ?? '';
}
