import type { MatchingQuestion } from '../../../lib/quiz/runtime';
import { setMatch } from './answer-check';
import type { ControlProps } from './control-props';
import { fillTemplate } from './fill-template';
import { Html } from './Html';
import { htmlToText } from './html-text';

/** One labelled `<select>` per left item; its options are the right items in shown order. */
export function MatchingControls(props: ControlProps<MatchingQuestion>) {
	const { question, name, answer, order, locked, reveal, review, strings, lang, onAnswer } = props;
	const matches = answer && typeof answer === 'object' && !Array.isArray(answer) ? answer : {};
	const right = (id: string) => question.pairs.find((p) => p.id === id)!;
	return (
		<div className="quiz-matches">
			{question.pairs.map((pair) => {
				const id = `${name}-${pair.id}`;
				const chosen = matches[pair.id] ?? '';
				const wrong = locked && chosen !== pair.id;
				return (
					<div className="quiz-match" key={pair.id}>
						<label htmlFor={id}>
							<Html html={pair.leftHtml} />
						</label>
						<select
							id={id}
							value={chosen}
							disabled={locked}
							onChange={(e) => onAnswer(setMatch(matches, pair.id, e.currentTarget.value))}
						>
							<option value="">{strings.choose}</option>
							{order.map((rid) => (
								<option key={rid} value={rid}>
									{htmlToText(right(rid).rightHtml)}
								</option>
							))}
						</select>
						{review && reveal && wrong && (
							<span className="quiz-mark quiz-mark-right">
								<span aria-hidden="true">✓ </span>
								{fillTemplate(strings.rightMatch, { answer: htmlToText(pair.rightHtml) }, lang)}
							</span>
						)}
					</div>
				);
			})}
		</div>
	);
}
