/**
 * Checks a whole sequence of SetValue calls, as the runtime records them: each value strictly,
 * with interaction types remembered per index, plus the ordering rules LMSes enforce.
 * @see SCORM 2004 4th Ed. RTE 4.2.9 (id must be set first: error 408); SCORM 1.2 RTE 3.4.2 (sequential indices: 201)
 */
import type { CmiPair } from './cmi-pairs';
import { validateCmiValue } from './validate-cmi-value';
import { cmiFamilyOf, type CmiFamily, type ScormVersion } from './versions';

/** One rejected call, by its position in the log. */
export interface SetValueProblem {
	index: number;
	element: string;
	value: string;
	reason: string;
}

/** Returns every problem in the log; an empty list means a strict LMS would accept every call. */
export function validateSetValueLog(
	version: ScormVersion | CmiFamily,
	log: readonly CmiPair[],
	knownInteractions = 0
): SetValueProblem[] {
	const family = cmiFamilyOf(version);
	const types = new Map<number, string>();
	const withId = new Set<number>(Array.from({ length: knownInteractions }, (_, i) => i));
	const problems: SetValueProblem[] = [];
	log.forEach(([element, value], index) => {
		const add = (reason: string) => problems.push({ index, element, value, reason });
		const match = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(element);
		if (match) {
			const n = Number(match[1]);
			const field = match[2]!;
			if (n > withId.size && !withId.has(n))
				add(`${element}: index ${n} skips an index; use ${withId.size}.`);
			if (field === 'id') withId.add(n);
			else if (!withId.has(n) && family === '2004')
				add(`${element}: set cmi.interactions.${n}.id first.`);
			if (field === 'type') types.set(n, value);
		}
		const result = validateCmiValue(
			family,
			element,
			value,
			match ? types.get(Number(match[1])) : undefined
		);
		if (!result.ok) add(result.reason);
	});
	return problems;
}
