import { issueAt, type Issue } from '../issues';
import type { BlockExtractor } from '../mdx/blocks';
import { didYouMeanSentence } from '../text/did-you-mean';
import { analyseModule, type ModuleAnalysis } from './analyse-module';
import { analyseTranslation, type TranslationAnalysis, type TranslationSource } from './analyse-translation';
import { joinPath } from './paths';
import { CourseMetaSchema, type CourseMeta } from './schema';
import { validateMeta } from './validate-meta';
import { parsePlacedYaml } from './yaml-places';

/** The files of one course folder, read by the caller (CLI, build, tests). */
export interface CourseSource {
	/** Folder name = course id = URL segment, e.g. `respectful-care`. */
	slug: string;
	/** Project-relative posix path of the folder, e.g. `courses/respectful-care`. */
	dir: string;
	/** Text of `course.yaml`, or undefined when the folder has none. */
	courseYaml?: string;
	/** Module files (top level of the folder), project-relative paths. */
	modules: { file: string; text: string }[];
	/** Translation folders (`<course>/<lang>/`). */
	translations?: TranslationSource[];
	assetExists(path: string): boolean;
}

export interface CourseAnalysis {
	slug: string;
	dir: string;
	meta?: CourseMeta;
	/** Modules in course order (drafts included, flagged by `meta.draft`). */
	modules: ModuleAnalysis[];
	translations: TranslationAnalysis[];
	issues: Issue[];
}

/** Reads a whole course: metadata, every module, and the checks that span modules. */
export function analyseCourse(source: CourseSource, blocks: readonly BlockExtractor[]): CourseAnalysis {
	const metaFile = `${source.dir}/course.yaml`;
	const issues: Issue[] = [];
	let meta: CourseMeta | undefined;
	if (source.courseYaml === undefined) {
		issues.push(issueAt(metaFile, undefined, 'COURSE_METADATA_MISSING', `The course folder "${source.dir}" has no course.yaml.`, 'Create course.yaml in that folder with title, summary, language, audience, objectives, estimatedMinutes, version, licence and credits (see README.md#course-metadata), or run "npx peercourse new course".'));
	} else {
		const yaml = parsePlacedYaml(source.courseYaml);
		for (const e of yaml.syntaxErrors) issues.push(issueAt(metaFile, e.place, 'YAML_SYNTAX', e.message, 'Check the indentation and the colon after each field name.'));
		if (!yaml.syntaxErrors.length) {
			const result = validateMeta(CourseMetaSchema, yaml, metaFile, 'course.yaml');
			issues.push(...result.issues);
			meta = result.data;
			if (meta?.cover && !source.assetExists(joinPath(source.dir, meta.cover.image))) {
				issues.push(issueAt(metaFile, yaml.placeOf(['cover', 'image']), 'COVER_MISSING', `The cover image "${meta.cover.image}" does not exist.`, `Put the picture in ${source.dir}/ and write its path relative to course.yaml, for example ./images/cover.jpg.`));
			}
		}
	}
	const modules = source.modules.map((m) => analyseModule({ ...m, assetExists: source.assetExists, blocks }));
	for (const m of modules) issues.push(...m.issues);
	if (!modules.length && source.courseYaml !== undefined) {
		issues.push(issueAt(metaFile, undefined, 'COURSE_NO_MODULES', `The course "${source.slug}" has no modules.`, 'Add a module file such as 01-introduction.mdx next to course.yaml, or run "npx peercourse new module".'));
	}
	issues.push(...checkModuleSet(modules), ...checkLinks(modules), ...checkBlocks(modules, blocks));
	const sorted = [...modules].sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || a.slug.localeCompare(b.slug));
	const translations = (source.translations ?? []).map((t) => analyseTranslation(t, sorted, source.assetExists, blocks));
	for (const t of translations) {
		issues.push(...t.issues);
		if (meta && t.lang === meta.language) issues.push(issueAt(`${t.dir}/course.yaml`, undefined, 'TRANSLATION_SAME_LANGUAGE', `The translation folder "${t.lang}" has the course's own language.`, 'Put modules in the course\'s own language next to course.yaml, and only other languages in translation folders.'));
	}
	for (const m of sorted) {
		if (translations.some((t) => t.lang === m.slug)) issues.push(issueAt(m.file, { line: 1, column: 1 }, 'MODULE_SLUG_RESERVED', `The module name "${m.slug}" is also the name of a translation folder.`, 'Rename the module file.'));
		if (RESERVED_SLUGS.includes(m.slug)) issues.push(issueAt(m.file, { line: 1, column: 1 }, 'MODULE_SLUG_RESERVED', `The module name "${m.slug}" is used by a PeerCourse page.`, `Rename the module file: ${RESERVED_SLUGS.join(', ')} are reserved.`));
	}
	return { slug: source.slug, dir: source.dir, meta, modules: sorted, translations, issues };
}

/** Pages every course has; a module cannot take their address. */
export const RESERVED_SLUGS = ['certificate', 'authors', 'guide', 'launch', 'search-index.json', 'scorm'];

function checkModuleSet(modules: ModuleAnalysis[]): Issue[] {
	const issues: Issue[] = [];
	const bySlug = new Map<string, ModuleAnalysis>();
	const byOrder = new Map<number, ModuleAnalysis>();
	for (const m of modules) {
		const sameSlug = bySlug.get(m.slug);
		if (sameSlug) issues.push(issueAt(m.file, { line: 1, column: 1 }, 'MODULE_DUPLICATE_SLUG', `This module has the same name "${m.slug}" as ${sameSlug.file}.`, 'Rename one of the two files: the part after the number becomes the page address and must be unique.'));
		else bySlug.set(m.slug, m);
		if (m.order === undefined) {
			issues.push(issueAt(m.file, { line: 1, column: 1 }, 'MODULE_ORDER_MISSING', 'This module has no place in the course order.', 'Start the file name with a number (02-confidentiality.mdx) or add "order: 2" to its frontmatter.'));
			continue;
		}
		const sameOrder = byOrder.get(m.order);
		if (sameOrder) issues.push(issueAt(m.file, { line: 1, column: 1 }, 'MODULE_DUPLICATE_ORDER', `This module has the same order number ${m.order} as ${sameOrder.file}.`, 'Give each module its own number, in the file name or in the "order" field.'));
		else byOrder.set(m.order, m);
	}
	return issues;
}

function checkLinks(modules: ModuleAnalysis[]): Issue[] {
	const slugs = modules.map((m) => m.slug);
	return modules.flatMap((m) =>
		m.links
			.filter((l) => !slugs.includes(l.target))
			.map((l) => issueAt(m.file, l, 'LINK_UNKNOWN_MODULE', `The link to "../${l.target}/" points to no module of this course.${didYouMeanSentence(l.target, slugs)}`, `Link to another module as ../module-name/ where module-name is one of: ${slugs.join(', ')}.`))
	);
}

function checkBlocks(modules: ModuleAnalysis[], blocks: readonly BlockExtractor[]): Issue[] {
	const issues: Issue[] = [];
	const seen = new Map<string, { file: string; name: string }>();
	for (const m of modules) {
		for (const b of m.blocks) {
			const key = b.id;
			const first = seen.get(key);
			// Blocks with their own course check (quizzes) report same-kind duplicates themselves.
			const ownCheck = first?.name === b.name && blocks.some((x) => x.name === b.name && x.checkCourse);
			if (first && !ownCheck) issues.push(issueAt(m.file, { line: b.line }, 'BLOCK_DUPLICATE_ID', `The id "${b.id}" of this <${b.name}> is already used by a <${first.name}> in ${first.file}.`, 'Give each quiz and role-play its own id within the course: learners\' progress and LMS reports are keyed by it.'));
			else seen.set(key, { file: m.file, name: b.name });
		}
	}
	for (const block of blocks) {
		if (!block.checkCourse) continue;
		const entries = modules.flatMap((m) => m.blocks.filter((b) => b.name === block.name).map((b) => ({ model: b.model, file: m.file, line: b.line })));
		issues.push(...block.checkCourse(entries));
	}
	return issues;
}
