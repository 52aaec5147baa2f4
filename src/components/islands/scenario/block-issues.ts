/**
 * Picks the role-play issues of one block out of a module's issues for the trainers' page.
 * A block's issues lie between its own first line and the next block's first line.
 */
import type { Issue } from '../../../lib/issues';

/**
 * The `SCENARIO_*` issues located from `line` up to (not including) the next line in
 * `blockLines` (the first lines of every block in the module).
 */
export function selectBlockIssues(
	issues: readonly Issue[],
	blockLines: readonly number[],
	line: number
): Issue[] {
	const next = Math.min(...blockLines.filter((l) => l > line), Number.POSITIVE_INFINITY);
	return issues.filter(
		(i) => i.code.startsWith('SCENARIO_') && i.line !== undefined && i.line >= line && i.line < next
	);
}
