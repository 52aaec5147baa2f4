import { useEffect, useState } from 'react';
import {
	displayOrder,
	type Answer,
	type Question,
	type QuizState,
} from '../../../lib/quiz/runtime';
import { ChoiceControls } from './ChoiceControls';
import type { ControlProps } from './control-props';
import { describeFeedback, rightAnswerHtml } from './feedback';
import { FeedbackPanel } from './FeedbackPanel';
import { fillTemplate } from './fill-template';
import { Html } from './Html';
import { isBlockHtml } from './html-text';
import { MatchingControls } from './MatchingControls';
import { OrderingControls } from './OrderingControls';
import { RatingControls } from './RatingControls';
import { ReflectionControl } from './ReflectionControl';
import type { QuizStrings } from './strings';

interface Props {
	quizId: string;
	question: Question;
	position: number;
	total: number;
	state: QuizState;
	/** The attempt is finished: no more changes. */
	finished: boolean;
	/** Show the "Check" button (during an attempt, and just after it ends, so focus stays put). */
	showCheck: boolean;
	reveal: boolean;
	strings: QuizStrings;
	lang: string;
	onAnswer(questionId: string, answer: Answer): void;
	onCheck(questionId: string): { message?: string };
	onShown(questionId: string): void;
}

/**
 * One question: a fieldset named by its legend (position and prompt), native controls, a
 * "Check answer to question N" button, and after it a polite live region that is there from
 * the start, so feedback is announced and never pushes the controls down.
 */
export function QuestionCard(props: Props) {
	const { quizId, question, position, total, state, finished, strings, lang } = props;
	const [hint, setHint] = useState('');
	const checked = finished || !!state.a?.c?.includes(question.id);
	const answer = state.a?.r[question.id];
	const order = displayOrder(question, state);
	const name = `quiz-${quizId}-${question.id}`;
	const blockPrompt = isBlockHtml(question.promptHtml);

	useEffect(() => props.onShown(question.id), [question.id]);

	const controls: ControlProps = {
		question,
		name,
		answer,
		order,
		locked: checked,
		reveal: props.reveal,
		review: checked && !props.showCheck,
		strings,
		lang,
		onAnswer: (value) => {
			setHint('');
			props.onAnswer(question.id, value);
		},
	};
	const onCheck = () => {
		if (checked) return;
		setHint(props.onCheck(question.id).message ?? '');
	};
	const answered = state.a?.r[question.id] !== undefined;
	const feedback =
		checked && (answered || finished)
			? describeFeedback(question, answer, order, strings)
			: undefined;
	const showRight =
		props.reveal && (feedback?.result === 'incorrect' || feedback?.result === 'partial');

	return (
		<fieldset
			className="quiz-question"
			aria-describedby={blockPrompt ? `${name}-prompt` : undefined}
			data-question={question.id}
		>
			<legend>
				<span className="quiz-position">
					{fillTemplate(strings.questionOf, { position, total }, lang)}
				</span>{' '}
				{blockPrompt ? null : <Html html={question.promptHtml} className="quiz-prompt" />}
			</legend>
			{blockPrompt && <Html as="div" id={`${name}-prompt`} html={question.promptHtml} className="quiz-prompt" />}
			<Controls {...controls} text={state.t?.[question.id] ?? ''} />
			{props.showCheck && (
				<button
					type="button"
					className="button quiz-check"
					aria-disabled={checked || undefined}
					onClick={onCheck}
				>
					{fillTemplate(strings.check, { position }, lang)}
				</button>
			)}
			<div className="quiz-feedback" aria-live="polite">
				{feedback ? (
					<FeedbackPanel
						view={feedback}
						rightOrder={showRight && question.type === 'ordering' ? question.steps : undefined}
						rightAnswer={
							showRight && props.showCheck ? rightAnswerHtml(question, order, strings) : undefined
						}
						strings={strings}
					/>
				) : (
					hint && <p className="quiz-need">{hint}</p>
				)}
			</div>
		</fieldset>
	);
}

function Controls(props: ControlProps & { text: string }) {
	const { question } = props;
	switch (question.type) {
		case 'single-choice':
		case 'multiple-choice':
		case 'true-false':
			return <ChoiceControls {...props} question={question} />;
		case 'ordering':
			return <OrderingControls {...props} question={question} />;
		case 'matching':
			return <MatchingControls {...props} question={question} />;
		case 'reflection':
			return <ReflectionControl {...props} question={question} />;
		case 'self-rating':
			return <RatingControls {...props} question={question} />;
	}
}
