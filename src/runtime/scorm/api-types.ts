/**
 * The two SCORM run-time APIs as an LMS exposes them on a window (`window.API` for 1.2,
 * `window.API_1484_11` for 2004). LMSes return strings ('true'/'false', codes as text), but some
 * return booleans or numbers, so results are typed loosely and read with `isTrue`.
 * @see SCORM 1.2 RTE 3.2 (API); SCORM 2004 4th Ed. RTE 3.1 (API instance)
 */

/** What an API call may return. */
export type ApiResult = string | number | boolean | null | undefined;

/** The SCORM 1.2 API (`window.API`). */
export interface Scorm12Api {
	LMSInitialize(parameter: ''): ApiResult;
	LMSFinish(parameter: ''): ApiResult;
	LMSGetValue(element: string): ApiResult;
	LMSSetValue(element: string, value: string): ApiResult;
	LMSCommit(parameter: ''): ApiResult;
	LMSGetLastError(): ApiResult;
	LMSGetErrorString(code: string): ApiResult;
}

/** The SCORM 2004 API (`window.API_1484_11`). */
export interface Scorm2004Api {
	Initialize(parameter: ''): ApiResult;
	Terminate(parameter: ''): ApiResult;
	GetValue(element: string): ApiResult;
	SetValue(element: string, value: string): ApiResult;
	Commit(parameter: ''): ApiResult;
	GetLastError(): ApiResult;
	GetErrorString(code: string): ApiResult;
}

/** An API found by discovery, tagged with its data model family and where it was found. */
export type FoundApi =
	| { family: '1.2'; api: Scorm12Api; where: string }
	| { family: '2004'; api: Scorm2004Api; where: string };

/** True for the SCORM success value, whether the LMS returns it as text or as a boolean. */
export function isTrue(result: ApiResult): boolean {
	return result === true || String(result).toLowerCase() === 'true';
}
