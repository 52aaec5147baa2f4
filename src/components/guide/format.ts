/** Small formatting helpers shared by the facilitator guide components (server-side only). */

/** Page anchors: ids are content ids, prefixed so a quiz and a role-play never clash. */
export const guideAnchor = {
	module: (slug: string) => `guide-module-${slug}`,
	quiz: (id: string) => `guide-quiz-${id}`,
	rolePlay: (id: string) => `guide-role-play-${id}`,
	/** A scene or an ending of a role-play (they share one namespace). */
	node: (rolePlay: string, id: string) => `guide-role-play-${rolePlay}--${id}`,
	sources: (slug: string) => `guide-sources-${slug}`,
};

/** Points with their sign, "+2" or "−1", in the page's language. */
export function formatPoints(points: number, lang: string): string {
	return new Intl.NumberFormat(lang, { signDisplay: 'exceptZero' }).format(points);
}

/** "A, B and C" in the page's language. */
export function formatList(items: string[], lang: string): string {
	return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(items);
}
