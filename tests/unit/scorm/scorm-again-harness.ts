/**
 * scorm-again 3.4.3 in Node as the stand-in LMS: plays SetValue calls and reports the first one
 * it refuses. It is lenient, so tests pair it with the strict validator.
 */
import { Scorm12API, Scorm2004API } from 'scorm-again';
import type { CmiPair } from '~/lib/scorm/cmi-pairs';
import type { CmiFamily } from '~/lib/scorm/versions';

/** Each call's result as `element=value → returned/errorCode`, for readable failures. */
export function playInScormAgain(family: CmiFamily, pairs: readonly CmiPair[]): string[] {
	const api =
		family === '1.2' ? new Scorm12API({ logLevel: 5 }) : new Scorm2004API({ logLevel: 5 });
	const started = api.lmsInitialize('');
	if (started !== 'true') return [`Initialize → ${started}/${api.lmsGetLastError()}`];
	return pairs.map(([element, value]) => {
		const returned = api.lmsSetValue(element, value);
		return `${element}=${value} → ${returned}/${api.lmsGetLastError()}`;
	});
}

/** The calls scorm-again refused (empty when all returned "true" with error 0). */
export function refusedByScormAgain(family: CmiFamily, pairs: readonly CmiPair[]): string[] {
	return playInScormAgain(family, pairs).filter((line) => !line.endsWith('→ true/0'));
}
