/**
 * Course score as the LMS sees it. Both versions report a percentage (min 0, max 100) so grade
 * books agree across exports; 2004 adds `score.scaled`. Values are rounded to 2 decimals.
 * @see SCORM 1.2 RTE 3.4.2 cmi.core.score (0–100); SCORM 2004 4th Ed. RTE 4.2.20 cmi.score (scaled −1..1)
 */
import type { CmiFamily } from './versions';
import type { CmiPair } from './cmi-pairs';

/** Score values as strings ready for SetValue. */
export interface MappedScore {
	raw: string;
	min: string;
	max: string;
	/** 2004 only. */
	scaled?: string;
}

/** Rounds to at most 2 decimals and prints without exponent or trailing zeros. */
export function formatDecimal(value: number): string {
	const rounded = Math.round(value * 100) / 100;
	return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** Maps a score ratio (0..1; clamped) to raw/min/max percentages and, for 2004, scaled. */
export function mapScore(family: CmiFamily, ratio: number): MappedScore {
	const clamped = Number.isFinite(ratio) ? Math.min(1, Math.max(0, ratio)) : 0;
	const score: MappedScore = { raw: formatDecimal(clamped * 100), min: '0', max: '100' };
	if (family === '2004') score.scaled = formatDecimal(clamped);
	return score;
}

/**
 * The SetValue calls for a score, min and max first: Brightspace records a grade only when raw
 * is set with max > 0.
 */
export function scoreSetValues(family: CmiFamily, ratio: number): CmiPair[] {
	const s = mapScore(family, ratio);
	const prefix = family === '1.2' ? 'cmi.core.score' : 'cmi.score';
	const pairs: CmiPair[] = [
		[`${prefix}.min`, s.min],
		[`${prefix}.max`, s.max],
		[`${prefix}.raw`, s.raw],
	];
	if (s.scaled !== undefined) pairs.push(['cmi.score.scaled', s.scaled]);
	return pairs;
}
