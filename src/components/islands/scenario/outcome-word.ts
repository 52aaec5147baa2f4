/** The words for an ending's outcome: outcomes are always written, never shown by colour alone. */
import type { Outcome } from '../../../lib/scenario/types';
import type { ScenarioStrings } from './strings';

/** The translated outcome label, e.g. "Good outcome". */
export function outcomeWord(outcome: Outcome, strings: ScenarioStrings): string {
	return outcome === 'good'
		? strings.outcomeGood
		: outcome === 'mixed'
			? strings.outcomeMixed
			: strings.outcomePoor;
}
