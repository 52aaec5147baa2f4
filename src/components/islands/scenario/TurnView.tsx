/** One scene of the conversation: its beats, then (once answered) the response and its feedback. */
import { fill } from '../../../scripts/page-data';
import { BeatView } from './BeatView';
import { outcomeWord } from './outcome-word';
import type { Turn } from './transcript';
import type { ViewContext } from './view-context';

interface Props {
	turn: Turn;
	ctx: ViewContext;
	/** The last turn on screen: its heading is where focus goes after "back" or a new scene. */
	current: boolean;
	/** The answered turn just before the current one: its feedback takes focus after a choice. */
	latestAnswer: boolean;
}

/** Renders a turn as a titled part of the conversation. */
export function TurnView({ turn, ctx, current, latestAnswer }: Props) {
	const { strings } = ctx;
	const heading =
		turn.kind === 'ending' ? fill(strings.endingTitle, { title: turn.title }) : turn.title;
	return (
		<div className="scenario-turn" data-turn={turn.id} data-kind={turn.kind}>
			<h3 className="scenario-turn-title" tabIndex={-1} data-current-heading={current || undefined}>
				{heading}
				{turn.outcome && (
					<>
						{' '}
						<span className="scenario-outcome" data-outcome={turn.outcome}>
							{outcomeWord(turn.outcome, strings)}
						</span>
					</>
				)}
			</h3>
			{turn.beats.map((beat, i) => (
				<BeatView key={i} beat={beat} ctx={ctx} />
			))}
			{turn.choice && (
				<>
					<div className="scenario-line scenario-you">
						<div className="scenario-bubble">
							<p className="scenario-speaker">{strings.you}</p>
							<div className="scenario-words" dangerouslySetInnerHTML={{ __html: turn.choice.html }} />
						</div>
					</div>
					{turn.choice.feedbackHtml && (
						<div className="scenario-feedback">
							<h4 tabIndex={-1} data-latest-feedback={latestAnswer || undefined}>
								{strings.feedback}
							</h4>
							<div dangerouslySetInnerHTML={{ __html: turn.choice.feedbackHtml }} />
						</div>
					)}
					{turn.revealed.map((beat, i) => (
						<BeatView key={i} beat={beat} ctx={ctx} revealed />
					))}
				</>
			)}
		</div>
	);
}
