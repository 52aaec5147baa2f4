import type {
	MultipleChoiceQuestion,
	SingleChoiceQuestion,
	TrueFalseQuestion,
} from '../../../lib/quiz/runtime';
import { toggleChoice } from './answer-check';
import type { ControlProps } from './control-props';
import { escapeHtml } from './feedback';
import { Html } from './Html';
import { AnswerMarks } from './AnswerMarks';

type Props = ControlProps<SingleChoiceQuestion | MultipleChoiceQuestion | TrueFalseQuestion>;

/** Radio buttons (single choice, true/false) or checkboxes (multiple choice), each with its label. */
export function ChoiceControls(props: Props) {
	const { question, name, answer, order, locked, reveal, review, strings, onAnswer } = props;
	const multiple = question.type === 'multiple-choice';
	const options =
		question.type === 'true-false'
			? [true, false].map((value) => ({
					id: String(value),
					html: escapeHtml(value ? strings.true : strings.false),
					correct: question.answer === value,
				}))
			: order.flatMap((id) => question.choices.filter((c) => c.id === id));
	const picked = (id: string) =>
		Array.isArray(answer) ? answer.includes(id) : answer !== undefined && String(answer) === id;
	const pick = (id: string, on: boolean) => {
		if (question.type === 'true-false') onAnswer(id === 'true');
		else if (multiple) onAnswer(toggleChoice(Array.isArray(answer) ? answer : [], id, on, order));
		else onAnswer(id);
	};
	return (
		<ul className="quiz-options">
			{options.map((option) => (
				<li key={option.id}>
					<label className="quiz-option" htmlFor={`${name}-${option.id}`}>
						<input
							type={multiple ? 'checkbox' : 'radio'}
							id={`${name}-${option.id}`}
							name={name}
							value={option.id}
							checked={picked(option.id)}
							disabled={locked}
							onChange={(e) => pick(option.id, e.currentTarget.checked)}
						/>
						<Html html={option.html} className="quiz-option-text" />
						{review && (
							<AnswerMarks
								picked={picked(option.id)}
								right={reveal && option.correct}
								strings={strings}
							/>
						)}
					</label>
				</li>
			))}
		</ul>
	);
}
