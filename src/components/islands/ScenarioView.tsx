/**
 * The learner's side of a role-play. Server-rendered, it shows the introduction and the first
 * scene with its responses as text (readable without JavaScript). Once hydrated, it restores
 * the learner's run from the tracker and plays it: a conversation that grows in a polite live
 * region, responses as buttons, feedback and revealed thoughts, then a debrief at the ending.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { canStepBack, isScenarioFinished } from '../../lib/scenario/engine';
import { findScene } from '../../lib/scenario/graph';
import type { ReachableTotals } from '../../lib/scenario/reachable-totals';
import { summariseScenario } from '../../lib/scenario/summarise';
import type { Scenario } from '../../lib/scenario/types';
import { ChoiceGroup } from './scenario/ChoiceGroup';
import { Debrief } from './scenario/Debrief';
import type { PortraitImages } from './scenario/prepare-scenario';
import type { ScenarioStrings } from './scenario/strings';
import { buildTranscript, findLoopedStep, type LoopedStep } from './scenario/transcript';
import { TurnView } from './scenario/TurnView';
import { useScenarioRun } from './scenario/use-scenario-run';
import type { ViewContext } from './scenario/view-context';

interface Props {
	scenario: Scenario;
	/** Best and worst totals, computed once at build time. */
	totals: ReachableTotals;
	portraits: PortraitImages;
	courseId: string;
	moduleId: string;
	strings: ScenarioStrings;
}

/** Where focus goes after an action, so it is never lost when the clicked button goes away. */
type FocusTarget = 'feedback' | 'current';

/** The role-play island. */
export default function ScenarioView(props: Props) {
	const { scenario, totals, strings } = props;
	const { run, ready, act } = useScenarioRun(scenario, totals, props.courseId, props.moduleId);
	const [looped, setLooped] = useState<LoopedStep | undefined>();
	const [live, setLive] = useState(false);
	const focusTarget = useRef<FocusTarget | undefined>(undefined);
	const root = useRef<HTMLDivElement>(null);
	const ctx = useMemo<ViewContext>(
		() => ({
			strings,
			speakers: new Map(scenario.speakers.map((s) => [s.id, s])),
			portraits: props.portraits,
			idPrefix: `sc-${scenario.id}`,
		}),
		[scenario, strings, props.portraits]
	);
	const { state } = run;
	const finished = isScenarioFinished(state);
	const turns = buildTranscript(scenario, state, looped);
	const scene = finished ? undefined : findScene(scenario, state.scene);

	// The live region starts announcing only after the restored run is on screen, so a
	// returning learner does not hear the whole conversation again on page load.
	useEffect(() => setLive(ready), [ready]);

	useEffect(() => {
		const target = focusTarget.current;
		focusTarget.current = undefined;
		if (!target || !root.current) return;
		const selector = target === 'feedback' ? '[data-latest-feedback]' : '[data-current-heading]';
		const el =
			root.current.querySelector<HTMLElement>(selector) ??
			root.current.querySelector<HTMLElement>('[data-current-heading]');
		el?.focus();
	}, [run]);

	const choose = (choiceId: string) => {
		const choice = scene?.choices.find((c) => c.id === choiceId);
		const change = act({ type: 'choose', choiceId });
		if (!change) return;
		setLooped(findLoopedStep(change.before.state, change.after.state, choiceId));
		focusTarget.current = choice?.feedbackHtml ? 'feedback' : 'current';
	};

	const back = () => {
		if (!act({ type: 'back' })) return;
		setLooped(undefined);
		focusTarget.current = 'current';
	};
	const restart = () => {
		act({ type: 'restart' });
		setLooped(undefined);
		focusTarget.current = 'current';
	};

	return (
		<div className="scenario-view" ref={root}>
			{scenario.introHtml && (
				<div className="scenario-intro" dangerouslySetInnerHTML={{ __html: scenario.introHtml }} />
			)}
			<div
				className="scenario-log"
				role="log"
				aria-live={live ? 'polite' : 'off'}
				aria-label={strings.conversation}
			>
				{turns.map((turn, i) => (
					<TurnView
						key={turn.key}
						turn={turn}
						ctx={ctx}
						current={i === turns.length - 1}
						latestAnswer={i === turns.length - 2}
					/>
				))}
			</div>
			{scene && <ChoiceGroup choices={scene.choices} ctx={ctx} onChoose={ready ? choose : undefined} />}
			{finished && ready && <Debrief debrief={summariseScenario(scenario, state, totals)} ctx={ctx} />}
			{ready && (state.path.length > 0 || finished) && (
				<div className="scenario-controls">
					{canStepBack(scenario, state) && (
						<button type="button" className="button secondary" onClick={back}>
							{strings.tryDifferent}
						</button>
					)}
					<button type="button" className="button secondary" onClick={restart}>
						{strings.restart}
					</button>
				</div>
			)}
		</div>
	);
}
