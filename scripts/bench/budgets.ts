import type { PageWeight } from './measure-pages';

/**
 * Byte budgets (gzip) for what a first visit downloads, chosen from measurements with some
 * headroom (README.md#measured-figures). Times are reported by `npm run bench`, never asserted.
 */
export const BUDGETS = {
	/** A text-only module page: HTML, CSS and JavaScript together, images aside. */
	textModule: 10 * 1024,
	/**
	 * A module page with a quiz or a role-play, React included. The target was 90 KB; React 19
	 * alone is 65.5 KB of it, and the sample course's long modules with a quiz and a role-play
	 * measure 95–104 KB (README.md#measured-figures), so the budget is the measurement plus a
	 * little headroom, and keeps it from growing.
	 */
	interactiveModule: 110 * 1024,
} as const;

/** The page's HTML + CSS + JavaScript in gzip bytes (what the budgets count). */
export function codeBytes(weight: PageWeight): number {
	return weight.byKind.html.gzip + weight.byKind.css.gzip + weight.byKind.js.gzip;
}

/**
 * Undefined when the page is within its budget, otherwise a message naming the page and
 * its largest downloads, so the cause is plain.
 */
export function budgetProblem(page: string, weight: PageWeight, budget: number): string | undefined {
	const used = codeBytes(weight);
	if (used <= budget) return undefined;
	const largest = weight.largest.map((l) => `${l.url.split('/').pop()} (${(l.gzip / 1024).toFixed(1)} KB)`).join(', ');
	return `The page "${page}" downloads ${(used / 1024).toFixed(1)} KB gzip of HTML, CSS and JavaScript, over its budget of ${(budget / 1024).toFixed(0)} KB. Largest downloads: ${largest}.`;
}
