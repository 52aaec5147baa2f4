/**
 * Time formats of the SCORM run-time data models. Durations are rounded to hundredths of a second
 * because SCORM 1.2 and Moodle's 2004 regexes allow at most two fractional digits.
 */
import type { CmiFamily } from './versions';

/** Largest 1.2 CMITimespan: four hour digits. */
const MAX_TIMESPAN_12_CS = (9999 * 3600 + 59 * 60 + 59) * 100 + 99;

/** Whole hundredths of a second in `ms`, never negative or NaN. */
function toCentiseconds(ms: number): number {
	return Number.isFinite(ms) && ms > 0 ? Math.round(ms / 10) : 0;
}

function pad(value: number, width = 2): string {
	return String(value).padStart(width, '0');
}

/**
 * SCORM 1.2 CMITimespan `HHHH:MM:SS.SS` (hours 2–4 digits, at most 2 decimals), capped at 9999 h.
 * @see SCORM 1.2 RTE 3.4.3 CMITimespan; Moodle `scorm_12.js` `^([0-9]{2,4}):([0-9]{2}):([0-9]{2})(\.[0-9]{1,2})?$`
 * @example formatTimespan12(3_723_450) === '01:02:03.45'
 */
export function formatTimespan12(ms: number): string {
	const cs = Math.min(toCentiseconds(ms), MAX_TIMESPAN_12_CS);
	const hours = Math.floor(cs / 360000);
	const minutes = Math.floor((cs % 360000) / 6000);
	const seconds = Math.floor((cs % 6000) / 100);
	const fraction = cs % 100;
	const base = `${pad(hours)}:${pad(minutes)}:${pad(seconds)}`;
	return fraction === 0 ? base : `${base}.${pad(fraction)}`;
}

/**
 * SCORM 2004 timeinterval (ISO 8601 duration) using hours, minutes and seconds only: no weeks
 * (Moodle rejects them), at most 2 decimals, `PT0S` when zero.
 * @see SCORM 2004 4th Ed. RTE 4.1.2 timeinterval (second,10,2); Moodle `scorm_13.js` CMITimespan
 * @example formatDuration2004(3_723_450) === 'PT1H2M3.45S'
 */
export function formatDuration2004(ms: number): string {
	const cs = toCentiseconds(ms);
	const hours = Math.floor(cs / 360000);
	const minutes = Math.floor((cs % 360000) / 6000);
	const seconds = (cs % 6000) / 100;
	let text = 'PT';
	if (hours > 0) text += `${hours}H`;
	if (minutes > 0) text += `${minutes}M`;
	if (seconds > 0 || text === 'PT') text += `${Number(seconds.toFixed(2))}S`;
	return text;
}

/** Session time or latency in the format of `family`. */
export function formatDuration(family: CmiFamily, ms: number): string {
	return family === '1.2' ? formatTimespan12(ms) : formatDuration2004(ms);
}

/** Which clock a timestamp is written in: the learner's local time (default) or UTC. */
export type TimeZoneChoice = 'local' | 'utc';

function parts(date: Date, zone: TimeZoneChoice) {
	const utc = zone === 'utc';
	return {
		year: utc ? date.getUTCFullYear() : date.getFullYear(),
		month: (utc ? date.getUTCMonth() : date.getMonth()) + 1,
		day: utc ? date.getUTCDate() : date.getDate(),
		hours: utc ? date.getUTCHours() : date.getHours(),
		minutes: utc ? date.getUTCMinutes() : date.getMinutes(),
		seconds: utc ? date.getUTCSeconds() : date.getSeconds(),
	};
}

/**
 * SCORM 1.2 CMITime `HH:MM:SS` (time of day) for `cmi.interactions.n.time`.
 * @see SCORM 1.2 RTE 3.4.3 CMITime
 */
export function formatTimeOfDay12(date: Date, zone: TimeZoneChoice = 'local'): string {
	const p = parts(date, zone);
	return `${pad(p.hours)}:${pad(p.minutes)}:${pad(p.seconds)}`;
}

/**
 * SCORM 2004 time(second,10,0) `YYYY-MM-DDThh:mm:ss` without milliseconds or zone: Moodle allows
 * at most 2 fractional digits and only accepts a zone after them, so `toISOString()` output fails.
 * @see SCORM 2004 4th Ed. RTE 4.1.1 time (second,10,0); Moodle `scorm_13.js` CMITime
 */
export function formatTimestamp2004(date: Date, zone: TimeZoneChoice = 'local'): string {
	const p = parts(date, zone);
	const day = `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
	return `${day}T${pad(p.hours)}:${pad(p.minutes)}:${pad(p.seconds)}`;
}
