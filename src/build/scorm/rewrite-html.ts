/**
 * Changes the built pages need inside a package, as plain text edits on the built HTML:
 * the package's own home page (a link to the course, so "Courses" never leads out of the
 * package), no "Download for your LMS" box (its zips are not in the package), no offline box
 * (the service worker is left out), the export choices for the launch page, and privacy
 * sentences that tell the truth inside an LMS.
 */
import { formatLaunchConfig, type LaunchConfig } from '../../runtime/scorm/launch-config';

/** Marks the course page's download box; the packager removes it (src/pages/[course]/index.astro). */
export const LMS_DOWNLOADS_ATTRIBUTE = 'data-pc-lms-downloads';

/** The package's `index.html`: the site home page would list courses the package does not have. */
export function homeRedirectPage(options: { course: string; title: string; lang: string; linkText: string }): string {
	const href = `${options.course}/index.html`;
	const title = escapeHtml(options.title);
	return [
		'<!doctype html>',
		`<html lang="${escapeHtml(options.lang)}">`,
		'<head>',
		'<meta charset="utf-8">',
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		`<meta http-equiv="refresh" content="0; url=${href}">`,
		`<title>${title}</title>`,
		'<link rel="icon" href="favicon.svg" type="image/svg+xml">',
		'</head>',
		'<body>',
		`<p><a href="${href}">${escapeHtml(options.linkText)}: ${title}</a></p>`,
		'</body>',
		'</html>',
		'',
	].join('\n');
}

/** Removes the `<section data-pc-lms-downloads>` box (it holds no nested sections). */
export function removeLmsDownloads(html: string): string {
	return html.replace(new RegExp(`<section\\b[^>]*\\s${LMS_DOWNLOADS_ATTRIBUTE}[\\s>=][\\s\\S]*?</section>`, 'g'), '');
}

/** Hides the "Save this course for offline use" box: packages have no service worker. */
export function hideOfflineSave(html: string): string {
	return html.replace(/<(\w+)(\s[^>]*?\sdata-offline[\s>=])/g, (_m, tag: string, rest: string) => (/\shidden[\s>=]/.test(rest) ? `<${tag}${rest}` : `<${tag} hidden${rest}`));
}

/** Writes the export choices into the launch page's `#pc-scorm-config` block. */
export function writeLaunchConfig(html: string, config: LaunchConfig): string {
	const block = /(<script\b[^>]*\sid=["']pc-scorm-config["'][^>]*>)[\s\S]*?(<\/script>)/;
	if (!block.test(html)) throw new Error('The launch page has no #pc-scorm-config block to write the export choices into.');
	return html.replace(block, (_m, open: string, close: string) => `${open}${formatLaunchConfig(config)}${close}`);
}

/** Replaces a sentence as Astro writes it into HTML (with its escaping of `&<>"'`). */
export function replaceSentence(html: string, from: string, to: string): string {
	if (!from || from === to) return html;
	const pattern = escapeHtml(from)
		.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
		.replace(/&#39;/g, "(?:&#39;|&#x27;|')")
		.replace(/&quot;/g, '(?:&quot;|&#34;|")');
	return html.replace(new RegExp(pattern, 'g'), escapeHtml(to));
}

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
