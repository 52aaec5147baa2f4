/**
 * SCORM API discovery: the launch page's own window, then its parents, then the window that
 * opened it and that window's parents, then `top.opener` (Plateau / SuccessFactors). Every probe
 * is guarded, because touching a window of another origin throws.
 * @see ADL SCORM 2004 4th Ed. RTE 3.1.2 (API instance discovery); shared doc pitfall C.19
 */
import type { CmiFamily } from '../../lib/scorm/versions';
import type { FoundApi, Scorm12Api, Scorm2004Api } from './api-types';

/** ADL's 2004 sample allows 500 steps up a chain; real LMS frame sets are a few levels deep. */
const MAX_CHAIN = 500;

/** Windows to search, in the order the SCORM discovery algorithm visits them, without repeats. */
export function candidateWindows(start: Window): { win: Window; where: string }[] {
	const found: { win: Window; where: string }[] = [];
	const add = (win: Window | null | undefined, where: string) => {
		if (win && !found.some((f) => f.win === win)) found.push({ win, where });
	};
	const climb = (from: Window | null | undefined, label: string) => {
		let win = from;
		for (let level = 0; win && level < MAX_CHAIN; level++) {
			add(win, level === 0 ? label : `${label}, parent ${level}`);
			const parent = read(() => win!.parent);
			if (!parent || parent === win) break;
			win = parent;
		}
	};
	climb(start, 'this window');
	climb(read(() => start.opener as Window | null), 'opener');
	climb(read(() => (start.top?.opener as Window | null) ?? null), 'top opener');
	return found;
}

/**
 * Finds the LMS API. `prefer` is the version the package was exported as: it is searched for
 * first everywhere, then the other one, so a package still works in an LMS that offers only
 * the other API.
 */
export function findScormApi(start: Window, prefer: CmiFamily = '2004'): FoundApi | undefined {
	const windows = candidateWindows(start);
	const order: CmiFamily[] = prefer === '1.2' ? ['1.2', '2004'] : ['2004', '1.2'];
	for (const family of order) {
		for (const { win, where } of windows) {
			const api = read(() => apiOf(win, family));
			if (api) return { family, api, where } as FoundApi;
		}
	}
	return undefined;
}

function apiOf(win: Window, family: CmiFamily): Scorm12Api | Scorm2004Api | undefined {
	const host = win as unknown as Record<string, unknown>;
	if (family === '1.2') {
		const api = host.API as Scorm12Api | undefined;
		return api && typeof api.LMSInitialize === 'function' ? api : undefined;
	}
	const api = host.API_1484_11 as Scorm2004Api | undefined;
	return api && typeof api.Initialize === 'function' ? api : undefined;
}

/** Runs a probe; a cross-origin window (or any other failure) counts as "nothing here". */
function read<T>(probe: () => T): T | undefined {
	try {
		return probe() ?? undefined;
	} catch {
		return undefined;
	}
}
