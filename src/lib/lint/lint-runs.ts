import type { Severity } from '../issues';
import { createLocator } from './align-offsets';
import { isExcused } from './check-context';
import type { CompiledPack } from './compile-rules';
import { findHits, type Hit } from './find-matches';
import type { Finding } from './format-finding';
import { findQuoteSpans } from './quote-spans';
import type { RuleSelection } from './rule-options';
import { segmentWords, type Token } from './segment-words';
import type { TextRun } from './text-run';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Finds rule hits in each run, drops excused ones, and places the rest in the file. */
export function lintRuns(
	runs: readonly TextRun[],
	source: string,
	pack: CompiledPack,
	selection: RuleSelection,
	locale: string
): Finding[] {
	const locate = createLocator(source);
	const findings: Finding[] = [];
	for (const run of runs) {
		const tokens = segmentWords(run.text, locale);
		const quotes = findQuoteSpans(run.text);
		const hits = findHits(tokens, pack).filter(
			(hit) => selection.isOn(hit.pattern.rule.rule) && !isExcused(run, tokens, hit, quotes)
		);
		for (const hit of keepOutermost(hits, tokens, selection)) {
			const start = tokens[hit.first]!.start;
			const rule = hit.pattern.rule.rule;
			findings.push({
				rule,
				severity: selection.severityOf(rule),
				...locate(run.offsets[start]!),
				matched: run.text.slice(start, tokens[hit.last]!.end).replace(/\s+/g, ' '),
				variant: hit.pattern.variant,
				plural: hit.pattern.plural,
			});
		}
	}
	return findings;
}

/**
 * Keeps the most specific hit where hits overlap: "child prostitute" (error) wins over
 * "prostitute" (warning) and "AIDS victim" over "victim", so each problem is said once.
 */
function keepOutermost(hits: Hit[], tokens: readonly Token[], selection: RuleSelection): Hit[] {
	const size = (h: Hit) => tokens[h.last]!.end - tokens[h.first]!.start;
	const sorted = [...hits].sort(
		(a, b) =>
			size(b) - size(a) ||
			RANK[selection.severityOf(a.pattern.rule.rule)] -
				RANK[selection.severityOf(b.pattern.rule.rule)]
	);
	const kept: Hit[] = [];
	for (const hit of sorted) {
		if (!kept.some((k) => hit.first >= k.first && hit.last <= k.last)) kept.push(hit);
	}
	return kept.sort((a, b) => a.first - b.first);
}
