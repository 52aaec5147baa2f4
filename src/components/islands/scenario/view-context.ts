/** What every part of the role-play view needs, built once per island. */
import type { Speaker } from '../../../lib/scenario/types';
import type { PortraitImages } from './prepare-scenario';
import type { ScenarioStrings } from './strings';

/** Shared, read-only view data handed down as one prop. */
export interface ViewContext {
	strings: ScenarioStrings;
	speakers: ReadonlyMap<string, Speaker>;
	portraits: PortraitImages;
	/** Prefix for element ids, unique per role-play on the page. */
	idPrefix: string;
}
