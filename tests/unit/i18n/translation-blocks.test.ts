import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCourseSource } from '~/build/read-courses';
import { analyseCourse } from '~/lib/course/analyse-course';
import { AUTHOR_BLOCKS } from '~/lib/course/blocks';

// A translated module must ask the same questions with the same ids, the same right answers
// and the same role-play paths as the original: progress and LMS reports key on them. The
// course check compares quiz and role-play ids; this also compares what is inside them.
const COURSES = [join('courses', 'respectful-care'), join('tests', 'fixtures', 'sites', 'bilingual', 'care-basics')];

// Strings under these keys are ids or kinds, not text, so they must match across languages.
const ID_KEYS = new Set(['id', 'to', 'start', 'speaker', 'type', 'phase', 'outcome', 'kind', 'reveal']);
// Where something was written differs between languages and says nothing about its meaning.
const PLACE_KEYS = new Set(['line', 'column', 'place']);

/** A block model with its text blanked: ids, answers, scores and structure stay. */
function skeleton(value: unknown, key = ''): unknown {
	if (Array.isArray(value)) return value.map((v) => skeleton(v, key));
	if (value && typeof value === 'object') {
		const entries = Object.entries(value).filter(([k]) => !PLACE_KEYS.has(k));
		return Object.fromEntries(entries.map(([k, v]) => [k, skeleton(v, k)]));
	}
	if (typeof value === 'string') return ID_KEYS.has(key) ? value : 'text';
	return value;
}

describe.each(COURSES)('translations of %s', (dir) => {
	const course = analyseCourse(readCourseSource(join(process.cwd(), dir)), AUTHOR_BLOCKS);

	it('has at least one translated module and no errors', () => {
		expect(course.translations.flatMap((t) => t.modules).length).toBeGreaterThan(0);
		expect(course.issues.filter((i) => i.severity === 'error').map((i) => `${i.file}:${i.line} ${i.message}`)).toEqual([]);
	});

	it('mirrors every quiz and role-play of the original, with the text translated', () => {
		for (const translation of course.translations) {
			for (const module of translation.modules) {
				const original = course.modules.find((m) => m.slug === module.slug)!;
				expect(module.blocks.map((b) => `${b.name}:${b.id}`), module.file).toEqual(original.blocks.map((b) => `${b.name}:${b.id}`));
				module.blocks.forEach((block, index) => {
					const source = original.blocks[index]!;
					expect(skeleton(block.model), `${module.file}: ${block.name} "${block.id}"`).toEqual(skeleton(source.model));
					// Translated, not copied: the learner-facing text differs from the original.
					expect(JSON.stringify(block.model), `${module.file}: ${block.name} "${block.id}" is not translated`).not.toEqual(JSON.stringify(source.model));
				});
			}
		}
	});
});
