/**
 * The export choices written into a package's launch page (`#pc-scorm-config`) by the exporter.
 * On the public site the block is empty and every choice has its default.
 */
import type { ReportingPreset } from '../../lib/scorm/cmi-status';
import { cmiFamilyOf, SCORM_VERSIONS, type CmiFamily, type ScormVersion } from '../../lib/scorm/versions';

/** What the exporter writes. */
export interface LaunchConfig {
	version?: ScormVersion;
	preset?: ReportingPreset;
	/** Send reflection text to the LMS (the course opted in). */
	freeText?: boolean;
}

const PRESETS: readonly ReportingPreset[] = ['passed-failed', 'completed-incomplete', 'completed-passed'];

/** Reads and checks the config text; anything unknown falls back to the defaults. */
export function parseLaunchConfig(text: string | null | undefined): Required<Omit<LaunchConfig, 'version'>> & { family?: CmiFamily } {
	let data: Record<string, unknown> = {};
	try {
		const parsed = JSON.parse(text || '{}') as unknown;
		if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) data = parsed as Record<string, unknown>;
	} catch {
		// A damaged block: use the defaults.
	}
	const version = SCORM_VERSIONS.find((v) => v === data.version);
	return {
		family: version ? cmiFamilyOf(version) : undefined,
		preset: PRESETS.find((p) => p === data.preset) ?? 'passed-failed',
		freeText: data.freeText === true,
	};
}

/** The config block's text for a package (safe inside `<script type="application/json">`). */
export function formatLaunchConfig(config: LaunchConfig): string {
	return JSON.stringify(config).replace(/</g, '\\u003c');
}
