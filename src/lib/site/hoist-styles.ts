/**
 * Moves `<style>` elements out of the body into the head. Astro writes the island style
 * (`astro-island{display:contents}`) next to the first island, inside the page body, where
 * HTML does not allow it; CSS applies the same from the head, and the page becomes valid.
 */
export function hoistBodyStyles(html: string): string {
	const bodyStart = html.search(/<body[\s>]/i);
	const headEnd = html.search(/<\/head>/i);
	if (bodyStart < 0 || headEnd < 0 || headEnd > bodyStart) return html;
	const styles: string[] = [];
	const body = html.slice(bodyStart).replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, (style) => {
		styles.push(style);
		return '';
	});
	if (!styles.length) return html;
	return html.slice(0, headEnd) + styles.join('') + html.slice(headEnd, bodyStart) + body;
}
