/** Small text helpers for scenario ids and labels. */

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether an id is kebab-case (`night-shift`), the only form safe in URLs, JSON and LMS data. */
export function isKebabCase(id: string): boolean {
	return KEBAB.test(id);
}

/**
 * Turns a display name into a kebab-case id; camelCase and underscores count as word breaks.
 * @example slugify('Clinical care') // 'clinical-care'; slugify('clinicalCare') // 'clinical-care'
 */
export function slugify(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/([a-z0-9])([A-Z])/g, '$1-$2')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/**
 * Derives a choice id from its text: the first four words, at most 32 characters, so saved
 * progress stays small. Authors who reword a choice after launch should give it an `id`.
 * @example deriveChoiceId('Ask her quietly to come to a private room') // 'ask-her-quietly-to'
 */
export function deriveChoiceId(text: string): string {
	const words = slugify(text).split('-').filter(Boolean).slice(0, 4);
	let id = '';
	for (const w of words) {
		const next = id ? `${id}-${w}` : w;
		if (next.length > 32) break;
		id = next;
	}
	return id || slugify(text).slice(0, 32).replace(/-+$/, '');
}

/** Shortens plain text to at most `max` characters at a word boundary, adding an ellipsis. */
export function truncateText(text: string, max: number): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	if (clean.length <= max) return clean;
	const cut = clean.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
