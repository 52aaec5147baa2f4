/**
 * The responses of the current scene as real buttons in a labelled group. Stigmatising
 * responses look like any other: they are realistic options, and their feedback explains.
 */
import type { Choice } from '../../../lib/scenario/types';
import type { ViewContext } from './view-context';

interface Props {
	choices: Choice[];
	ctx: ViewContext;
	/** Undefined before the island is interactive: the responses are then listed as text. */
	onChoose?: (choiceId: string) => void;
}

/** Renders the responses, or (server-side and without JavaScript) a plain list of them. */
export function ChoiceGroup({ choices, ctx, onChoose }: Props) {
	const labelId = `${ctx.idPrefix}-choices`;
	if (!onChoose) {
		return (
			<div className="scenario-choices">
				<p id={labelId} className="scenario-choices-label">
					{ctx.strings.possibleResponses}
				</p>
				<ul aria-labelledby={labelId}>
					{choices.map((c) => (
						<li key={c.id} dangerouslySetInnerHTML={{ __html: c.html }} />
					))}
				</ul>
			</div>
		);
	}
	return (
		<div className="scenario-choices" role="group" aria-labelledby={labelId}>
			<p id={labelId} className="scenario-choices-label">
				{ctx.strings.choicesLabel}
			</p>
			{choices.map((c) => (
				<button
					key={c.id}
					type="button"
					className="scenario-choice"
					data-choice={c.id}
					onClick={() => onChoose(c.id)}
				>
					<span dangerouslySetInnerHTML={{ __html: c.html }} />
				</button>
			))}
		</div>
	);
}
