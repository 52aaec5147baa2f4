import type { OrderingQuestion } from '../../../lib/quiz/runtime';
import type { QuestionFeedbackView } from './feedback';
import { Html } from './Html';
import type { QuizStrings } from './strings';

interface Props {
	view: QuestionFeedbackView;
	/** For ordering questions whose right order may be shown. */
	rightOrder?: OrderingQuestion['steps'];
	strings: QuizStrings;
}

/** What a checked question says: the result in words and a symbol, feedback, explanation. */
export function FeedbackPanel({ view, rightOrder, strings }: Props) {
	return (
		<>
			<p className={`quiz-result-line quiz-result-${view.result}`}>
				<span aria-hidden="true">{view.symbol} </span>
				<strong>{view.label}</strong>
			</p>
			{view.messageHtml && <Html as="div" html={view.messageHtml} className="quiz-message" />}
			{view.choiceFeedback.length > 0 && (
				<ul className="quiz-choice-feedback">
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
			{rightOrder && (
				<div className="quiz-right-order">
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
