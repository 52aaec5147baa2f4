import { CliFailure } from '../errors';
import { EXIT, type CliIo } from '../io';
import { displayPath } from '../paths';
import type { Output } from '../output';
import { checkCourses, countIssues, type CheckReport } from './check-courses';
import { findCourseFolders } from './find-courses';
import { formatCheckJson } from './format-json';
import { formatCheckText, formatTooManyWarnings } from './format-text';

/** Options of `peercourse check`, as commander parsed them. */
export interface CheckOptions {
	format: 'text' | 'json';
	maxWarnings?: number;
}

/** Runs `peercourse check [course]` and returns the exit code. */
export function runCheck(
	course: string | undefined,
	options: CheckOptions,
	io: CliIo,
	output: Output
): number {
	const report = readReport(course, io);
	const { errors, warnings } = countIssues(report.issues);
	const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
	if (options.format === 'json') {
		output.print(formatCheckJson(report, tooManyWarnings));
	} else {
		output.print(...formatCheckText(report, output.colors));
		if (tooManyWarnings)
			output.print(formatTooManyWarnings(warnings, options.maxWarnings!, output.colors));
	}
	return errors || tooManyWarnings ? EXIT.problems : EXIT.ok;
}

function readReport(course: string | undefined, io: CliIo): CheckReport {
	try {
		return checkCourses(findCourseFolders(course, io), io);
	} catch (error) {
		const { code, path } = error as NodeJS.ErrnoException;
		if (error instanceof CliFailure || !code || !path) throw error;
		throw new CliFailure(
			`${displayPath(io, path)} could not be read (${code}).`,
			'Check that it exists and that your user may read it.'
		);
	}
}
