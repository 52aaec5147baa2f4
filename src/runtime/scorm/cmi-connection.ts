/**
 * One guarded connection to the LMS API that hides the 1.2 / 2004 naming differences. Every
 * call is wrapped: an API that returns 'false' or throws is logged and reported as a failure,
 * never as an exception. After `finish` no call reaches the LMS again (Moodle answers 301 and
 * may auto-advance; scorm-again silently accepts 1.2 calls).
 * @see SCORM 1.2 RTE 3.3 (API methods); SCORM 2004 4th Ed. RTE 3.1.3 (API methods); shared doc pitfall A.7
 */
import type { CmiFamily } from '../../lib/scorm/versions';
import { isTrue, type ApiResult, type FoundApi } from './api-types';

/** Where the connection is in its life: Initialize once, Finish/Terminate once. */
export type ConnectionState = 'new' | 'open' | 'finished';

/** The LMS session calls the tracker needs, named once for both versions. */
export interface CmiConnection {
	readonly family: CmiFamily;
	readonly state: ConnectionState;
	/** Initialize / LMSInitialize, only from `new`. */
	initialize(): boolean;
	/** GetValue; '' when the LMS has no value or refuses (2004 403 "not initialised" is normal). */
	get(element: string): string;
	set(element: string, value: string): boolean;
	commit(): boolean;
	/** Terminate / LMSFinish; afterwards every call is a no-op. */
	finish(): boolean;
}

/** Writes one line about a refused or failed call. */
export type TrackingLog = (message: string) => void;

const NAMES = {
	'1.2': {
		initialize: 'LMSInitialize',
		finish: 'LMSFinish',
		get: 'LMSGetValue',
		set: 'LMSSetValue',
		commit: 'LMSCommit',
		error: 'LMSGetLastError',
		errorText: 'LMSGetErrorString',
	},
	'2004': {
		initialize: 'Initialize',
		finish: 'Terminate',
		get: 'GetValue',
		set: 'SetValue',
		commit: 'Commit',
		error: 'GetLastError',
		errorText: 'GetErrorString',
	},
} as const;

/** 2004 "Data Model Element Value Not Initialized": the element was simply never set. */
const NOT_INITIALISED_2004 = '403';

/** Opens a connection over a discovered API; nothing is called until `initialize`. */
export function connectCmi(found: FoundApi, log: TrackingLog = defaultLog): CmiConnection {
	const names = NAMES[found.family];
	const api = found.api as unknown as Record<string, (...args: string[]) => ApiResult>;
	let state: ConnectionState = 'new';

	const call = (method: string, args: string[]): { ok: boolean; value: ApiResult } => {
		try {
			return { ok: true, value: api[method]!.apply(found.api, args) };
		} catch (error) {
			log(`[tracking] ${method}(${args[0] ?? ''}) threw: ${describe(error)}`);
			return { ok: false, value: undefined };
		}
	};
	const lastError = (): string => {
		const code = call(names.error, []);
		return code.ok ? String(code.value ?? '0') : '';
	};
	const report = (method: string, element: string) => {
		const code = lastError();
		const text = code && code !== '0' ? call(names.errorText, [code]).value : undefined;
		log(`[tracking] ${method}(${element}) → ${code || '?'} ${text ? String(text) : 'refused'}`.trim());
	};
	/** Initialize, Commit and Finish take the empty string and answer 'true' or 'false'. */
	const simple = (method: string): boolean => {
		const result = call(method, ['']);
		if (result.ok && isTrue(result.value)) return true;
		if (result.ok) report(method, '');
		return false;
	};

	return {
		family: found.family,
		get state() {
			return state;
		},
		initialize() {
			if (state !== 'new') return false;
			const ok = simple(names.initialize);
			if (ok) state = 'open';
			return ok;
		},
		get(element) {
			if (state !== 'open') return '';
			const result = call(names.get, [element]);
			if (!result.ok) return '';
			const code = lastError();
			if (code && code !== '0') {
				if (code !== NOT_INITIALISED_2004) report(names.get, element);
				return '';
			}
			return result.value === null || result.value === undefined ? '' : String(result.value);
		},
		set(element, value) {
			if (state !== 'open') return false;
			const result = call(names.set, [element, value]);
			if (result.ok && isTrue(result.value)) return true;
			if (result.ok) report(names.set, element);
			return false;
		},
		commit() {
			return state === 'open' && simple(names.commit);
		},
		finish() {
			if (state !== 'open') return false;
			// Finished even when the LMS refuses: a second Finish or any later call is an error.
			state = 'finished';
			return simple(names.finish);
		},
	};
}

function describe(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

function defaultLog(message: string): void {
	console.warn(message);
}
