import { describe, expect, it } from 'vitest';
import { findMissing, loadCourses } from './helpers';

// The guide of the sample course, checked against the course model (not against counts of
// pages or a snapshot): while content engineers add quizzes and role-plays, each new answer,
// feedback, scene, choice and debrief must show up in the guide without anyone touching it.
const courses = loadCourses();
const sample = courses.find((c) => c.analysis.slug === 'respectful-care')!;

describe('facilitator guide of the sample course', () => {
	it('holds every quiz answer, choice feedback, scene, choice target and debrief', () => {
		const { checked, missing } = findMissing(sample);
		expect(missing).toEqual([]);
		// The sample course has quizzes; this guards against checking nothing at all.
		expect(checked.questions).toBeGreaterThan(0);
		expect(checked.choices).toBeGreaterThan(0);
	});

	it('has one guide module per module, in course order, with every block of each', () => {
		const { analysis, guide } = sample;
		expect(guide.modules.map((m) => m.slug)).toEqual(analysis.modules.map((m) => m.slug));
		for (const module of analysis.modules) {
			const gm = guide.modules.find((m) => m.slug === module.slug)!;
			const ids = (name: string) => module.blocks.filter((b) => b.name === name).map((b) => b.id);
			expect(gm.quizzes.map((q) => q.id)).toEqual(ids('Quiz'));
			expect(gm.rolePlays.map((r) => r.id)).toEqual(ids('Scenario'));
		}
	});

	it('extracts the list under "## Key messages" and "## Sources" of every module', () => {
		const { analysis, guide, texts } = sample;
		for (const module of analysis.modules) {
			const gm = guide.modules.find((m) => m.slug === module.slug)!;
			const text = texts[module.file]!;
			for (const [heading, section] of [['Key messages', gm.keyMessages], ['Sources', gm.sources]] as const) {
				const items = listUnder(text, heading);
				expect(section.found, `${module.slug}: ${heading}`).toBe(items !== undefined);
				if (!items) continue;
				expect(section.itemsHtml).toHaveLength(items.length);
				// Each item starts with the words the author wrote (Markdown and HTML aside).
				items.forEach((item, i) => expect(plain(section.itemsHtml[i]!)).toContain(plain(item).slice(0, 25)));
			}
		}
	});

	it('times the course from the module frontmatter and counts activities from the blocks', () => {
		const { analysis, guide } = sample;
		expect(guide.course.estimatedMinutes).toBe(analysis.meta!.estimatedMinutes);
		expect(guide.course.moduleMinutes).toBe(analysis.modules.reduce((s, m) => s + m.meta!.estimatedMinutes, 0));
		for (const row of guide.timing) {
			const module = analysis.modules.find((m) => m.slug === row.module)!;
			const questions = module.blocks.filter((b) => b.name === 'Quiz').flatMap((b) => (b.model as { questions: unknown[] }).questions);
			expect(row.quizQuestions).toBe(questions.length);
			expect(row.rolePlays).toBe(module.blocks.filter((b) => b.name === 'Scenario').length);
		}
	});
});

/** The Markdown list items under `## heading` (top-level "- " lines), or undefined without one. */
function listUnder(text: string, heading: string): string[] | undefined {
	const lines = text.split('\n');
	const start = lines.findIndex((l) => l.trim().toLowerCase() === `## ${heading.toLowerCase()}`);
	if (start < 0) return undefined;
	const items: string[] = [];
	for (const line of lines.slice(start + 1)) {
		if (/^#{1,2}\s/.test(line)) break;
		if (/^[-*]\s/.test(line)) items.push(line.slice(2));
	}
	return items;
}

/** Text without HTML tags, Markdown emphasis and entities, for a loose comparison. */
function plain(text: string): string {
	return text
		.replace(/<[^>]+>/g, '')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[*_`]/g, '')
		.replace(/&#x27;|&#39;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ')
		.trim();
}
