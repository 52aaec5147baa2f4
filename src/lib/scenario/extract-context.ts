/** Shared state of one extraction: the file being read and the issues found so far. */
import { issueAt, type Issue, type Place, type Severity } from '../issues';
import type { ScenarioPlace } from './types';

/** Collects issues for one `<Scenario>` so every extractor reports the same way. */
export interface ExtractContext {
	file: string;
	issues: Issue[];
	report(
		place: Place | undefined,
		code: string,
		message: string,
		hint: string,
		severity?: Severity
	): void;
}

/** Creates an empty extraction context for `file`. */
export function createContext(file: string): ExtractContext {
	const issues: Issue[] = [];
	return {
		file,
		issues,
		report(place, code, message, hint, severity = 'error') {
			issues.push(issueAt(file, place, code, message, hint, severity));
		},
	};
}

/** The start place of an mdast node, in the model's compact form. */
export function placeOf(node: { position?: { start: Place } }): ScenarioPlace | undefined {
	const start = node.position?.start;
	return start?.line ? { line: start.line, column: start.column ?? 1 } : undefined;
}
