import { issueAt, type Issue } from '../issues';
import { didYouMeanSentence } from '../text/did-you-mean';
import type { Finding } from './format-finding';
import type { IgnoreComment } from './ignore-comment';

/**
 * Silences findings covered by an ignore comment that names the rule and gives a reason,
 * and reports ignores without a reason, with unknown rule ids, or that silenced nothing.
 */
export function applyIgnores(
	findings: readonly Finding[],
	ignores: readonly IgnoreComment[],
	knownIds: readonly string[],
	file: string
): { kept: Finding[]; issues: Issue[] } {
	const issues: Issue[] = [];
	const used = new Set<string>();
	const valid = ignores.filter((ignore) => {
		const problem = checkIgnore(ignore, knownIds, file);
		if (problem) issues.push(problem);
		return !problem;
	});
	const kept = findings.filter((finding) => {
		const ignore = valid.find(
			(i) =>
				i.ids.includes(finding.rule.id) && finding.line >= i.fromLine && finding.line <= i.toLine
		);
		if (ignore) used.add(`${ignore.line}:${ignore.column}:${finding.rule.id}`);
		return !ignore;
	});
	for (const ignore of valid) {
		for (const id of ignore.ids) {
			if (used.has(`${ignore.line}:${ignore.column}:${id}`)) continue;
			issues.push(
				issueAt(
					file,
					ignore,
					'LINT_IGNORE_UNUSED',
					`The ignore comment for "${id}" did not silence anything: the text it covers no longer uses that term.`,
					'Remove the comment, or move it to the line above the term it is meant for.',
					'warning'
				)
			);
		}
	}
	return { kept, issues };
}

function checkIgnore(
	ignore: IgnoreComment,
	knownIds: readonly string[],
	file: string
): Issue | undefined {
	if (ignore.ids.length === 0)
		return issueAt(
			file,
			ignore,
			'LINT_IGNORE_NO_RULE',
			'This peercourse-lint ignore comment does not name a rule, so it was not applied.',
			'Name the rule from the message, e.g. {/* peercourse-lint ignore sw/prostitute -- quoting the 1956 Act */}.',
			'warning'
		);
	const unknown = ignore.ids.find((id) => !knownIds.includes(id));
	if (unknown)
		return issueAt(
			file,
			ignore,
			'LINT_IGNORE_UNKNOWN_RULE',
			`The ignore comment names "${unknown}", which is not a terminology rule, so it was not applied.`,
			`${didYouMeanSentence(unknown, knownIds)} Copy the rule id from the message you want to silence.`.trim(),
			'warning'
		);
	if (!ignore.reason)
		return issueAt(
			file,
			ignore,
			'LINT_IGNORE_NO_REASON',
			`The ignore comment for "${ignore.ids.join(', ')}" gives no reason, so it was not applied.`,
			`Add the reason after two dashes, e.g. {/* peercourse-lint ignore ${ignore.ids[0]} -- quoting the 1956 Act */}.`,
			'warning'
		);
	return undefined;
}
