/**
 * Fills the `{name}` placeholders of an interface string the server already translated.
 * Numbers are formatted for the page language, so digits and separators read naturally.
 * @example fillTemplate('Question {position} of {total}', { position: 2, total: 7 }, 'en') // 'Question 2 of 7'
 */
export function fillTemplate(
	template: string,
	values: Readonly<Record<string, string | number>>,
	lang = 'en'
): string {
	return splitTemplate(template)
		.map((part) => (typeof part === 'string' ? part : formatValue(values[part.name], lang)))
		.join('');
}

/** A piece of a template: literal text, or the name of a placeholder. */
export type TemplatePart = string | { name: string };

/**
 * Splits a template into text and placeholders, so a page can put an element (a name in
 * large type) where the placeholder is without rebuilding the sentence from fragments.
 * @example splitTemplate('{name} completed {course}.') // [{ name: 'name' }, ' completed ', { name: 'course' }, '.']
 */
export function splitTemplate(template: string): TemplatePart[] {
	const parts: TemplatePart[] = [];
	let last = 0;
	for (const match of template.matchAll(/\{(\w+)\}/g)) {
		if (match.index > last) parts.push(template.slice(last, match.index));
		parts.push({ name: match[1]! });
		last = match.index + match[0].length;
	}
	if (last < template.length) parts.push(template.slice(last));
	return parts;
}

function formatValue(value: string | number | undefined, lang: string): string {
	if (value === undefined) return '';
	if (typeof value === 'string') return value;
	return new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(value);
}
