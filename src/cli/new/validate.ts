import { RESERVED_SLUGS } from '../../lib/course/analyse-course';
import { canonicalLanguage } from '../../lib/course/language';
import { slugify } from '../../lib/course/module-file';

/** Course folder names that would clash with the site's own pages. */
export const RESERVED_COURSE_SLUGS = ['about', 'index', '404'];
/** Module names that would clash with each course's special pages (the course check's list, and index). */
export const RESERVED_MODULE_SLUGS = [...RESERVED_SLUGS, 'index'];

/** A problem with a title, or undefined. */
export function checkTitle(title: string): string | undefined {
	if (!title.trim()) return 'Write a title: learners see it at the top of the page.';
	if (title.length > 200)
		return 'Write a shorter title (at most 200 characters): it is shown in lists and on phones.';
	return undefined;
}

/**
 * A problem with a course or module web address, or undefined. ASCII only: LMS servers and
 * SCORM packages handle other letters in paths badly.
 */
export function checkSlug(
	slug: string,
	reserved: readonly string[],
	taken: readonly string[],
	what: string
): string | undefined {
	if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
		return `"${slug}" cannot be the web address of a ${what}: use lower-case letters a to z, digits and single hyphens, such as first-line-support.`;
	}
	if (reserved.includes(slug))
		return `"${slug}" is kept for a page of its own; choose another web address for the ${what}.`;
	if (taken.includes(slug))
		return `There is already a ${what} called "${slug}"; choose another web address.`;
	return undefined;
}

/** A problem with a language tag, or undefined. */
export function checkLanguage(tag: string): string | undefined {
	if (canonicalLanguage(tag)) return undefined;
	return `"${tag}" is not a language tag this build knows: write a BCP 47 tag such as en, fr, es, hi, km or pt-BR.`;
}

/** A web address made from a title: ASCII letters and digits, at most about 40 characters. */
export function suggestSlug(title: string, fallback: string): string {
	const words = slugify(title)
		.replace(/[^a-z0-9-]+/g, '')
		.split('-')
		.filter(Boolean);
	let slug = '';
	for (const word of words) {
		if (slug && slug.length + word.length + 1 > 40) break;
		slug = slug ? `${slug}-${word}` : word;
	}
	return slug || fallback;
}
