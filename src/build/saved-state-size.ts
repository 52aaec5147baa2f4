import type { CourseAnalysis } from '../lib/course/analyse-course';
import type { ModuleBlock } from '../lib/course/analyse-module';
import { issueAt, type Issue } from '../lib/issues';
import { maxQuizStateSize, type Quiz } from '../lib/quiz';
import { maxScenarioStateSize, type Scenario } from '../lib/scenario';

/**
 * The most characters SCORM 1.2 keeps in `cmi.suspend_data`, where a whole course's progress
 * is saved. LMSes cut longer data, and resuming then fails.
 * @see SCORM 1.2 RTE 3.4.2 cmi.suspend_data (CMIString4096)
 */
export const SCORM12_SUSPEND_LIMIT = 4096;

/** `pc1j:`, the version prefix written before the progress JSON in suspend_data. */
const ENCODING_PREFIX_LENGTH = 5;
/** The widest block summary the tracker saves (`s` has at most two decimals). */
const WORST_SUMMARY = { d: false, p: false, s: 66.67 };

/** One part of the saved progress and its worst-case size in characters. */
export interface StatePart {
	name: string;
	size: number;
}

/**
 * Warns when the largest progress a learner could save for this course (every quiz and
 * role-play at its worst case, plus the per-module flags and bookmark of the tracker) would
 * not fit SCORM 1.2's suspend_data. Draft modules are left out: they are never published.
 */
export function checkSavedStateSize(
	course: CourseAnalysis,
	limit = SCORM12_SUSPEND_LIMIT
): Issue[] {
	const { total, parts } = measureSavedState(course);
	if (total <= limit) return [];
	const largest = [...parts].sort((a, b) => b.size - a.size).slice(0, 3);
	const names = largest.map((p) => `${p.name} (${p.size.toLocaleString('en')})`);
	return [
		issueAt(
			`${course.dir}/course.yaml`,
			undefined,
			'STATE_MAY_EXCEED_SCORM12',
			`Saved progress for this course could need up to ${total.toLocaleString('en')} characters, more than the ${limit.toLocaleString('en')} that SCORM 1.2 allows. The largest parts are ${joinWords(names)}.`,
			'In an LMS that uses SCORM 1.2, learners could lose their progress: give long quizzes a smaller draw={…} or fewer questions, shorten ids, or split the course. SCORM 2004 allows 64,000 characters.',
			'warning'
		),
	];
}

/** The worst-case size of a course's saved progress, and what it is made of. */
export function measureSavedState(course: CourseAnalysis): { total: number; parts: StatePart[] } {
	const modules = course.modules.filter((m) => !m.meta?.draft);
	const parts: StatePart[] = [];
	const flags = Object.fromEntries(modules.map((m) => [m.slug, 1]));
	const blocks: Record<string, unknown> = {};
	for (const m of modules) {
		for (const b of m.blocks) {
			const state = blockStateSize(b);
			if (state === undefined) continue;
			// `"id":{"st":<state>,"sum":{…}},` as the tracker writes it.
			const wrapper = asciiJsonLength({ [b.id]: { st: 0, sum: WORST_SUMMARY } }) - 3 + 1;
			parts.push({ name: `${labelOf(b)} in ${m.file.split('/').pop()}`, size: state + wrapper });
			blocks[b.id] = 0;
		}
	}
	const longestSlug = modules.reduce((a, m) => (m.slug.length > a.length ? m.slug : a), '');
	const skeleton = {
		v: 1,
		done: flags,
		seen: flags,
		blocks: {},
		at: longestSlug,
		completedAt: Date.UTC(2100, 0),
	};
	const frame = ENCODING_PREFIX_LENGTH + asciiJsonLength(skeleton) - (parts.length ? 1 : 0);
	parts.push({
		name: `the progress flags of ${modules.length} ${modules.length === 1 ? 'module' : 'modules'}`,
		size: frame,
	});
	return { total: parts.reduce((sum, p) => sum + p.size, 0), parts };
}

function blockStateSize(b: ModuleBlock): number | undefined {
	if (b.name === 'Quiz') return maxQuizStateSize(b.model as Quiz);
	// The role-play island adds `,"f":1` once a run has reached an ending (src/components/islands/scenario/saved-state.ts).
	if (b.name === 'Scenario') return maxScenarioStateSize(b.model as Scenario) + ',"f":1'.length;
	return undefined;
}

function labelOf(b: ModuleBlock): string {
	const kind = b.name === 'Quiz' ? 'quiz' : b.name === 'Scenario' ? 'role-play' : `<${b.name}>`;
	return `${kind} "${b.id}"`;
}

/** JSON length with non-ASCII characters counted as `\uXXXX`, as suspend_data is written. */
function asciiJsonLength(value: unknown): number {
	return JSON.stringify(value).replace(/[^\x20-\x7e]/g, '\\uXXXX').length;
}

function joinWords(items: readonly string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
