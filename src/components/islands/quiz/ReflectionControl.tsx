import type { ReflectionQuestion } from '../../../lib/quiz/runtime';
import type { ControlProps } from './control-props';

/** A labelled text box; the text stays on this device (see reflection-store.ts). */
export function ReflectionControl(props: ControlProps<ReflectionQuestion> & { text: string }) {
	const { name, locked, strings, text, onAnswer } = props;
	return (
		<div className="quiz-reflection">
			<label htmlFor={`${name}-text`}>{strings.reflectionLabel}</label>
			<textarea
				id={`${name}-text`}
				rows={4}
				value={text}
				readOnly={locked}
				onChange={(e) => onAnswer(e.currentTarget.value)}
			/>
		</div>
	);
}
