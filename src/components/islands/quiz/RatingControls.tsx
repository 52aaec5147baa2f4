import type { SelfRatingQuestion } from '../../../lib/quiz/runtime';
import type { ControlProps } from './control-props';
import { Html } from './Html';

/** A 1…N radio group; the lowest and highest points carry the author's labels. */
export function RatingControls(props: ControlProps<SelfRatingQuestion>) {
	const { question, name, answer, locked, onAnswer } = props;
	const points = Array.from({ length: question.scale }, (_, i) => i + 1);
	return (
		<ul className="quiz-scale">
			{points.map((point) => {
				const end =
					point === 1 ? question.minLabelHtml : point === question.scale ? question.maxLabelHtml : undefined;
				return (
					<li key={point}>
						<label className="quiz-point" htmlFor={`${name}-${point}`}>
							<input
								type="radio"
								id={`${name}-${point}`}
								name={name}
								value={point}
								checked={answer === point}
								disabled={locked}
								onChange={() => onAnswer(point)}
							/>
							<span>{point}</span>
							{end && <Html html={end} />}
						</label>
					</li>
				);
			})}
		</ul>
	);
}
