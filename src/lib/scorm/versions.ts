/**
 * The SCORM versions PeerCourse exports, and the facts that differ between them.
 * 3rd and 4th Edition share one run-time data model and one set of manifest namespaces.
 */

/** A SCORM version an export can target; `2004-4th` is the default. */
export type ScormVersion = '1.2' | '2004-3rd' | '2004-4th';

/** The run-time data model family: 3rd and 4th Edition share the 2004 CMI model. */
export type CmiFamily = '1.2' | '2004';

/** The version used when an export does not choose one. */
export const DEFAULT_SCORM_VERSION: ScormVersion = '2004-4th';

/** All versions, for CLI help and table-driven tests. */
export const SCORM_VERSIONS: readonly ScormVersion[] = ['1.2', '2004-3rd', '2004-4th'];

/** Maps a version to its run-time data model family. */
export function cmiFamilyOf(version: ScormVersion | CmiFamily): CmiFamily {
	return version === '1.2' ? '1.2' : '2004';
}

/**
 * The exact `<schemaversion>` text each version requires.
 * @see SCORM 2004 4th Ed. CAM 3.4.1.4 `<schemaversion>`; SCORM 1.2 CAM 2.3.2
 */
export const SCHEMA_VERSION_TEXT: Record<ScormVersion, string> = {
	'1.2': '1.2',
	'2004-3rd': '2004 3rd Edition',
	'2004-4th': '2004 4th Edition',
};

/**
 * Maximum `cmi.suspend_data` length in characters.
 * @see SCORM 1.2 RTE 3.4.2 cmi.suspend_data (CMIString4096); SCORM 2004 3rd/4th Ed. RTE 4.2.25 (SPM 64000)
 */
export const SUSPEND_DATA_LIMIT: Record<CmiFamily, number> = { '1.2': 4096, '2004': 64000 };
