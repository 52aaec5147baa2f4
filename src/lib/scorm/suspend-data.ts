/**
 * Versioned, compact encoding of learner state for `cmi.suspend_data`.
 *
 * Output is plain ASCII from a small safe set, because LMSes have mangled `+` (form decoding),
 * `<`/`&` (HTML escaping), quotes and non-ASCII (database encodings):
 * - `pc1j:` + JSON with every non-ASCII and `<>&'` character written as `\uXXXX`, or
 * - `pc1z:` + lz-string `compressToEncodedURIComponent` output with `+` → `_` and `$` → `.`,
 *   so the alphabet is `[A-Za-z0-9_.-]`; used only when it is shorter.
 * The `pc<version>` tag lets later releases recognise (and migrate or ignore) older data.
 * @see SCORM 1.2 RTE 3.4.2 cmi.suspend_data (CMIString4096); SCORM 2004 4th Ed. RTE 4.2.25 (SPM 64000)
 */
import LZString from 'lz-string';

/** Current format version, written into every prefix. */
export const SUSPEND_DATA_VERSION = 1;

const JSON_PREFIX = `pc${SUSPEND_DATA_VERSION}j:`;
const LZ_PREFIX = `pc${SUSPEND_DATA_VERSION}z:`;

/** Length of the prefix every encoding starts with. */
export const SUSPEND_DATA_PREFIX_LENGTH = JSON_PREFIX.length;

/** The result of decoding: the state, or why it could not be read (never an exception). */
export type DecodedSuspendData = { ok: true; state: unknown } | { ok: false; reason: string };

/** JSON in ASCII only: non-ASCII and `<>&'` become `\uXXXX` escapes, which JSON.parse reverses. */
export function toAsciiJson(state: unknown): string {
	const json = JSON.stringify(state === undefined ? null : state);
	return json.replace(
		/[^\x20-\x7e]|[<>&']/g,
		(c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
	);
}

/** Encodes learner state; the result is never longer than the prefixed ASCII JSON. */
export function encodeSuspendData(state: unknown): string {
	const json = toAsciiJson(state);
	const packed = LZString.compressToEncodedURIComponent(json)
		.replace(/\+/g, '_')
		.replace(/\$/g, '.');
	return packed.length < json.length ? LZ_PREFIX + packed : JSON_PREFIX + json;
}

/** Decodes what `encodeSuspendData` wrote; any other or damaged text gives `ok: false`. */
export function decodeSuspendData(text: string): DecodedSuspendData {
	if (typeof text !== 'string' || text === '') return { ok: false, reason: 'no saved data' };
	const tag = /^pc(\d+)([jz]):/.exec(text);
	if (!tag) return { ok: false, reason: 'not PeerCourse data (unknown prefix)' };
	if (Number(tag[1]) !== SUSPEND_DATA_VERSION) {
		return {
			ok: false,
			reason: `written by format version ${tag[1]}, this build reads ${SUSPEND_DATA_VERSION}`,
		};
	}
	const body = text.slice(tag[0].length);
	let json: string | null;
	if (tag[2] === 'j') {
		json = body;
	} else {
		try {
			json = LZString.decompressFromEncodedURIComponent(
				body.replace(/_/g, '+').replace(/\./g, '$')
			);
		} catch {
			json = null;
		}
		if (!json) return { ok: false, reason: 'the compressed data is damaged' };
	}
	try {
		return { ok: true, state: JSON.parse(json) };
	} catch {
		return { ok: false, reason: 'the data is not valid JSON (damaged or cut short)' };
	}
}
