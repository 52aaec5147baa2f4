import { issueAt, type Issue, type Place, type Severity } from '../issues';

/** Collects the issues of one extraction, all in the same file. */
export interface Reporter {
	file: string;
	issues: Issue[];
	/** Adds an issue at a place (an mdast `position.start` or a prop's line/column). */
	report(
		place: Place | undefined,
		code: string,
		message: string,
		hint: string,
		severity?: Severity
	): void;
}

/** Starts an empty reporter for one file. */
export function createReporter(file: string): Reporter {
	const issues: Issue[] = [];
	return {
		file,
		issues,
		report(place, code, message, hint, severity = 'error') {
			issues.push(issueAt(file, place, code, message, hint, severity));
		},
	};
}
