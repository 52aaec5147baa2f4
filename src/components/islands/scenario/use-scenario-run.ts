/**
 * The island's link to the tracker. On mount it restores the learner's run (so a closed tab
 * resumes at the same scene); after every action it saves the run with its summary and hands
 * the learning records to the tracker. Without a course outline on the page (a preview), the
 * run simply lives in memory.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CourseOutline } from '../../../runtime/course-rules';
import { getTracker, type Tracker } from '../../../runtime/tracker';
import { startScenario } from '../../../lib/scenario/engine';
import type { ReachableTotals } from '../../../lib/scenario/reachable-totals';
import type { Scenario } from '../../../lib/scenario/types';
import { readJson } from '../../../scripts/page-data';
import { applyScenarioAction, type ScenarioAction } from './apply-action';
import { readSavedScenario, summariseRun, toSavedScenario, type ScenarioRun } from './saved-state';

/** What the view needs: the run, whether saved progress has been read, and `act`. */
export interface ScenarioRunControls {
	run: ScenarioRun;
	/** False during server rendering and until the saved run is restored. */
	ready: boolean;
	/** Applies an action; returns the runs before and after, or undefined when nothing changed. */
	act(action: ScenarioAction): { before: ScenarioRun; after: ScenarioRun } | undefined;
}

/** Keeps a role-play run in step with the tracker of the page's course. */
export function useScenarioRun(
	scenario: Scenario,
	totals: ReachableTotals,
	courseId: string,
	moduleId: string
): ScenarioRunControls {
	const [run, setRun] = useState<ScenarioRun>(() => ({
		state: startScenario(scenario),
		finishedOnce: false,
	}));
	const [ready, setReady] = useState(false);
	// Refs, not state: clicks read the latest run even before React re-renders.
	const current = useRef(run);
	const tracker = useRef<Tracker | undefined>(undefined);

	useEffect(() => {
		const outline = readJson<CourseOutline>('pc-outline');
		tracker.current = outline?.id === courseId ? getTracker(outline) : undefined;
		if (tracker.current) {
			current.current = readSavedScenario(scenario, tracker.current.blockState(scenario.id));
			setRun(current.current);
		}
		setReady(true);
	}, [scenario, courseId]);

	const act = useCallback(
		(action: ScenarioAction) => {
			const before = current.current;
			const context = { courseId, moduleId, timestamp: new Date().toISOString() };
			const result = applyScenarioAction(scenario, before, action, context, totals);
			if (!result.changed) return undefined;
			current.current = result.run;
			setRun(result.run);
			// A fresh object: the tracker takes any record shape (its type has an index signature).
			for (const record of result.records) tracker.current?.record({ ...record });
			tracker.current?.setBlock(scenario.id, toSavedScenario(result.run), summariseRun(result.run));
			return { before, after: result.run };
		},
		[scenario, totals, courseId, moduleId]
	);

	return { run, ready, act };
}
