/**
 * The debrief at an ending: the ending and its outcome in words, the peer trainers' debrief,
 * the learner's totals against the highest and lowest possible, and the path taken.
 */
import type { ScenarioDebrief } from '../../../lib/scenario/summarise';
import { outcomeWord } from './outcome-word';
import type { ViewContext } from './view-context';

interface Props {
	debrief: ScenarioDebrief;
	ctx: ViewContext;
}

/** Renders the debrief of a finished run. */
export function Debrief({ debrief, ctx }: Props) {
	const { strings, idPrefix } = ctx;
	const { ending } = debrief;
	if (!ending) return null;
	return (
		<section className="scenario-debrief" aria-labelledby={`${idPrefix}-debrief`}>
			<h3 id={`${idPrefix}-debrief`} tabIndex={-1}>
				{strings.debrief}
			</h3>
			<p className="scenario-debrief-ending">
				<strong>{ending.title}</strong>{' '}
				<span className="scenario-outcome" data-outcome={ending.outcome}>
					{outcomeWord(ending.outcome, strings)}
				</span>
			</p>
			<div className="scenario-debrief-text" dangerouslySetInnerHTML={{ __html: ending.debriefHtml }} />
			{debrief.dimensions.length > 0 && (
				<table className="scenario-scores">
					<caption>{strings.scoresCaption}</caption>
					<thead>
						<tr>
							<th scope="col">{strings.dimension}</th>
							<th scope="col">{strings.yourTotal}</th>
							<th scope="col">{strings.best}</th>
							<th scope="col">{strings.worst}</th>
						</tr>
					</thead>
					<tbody>
						{debrief.dimensions.map((d) => (
							<tr key={d.id} data-dimension={d.id}>
								<th scope="row">{d.name}</th>
								<td>{d.total}</td>
								<td>{d.best}</td>
								<td>{d.worst}</td>
							</tr>
						))}
					</tbody>
				</table>
			)}
			{debrief.approximate && <p className="muted">{strings.approximate}</p>}
			<h4>{strings.pathTaken}</h4>
			<ol className="scenario-path">
				{debrief.path.map((step) => (
					<li key={`${step.sceneId}/${step.choiceId}`} data-step={`${step.sceneId}/${step.choiceId}`}>
						<p className="scenario-path-scene">{step.sceneTitle}</p>
						<p className="scenario-path-choice">
							<span className="scenario-speaker">{strings.you}: </span>
							<span dangerouslySetInnerHTML={{ __html: step.choiceHtml }} />
						</p>
						{step.stigmatising && <p className="scenario-path-flag">{strings.stigmatising}</p>}
						{step.feedbackHtml && (
							<div className="scenario-path-feedback" dangerouslySetInnerHTML={{ __html: step.feedbackHtml }} />
						)}
					</li>
				))}
			</ol>
		</section>
	);
}
