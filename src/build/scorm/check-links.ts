/**
 * Follows every link and asset reference of the pages and styles in a package, without a server,
 * the way crawl.ts does for the site: each must name a file in the package, and none may leave
 * it (`/x` or too many `../` would reach the LMS's own pages). Links to other websites are fine.
 */
import { issueAt, type Issue } from '../../lib/issues';

const REFERENCE = /<(\w[\w-]*)\b[^>]*?\s(href|src|data-href|component-url|renderer-url|before-hydration-url)=["']([^"']*)["']/g;
const SRCSET = /\ssrcset=["']([^"']+)["']/g;
const CSS_URL = /url\((["']?)([^)"']+)\1\)/g;

/** Checks the references of every `.html` and `.css` file against the package's file list. */
export function checkPackageLinks(files: ReadonlyMap<string, string>, allPaths: readonly string[]): Issue[] {
	const present = new Set(allPaths);
	const issues: Issue[] = [];
	const seen = new Set<string>();
	for (const [path, text] of files) {
		const refs = path.endsWith('.css') ? cssReferences(text) : [...htmlReferences(text), ...cssReferences(text)];
		for (const ref of refs) {
			const problem = checkReference(path, ref, present);
			const key = `${path} ${ref}`;
			if (!problem || seen.has(key)) continue;
			seen.add(key);
			issues.push(
				issueAt(
					path,
					undefined,
					'SCORM_LINK_BROKEN',
					`The packaged page ${path} refers to "${ref}", which ${problem}.`,
					'Links inside a course must point to pages and files of the same course, written as relative links with a trailing slash (for example ../other-module/). Fix the link in the module, or report it if the page is built by PeerCourse.'
				)
			);
		}
	}
	return issues;
}

/** Why a reference from `from` is broken, or undefined when it is fine. */
export function checkReference(from: string, ref: string, present: ReadonlySet<string>): string | undefined {
	const url = ref.replace(/&amp;/g, '&').trim();
	if (url === '' || url.startsWith('#') || /^(mailto|tel|data|javascript|blob):/i.test(url)) return undefined;
	if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return undefined;
	const target = resolveInPackage(from, url);
	if (target === undefined) return 'leaves the package (LMSes serve packages from their own deep paths)';
	return present.has(target) ? undefined : 'is not in the package';
}

/** Resolves a relative URL against a package path; undefined when it would leave the package. */
export function resolveInPackage(from: string, url: string): string | undefined {
	if (url.startsWith('/')) return undefined;
	const path = url.replace(/[?#].*$/, '');
	const stack = from.split('/').slice(0, -1);
	const segments = path.split('/');
	for (const segment of segments) {
		if (segment === '' || segment === '.') continue;
		if (segment === '..') {
			if (!stack.length) return undefined;
			stack.pop();
		} else stack.push(safeDecode(segment));
	}
	if (path === '' || path.endsWith('/') || path.endsWith('/.') || path === '.') stack.push('index.html');
	return stack.join('/');
}

function htmlReferences(html: string): string[] {
	const refs: string[] = [];
	for (const m of html.matchAll(REFERENCE)) refs.push(m[3]!);
	for (const m of html.matchAll(SRCSET)) {
		for (const part of m[1]!.split(',')) refs.push(part.trim().split(/\s+/)[0]!);
	}
	return refs;
}

function cssReferences(css: string): string[] {
	return [...css.matchAll(CSS_URL)].map((m) => m[2]!);
}

function safeDecode(segment: string): string {
	try {
		return decodeURIComponent(segment);
	} catch {
		return segment;
	}
}
