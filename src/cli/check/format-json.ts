import type { Issue } from '../../lib/issues';
import { countIssues, type CheckReport } from './check-courses';

/** The machine-readable report of `peercourse check --format json`. */
export interface CheckJson {
	summary: {
		courses: number;
		modules: number;
		files: number;
		errors: number;
		warnings: number;
		infos: number;
		/** Whether `--max-warnings` was given and exceeded. */
		tooManyWarnings: boolean;
	};
	/** Sorted by file, line and column. */
	issues: Issue[];
}

/** The report as JSON for tools and CI: the issues exactly as the build sees them, plus counts. */
export function formatCheckJson(report: CheckReport, tooManyWarnings: boolean): string {
	const json: CheckJson = {
		summary: {
			courses: report.courses,
			modules: report.modules,
			...countIssues(report.issues),
			tooManyWarnings,
		},
		issues: report.issues,
	};
	return JSON.stringify(json, null, 2);
}
