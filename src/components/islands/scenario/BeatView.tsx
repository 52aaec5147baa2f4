/** One piece of the conversation: narration, a spoken line, or a thought (labelled as one). */
import { fill } from '../../../scripts/page-data';
import type { TranscriptBeat } from './transcript';
import { readSiteRoot, resolveSiteUrl } from './site-url';
import type { ViewContext } from './view-context';

interface Props {
	beat: TranscriptBeat;
	ctx: ViewContext;
	/** A thought revealed after the learner answered ("What Meena was thinking"). */
	revealed?: boolean;
}

/** Renders a beat; the speaker's name is always written, the portrait is optional. */
export function BeatView({ beat, ctx, revealed = false }: Props) {
	if (beat.kind === 'narration') {
		return <div className="scenario-narration" dangerouslySetInnerHTML={{ __html: beat.html }} />;
	}
	const speaker = ctx.speakers.get(beat.speaker);
	const name = speaker?.name ?? beat.speaker;
	const portrait = ctx.portraits[beat.speaker];
	const label =
		beat.kind === 'thought'
			? fill(revealed ? ctx.strings.wasThinking : ctx.strings.thinks, { speaker: name })
			: name;
	return (
		<div className={beat.kind === 'thought' ? 'scenario-line scenario-thought' : 'scenario-line'}>
			{portrait && (
				<img
					className="scenario-portrait"
					src={resolveSiteUrl(portrait.src, readSiteRoot())}
					width={portrait.width}
					height={portrait.height}
					// Described once, where the person first speaks; later their name is enough.
					alt={beat.firstOfSpeaker ? (speaker?.alt ?? '') : ''}
					decoding="async"
				/>
			)}
			<div className="scenario-bubble">
				<p className="scenario-speaker">{label}</p>
				<div className="scenario-words" dangerouslySetInnerHTML={{ __html: beat.html }} />
			</div>
		</div>
	);
}
