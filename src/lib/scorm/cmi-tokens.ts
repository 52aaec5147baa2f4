/**
 * Deterministic mapping of authored ids and text to the character sets each data model allows.
 * Kebab-case ids (the house style) map readably; anything else gets a short hash suffix so two
 * different ids can never become the same token.
 * @see SCORM 1.2 RTE 3.4.3 CMIIdentifier; SCORM 2004 4th Ed. RTE 4.1.5 short_identifier_type
 * @see Moodle `scorm_13.js` CMIShortIdentifier `^[\w\.]{1,250}$` (no hyphens)
 */
import type { CmiFamily } from './versions';

/** Authored ids that map without a hash: ASCII letters/digits in `-`-separated runs. */
const KEBAB = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;

/** FNV-1a 32-bit hash in base 36: short, stable, dependency-free. */
export function shortHash(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(36);
}

function asciiFold(text: string): string {
	return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * A response token: 1.2 `[A-Za-z0-9_-]` (hyphens kept), 2004 `[A-Za-z0-9_]` (hyphen → `_`).
 * Neither may contain `,` or `.`, the 1.2 list and pair delimiters.
 * @example toResponseToken('2004', 'opt-1') === 'opt_1'; toResponseToken('1.2', 'opt-1') === 'opt-1'
 */
export function toResponseToken(family: CmiFamily, id: string, maxLength = 250): string {
	const separator = family === '1.2' ? '-' : '_';
	if (KEBAB.test(id) && id.length <= maxLength) return id.replace(/-/g, separator);
	const hash = shortHash(id);
	const base = asciiFold(id)
		.replace(/[^A-Za-z0-9]+/g, separator)
		.replace(new RegExp(`^\\${separator}+|\\${separator}+$`, 'g'), '');
	const room = maxLength - hash.length - 1;
	return `${base.slice(0, room) || 'x'}${separator}${hash}`;
}

/**
 * An interaction id valid in both versions (1.2 CMIIdentifier `[A-Za-z0-9_-]{1,255}`, 2004
 * long_identifier_type without whitespace), joined with `_` so kebab parts stay readable.
 * @example toInteractionId(['01-why', 'check', 'q-consent']) === '01-why_check_q-consent'
 */
export function toInteractionId(parts: readonly string[]): string {
	const id = parts.map((p) => toResponseToken('1.2', p)).join('_');
	if (id.length <= 255) return id;
	const hash = shortHash(id);
	return `${id.slice(0, 255 - hash.length - 1)}_${hash}`;
}

/**
 * Cuts text to `max` UTF-16 units (the unit LMS regexes count) without splitting a surrogate
 * pair, ending with `…` when cut.
 */
export function truncateText(text: string, max: number): string {
	if (text.length <= max) return text;
	let end = max - 1;
	const code = text.charCodeAt(end - 1);
	if (code >= 0xd800 && code <= 0xdbff) end -= 1;
	return `${text.slice(0, end)}…`;
}

/**
 * Single-line text: Moodle's 2004 CMILangString250 uses `.`, which stops at line breaks, and
 * treats a leading `{` as a language tag.
 */
export function toSingleLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim().replace(/^\{+/, '');
}
