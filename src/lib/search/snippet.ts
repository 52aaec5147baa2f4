import { isUnspaced } from './segment-words';

const RADIUS = 90;

/**
 * A short excerpt around the first match, HTML-escaped, with matching words in `<mark>`.
 * Everything shown comes from the course text and is escaped; the query only chooses what
 * to mark, so a query can never inject HTML.
 */
export function snippetHtml(text: string, terms: readonly string[], lang: string): string {
	const needles = [...new Set(terms.map((t) => t.toLocaleLowerCase(lang)).filter((t) => t.length > 0))];
	const lower = text.toLocaleLowerCase(lang);
	const ranges: [number, number][] = [];
	const unspaced = isUnspaced(lang);
	for (const needle of needles) {
		let from = 0;
		for (;;) {
			const at = lower.indexOf(needle, from);
			if (at < 0) break;
			from = at + needle.length;
			// In spaced scripts, mark whole words that start with the term ("violen" → "violence").
			if (!unspaced && at > 0 && /[\p{L}\p{N}]/u.test(lower[at - 1]!)) continue;
			let end = at + needle.length;
			if (!unspaced) while (end < lower.length && /[\p{L}\p{N}]/u.test(lower[end]!)) end++;
			ranges.push([at, end]);
		}
	}
	ranges.sort((a, b) => a[0] - b[0]);
	const merged: [number, number][] = [];
	for (const r of ranges) {
		const last = merged[merged.length - 1];
		if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
		else merged.push([...r]);
	}
	const first = merged[0]?.[0] ?? 0;
	let start = Math.max(0, first - RADIUS);
	let end = Math.min(text.length, first + RADIUS * 2);
	// Start and end on word boundaries where the script has spaces.
	if (start > 0 && !unspaced) start = text.indexOf(' ', start) + 1 || start;
	if (end < text.length && !unspaced) end = text.lastIndexOf(' ', end) > first ? text.lastIndexOf(' ', end) : end;
	let html = start > 0 ? '… ' : '';
	let cursor = start;
	for (const [a, b] of merged) {
		if (b <= start || a >= end) continue;
		html += escapeHtml(text.slice(cursor, Math.max(a, start))) + `<mark>${escapeHtml(text.slice(Math.max(a, start), Math.min(b, end)))}</mark>`;
		cursor = Math.min(b, end);
	}
	html += escapeHtml(text.slice(cursor, end)) + (end < text.length ? ' …' : '');
	return html;
}

export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
