import { useEffect, useRef, useState } from 'react';
import type { OrderingQuestion } from '../../../lib/quiz/runtime';
import type { ControlProps } from './control-props';
import { fillTemplate } from './fill-template';
import { Html } from './Html';
import { htmlToText } from './html-text';
import { moveItem } from './move-item';

/**
 * Steps in a list, each with "Move up" and "Move down" buttons named after the step, so the
 * order can be set by keyboard and screen reader alone. The moved step's button keeps focus
 * and a polite status says where the step is now.
 */
export function OrderingControls(props: ControlProps<OrderingQuestion>) {
	const { question, name, answer, order, locked, strings, lang, onAnswer } = props;
	const current = Array.isArray(answer) ? answer : order;
	const [moved, setMoved] = useState<{ id: string; dir: 'up' | 'down' } | undefined>();
	const [status, setStatus] = useState('');
	const list = useRef<HTMLOListElement>(null);
	const step = (id: string) => question.steps.find((s) => s.id === id)!;

	useEffect(() => {
		if (!moved) return;
		list.current
			?.querySelector<HTMLButtonElement>(`[data-step="${moved.id}"][data-dir="${moved.dir}"]`)
			?.focus();
	}, [moved, current]);

	const move = (index: number, dir: 'up' | 'down') => {
		const next = moveItem(current, index, dir === 'up' ? -1 : 1);
		if (next === current) return;
		const id = current[index]!;
		onAnswer([...next]);
		setMoved({ id, dir });
		setStatus(
			fillTemplate(
				strings.moved,
				{ step: htmlToText(step(id).html), position: next.indexOf(id) + 1, total: next.length },
				lang
			)
		);
	};

	if (locked) {
		return (
			<ol className="quiz-order">
				{current.map((id) => (
					<li key={id}>
						<Html html={step(id).html} className="quiz-step-text" />
					</li>
				))}
			</ol>
		);
	}
	return (
		<>
			<p className="quiz-hint" id={`${name}-hint`}>
				{strings.orderHint}
			</p>
			<ol className="quiz-order" ref={list} aria-describedby={`${name}-hint`}>
				{current.map((id, index) => {
					const text = htmlToText(step(id).html);
					return (
						<li key={id}>
							<Html html={step(id).html} className="quiz-step-text" />
							<span>
								<MoveButton
									id={id}
									dir="up"
									label={fillTemplate(strings.moveUp, { step: text }, lang)}
									inactive={index === 0}
									onMove={() => move(index, 'up')}
								/>
								<MoveButton
									id={id}
									dir="down"
									label={fillTemplate(strings.moveDown, { step: text }, lang)}
									inactive={index === current.length - 1}
									onMove={() => move(index, 'down')}
								/>
							</span>
						</li>
					);
				})}
			</ol>
			<p className="visually-hidden" aria-live="polite">
				{status}
			</p>
		</>
	);
}

interface MoveProps {
	id: string;
	dir: 'up' | 'down';
	label: string;
	/** At the end of the list: stays focusable (aria-disabled) so focus is never lost. */
	inactive: boolean;
	onMove(): void;
}

function MoveButton({ id, dir, label, inactive, onMove }: MoveProps) {
	return (
		<button
			type="button"
			className="quiz-move"
			data-step={id}
			data-dir={dir}
			aria-disabled={inactive || undefined}
			onClick={() => !inactive && onMove()}
		>
			<span aria-hidden="true">{dir === 'up' ? '↑' : '↓'}</span>
			<span className="visually-hidden">{label}</span>
		</button>
	);
}
