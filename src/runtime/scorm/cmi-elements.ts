/**
 * Data model element names and small facts the LMS session needs, per SCORM version.
 * @see SCORM 1.2 RTE 3.4.2; SCORM 2004 4th Ed. RTE 4.2
 */
import type { ReportedStatus } from '../../lib/scorm/cmi-status';

/** Element names that differ between the versions. */
export const ELEMENTS = {
	'1.2': {
		location: 'cmi.core.lesson_location',
		exit: 'cmi.core.exit',
		sessionTime: 'cmi.core.session_time',
		scoreRaw: 'cmi.core.score.raw',
		learnerId: 'cmi.core.student_id',
		entry: 'cmi.core.entry',
		locationLimit: 255,
	},
	'2004': {
		location: 'cmi.location',
		exit: 'cmi.exit',
		sessionTime: 'cmi.session_time',
		scoreRaw: 'cmi.score.raw',
		learnerId: 'cmi.learner_id',
		entry: 'cmi.entry',
		locationLimit: 1000,
	},
} as const;

/** The saved progress element, named the same in both versions. */
export const SUSPEND_DATA = 'cmi.suspend_data';

/** True for `cmi.interactions.n.*` elements. */
export function isInteraction(element: string): boolean {
	return element.startsWith('cmi.interactions.');
}

/** True when a status says the learner already finished the course once. */
export function isFinished(status: ReportedStatus | undefined): boolean {
	if (!status) return false;
	if (status.family === '1.2') return ['completed', 'passed', 'failed'].includes(status.lessonStatus);
	return status.completionStatus === 'completed';
}
