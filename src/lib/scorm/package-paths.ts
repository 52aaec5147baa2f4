/**
 * Rules for file paths inside a SCORM package, which schema validation does not check.
 * LMSes unzip onto servers with differing case rules and URL-decode paths differently, so
 * we allow only a conservative ASCII set.
 * @see /work/shared/docs/scorm-in-real-lmses.md pitfall A.4 (spaces, `# < $ + % >`)
 */

/** Characters a package path may contain: ASCII letters, digits, `.`, `_`, `-`, `~` and `/`. */
const SAFE_PATH = /^[A-Za-z0-9._~\-/]+$/;

/** Why `path` is unsafe as a package path, as a sentence fragment, or undefined when it is fine. */
export function describeUnsafePath(path: string): string | undefined {
	if (path === '') return 'is empty';
	if (/\s/.test(path)) return 'contains a space';
	if (/[^\x20-\x7e]/.test(path)) return 'contains a non-ASCII character';
	if (path.includes('\\')) return 'uses a backslash instead of a forward slash';
	if (path.startsWith('/')) return 'starts with "/" (package paths must be relative to the root)';
	if (path.split('/').some((s) => s === '..' || s === '.' || s === '')) {
		return 'has an empty, "." or ".." segment';
	}
	if (!SAFE_PATH.test(path)) {
		const odd = [...new Set(path.replace(/[A-Za-z0-9._~\-/]/g, ''))].join(' ');
		return `contains characters LMSes mangle (${odd})`;
	}
	return undefined;
}

/** True when an href points outside the package (has a URL scheme or starts with `//`). */
export function isExternalHref(href: string): boolean {
	return /^[A-Za-z][A-Za-z0-9+.-]*:/.test(href) || href.startsWith('//');
}

/** Drops a `?query` or `#fragment` from an href, which resource hrefs may carry. */
export function stripQueryAndFragment(href: string): string {
	return href.replace(/[?#].*$/, '');
}
