import type { OrderingQuestion } from '../../../lib/quiz/runtime';
import type { QuestionFeedbackView } from './feedback';
import { Html } from './Html';
import type { QuizStrings } from './strings';

interface Props {
	view: QuestionFeedbackView;
	/** For ordering questions whose right order may be shown. */
	rightOrder?: OrderingQuestion['steps'];
	/** The right answer (HTML items), when it may be shown. */
	rightAnswer?: string[];
	strings: QuizStrings;
}

/** What a checked question says: the result in words and a symbol, feedback, explanation. */
export function FeedbackPanel({ view, rightOrder, rightAnswer, strings }: Props) {
	return (
		<>
			<p className={`quiz-result-${view.result}`}>
				<span aria-hidden="true">{view.symbol} </span>
				<strong>{view.label}</strong>
			</p>
			{view.messageHtml && <Html as="div" html={view.messageHtml} />}
			{view.choiceFeedback.length > 0 && (
				<ul>
					{view.choiceFeedback.map((f, i) => (
						<li key={i}>
							<strong>
								<Html html={f.choiceHtml} />
							</strong>
							<Html as="div" html={f.feedbackHtml} />
						</li>
					))}
				</ul>
			)}
			{rightAnswer && rightAnswer.length > 0 && (
				<div className="quiz-right-answer">
					<p>
						<strong>{strings.rightAnswer}</strong>
					</p>
					<ul>
						{rightAnswer.map((html, i) => (
							<li key={i}>
								<Html html={html} />
							</li>
						))}
					</ul>
				</div>
			)}
			{rightOrder && (
				<div>
					<p>{strings.rightOrder}</p>
					<ol>
						{rightOrder.map((s) => (
							<li key={s.id}>
								<Html html={s.html} />
							</li>
						))}
					</ol>
				</div>
			)}
			{view.explanationHtml && (
				<Html as="div" html={view.explanationHtml} className="quiz-explanation" />
			)}
		</>
	);
}
