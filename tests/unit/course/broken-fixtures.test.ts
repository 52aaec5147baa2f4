import { describe, expect, it } from 'vitest';
import { readCourses } from '~/build/read-courses';
import type { Issue } from '~/lib/issues';

// One small broken course per author mistake (tests/fixtures/broken/<mistake>/); each must
// fail with a message naming the file, the line and the field, and saying what to do.
function issuesOf(mistake: string): Issue[] {
	process.env.PEERCOURSE_COURSES_DIR = `tests/fixtures/broken/${mistake}`;
	try {
		return readCourses().flatMap((c) => c.issues).filter((i) => i.severity === 'error');
	} finally {
		delete process.env.PEERCOURSE_COURSES_DIR;
	}
}
const dir = (m: string) => `tests/fixtures/broken/${m}/fixture-course`;

describe('author mistakes fail with file, line and what to do', () => {
	const cases: [string, Partial<Issue>, RegExp][] = [
		['missing-field', { code: 'META_MISSING_FIELD', file: `${dir('missing-field')}/course.yaml`, line: 1 }, /The field "title" is missing from course\.yaml\. Add it\. For example:\s+title: /],
		['mistyped-field', { code: 'META_UNKNOWN_FIELD', line: 1, column: 1 }, /"titel" is not a field course\.yaml understands\. Did you mean "title"\?/],
		['unknown-language', { code: 'META_UNKNOWN_LANGUAGE', line: 3, column: 11 }, /"language" is not a language tag this build knows\. Write a BCP 47 tag such as en/],
		['duplicate-slug', { code: 'MODULE_DUPLICATE_SLUG', file: `${dir('duplicate-slug')}/02-intro.mdx` }, /same name "intro" as .*01-intro\.mdx\. Rename one/],
		['duplicate-order', { code: 'MODULE_DUPLICATE_ORDER', file: `${dir('duplicate-order')}/02-b.mdx` }, /same order number 1 as .*01-a\.mdx/],
		['missing-cover', { code: 'COVER_MISSING', line: 13 }, /The cover image "\.\/images\/cover\.jpg" does not exist/],
		['no-metadata', { code: 'COURSE_METADATA_MISSING', file: `${dir('no-metadata')}/course.yaml` }, /has no course\.yaml\. Create course\.yaml/],
		['module-missing-field', { code: 'META_MISSING_FIELD', file: `${dir('module-missing-field')}/01-a.mdx`, line: 2 }, /"estimatedMinutes" is missing from the module frontmatter/],
		['wrong-type', { code: 'META_WRONG_TYPE', line: 7, column: 19 }, /"estimatedMinutes" should be a number, but it is a string/],
		['missing-image', { code: 'IMAGE_MISSING', line: 11, column: 1 }, /The image "\.\/images\/nurse\.png" does not exist/],
		['image-no-alt', { code: 'IMAGE_NO_ALT', line: 11 }, /has no alt text\. Describe what the picture shows/],
		['unknown-component', { code: 'COMPONENT_UNKNOWN', line: 11, column: 1 }, /<Calout> is not a PeerCourse component\. Did you mean "Callout"\?/],
		['mdx-syntax', { code: 'MDX_SYNTAX' }, /This MDX cannot be read: .*Callout/],
		['missing-portrait', { code: 'IMAGE_MISSING', line: 9 }, /The image "\.\/images\/asha\.png" does not exist/],
		['unknown-link', { code: 'LINK_UNKNOWN_MODULE', line: 9 }, /"\.\.\/secnd\/" points to no module of this course\. Did you mean "second"\?/],
	];
	for (const [mistake, expected, text] of cases) {
		it(mistake, () => {
			const issues = issuesOf(mistake);
			expect(issues).toHaveLength(1);
			const [issue] = issues;
			expect(issue).toMatchObject(expected);
			expect(issue!.file.startsWith(dir(mistake))).toBe(true);
			expect(`${issue!.message} ${issue!.hint ?? ''}`).toMatch(text);
			expect(issue!.message).not.toMatch(/Oops|!/);
		});
	}
});

describe('the sample course', () => {
	// Parsing eight long modules takes a few seconds on a busy machine.
	it('has no errors', { timeout: 60_000 }, () => {
		const courses = readCourses();
		expect(courses.map((c) => c.slug)).toContain('respectful-care');
		expect(courses.flatMap((c) => c.issues).filter((i) => i.severity === 'error')).toEqual([]);
	});
});
