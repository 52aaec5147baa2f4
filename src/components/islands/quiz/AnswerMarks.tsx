import type { QuizStrings } from './strings';

/** Words (with a symbol) beside an option after checking: "Your answer", "✓ Right answer". */
export function AnswerMarks(props: { picked: boolean; right: boolean; strings: QuizStrings }) {
	const { picked, right, strings } = props;
	if (!picked && !right) return null;
	return (
		<span className="quiz-marks">
			{picked && <span className="quiz-mark">{strings.yourAnswer}</span>}
			{right && (
				<span className="quiz-mark quiz-mark-right">
					<span aria-hidden="true">✓ </span>
					{strings.rightAnswer}
				</span>
			)}
		</span>
	);
}
