/**
 * The plain text of author HTML, for places that cannot hold markup: `<option>` labels and
 * button names. Uses an inert `<template>`, so nothing in the HTML runs or loads.
 */
export function htmlToText(html: string): string {
	if (typeof document === 'undefined') return html.replace(/<[^>]*>/g, '');
	const template = document.createElement('template');
	template.innerHTML = html;
	return (template.content.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Whether author HTML starts with a block (paragraphs, lists) rather than inline text: a
 * `<legend>` may only hold inline content, so a block prompt goes after it instead.
 */
export function isBlockHtml(html: string): boolean {
	return /^\s*<(p|ul|ol|div|blockquote|h[1-6]|table|pre|figure)\b/i.test(html);
}
