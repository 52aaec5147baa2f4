import { issueAt, type Issue } from '../issues';
import type { BlockExtractor } from '../mdx/blocks';
import { didYouMeanSentence } from '../text/did-you-mean';
import { analyseModule, type ModuleAnalysis } from './analyse-module';
import { canonicalLanguage } from './language';
import { CourseTranslationSchema, type CourseTranslation } from './schema';
import { validateMeta } from './validate-meta';
import { parsePlacedYaml } from './yaml-places';

/** A translation folder of a course: `courses/<course>/<lang>/`. */
export interface TranslationSource {
	lang: string;
	dir: string;
	courseYaml?: string;
	modules: { file: string; text: string }[];
}

export interface TranslationAnalysis {
	lang: string;
	dir: string;
	meta: CourseTranslation;
	/** Translated modules, keyed by the slug of the module they translate. */
	modules: ModuleAnalysis[];
	issues: Issue[];
}

/**
 * Reads one translation: its course.yaml text fields and its modules, which must have the
 * same file names (slugs) as the modules they translate, and the same quiz and role-play
 * ids, so progress carries over when a learner switches language.
 */
export function analyseTranslation(
	source: TranslationSource,
	originals: readonly ModuleAnalysis[],
	assetExists: (path: string) => boolean,
	blocks: readonly BlockExtractor[]
): TranslationAnalysis {
	const issues: Issue[] = [];
	let meta: CourseTranslation = {};
	const metaFile = `${source.dir}/course.yaml`;
	if (!canonicalLanguage(source.lang)) {
		issues.push(issueAt(metaFile, undefined, 'TRANSLATION_UNKNOWN_LANGUAGE', `The translation folder "${source.lang}" is not named after a language.`, 'Name translation folders with a BCP 47 language tag such as fr, es, hi or km.'));
	}
	if (source.courseYaml !== undefined) {
		const yaml = parsePlacedYaml(source.courseYaml);
		for (const e of yaml.syntaxErrors) issues.push(issueAt(metaFile, e.place, 'YAML_SYNTAX', e.message, 'Check the indentation and the colon after each field name.'));
		if (!yaml.syntaxErrors.length) {
			const result = validateMeta(CourseTranslationSchema, yaml, metaFile, 'a translation course.yaml (title, summary, audience, objectives)');
			issues.push(...result.issues);
			meta = result.data ?? {};
		}
	}
	const slugs = originals.map((m) => m.slug);
	const modules = source.modules.map((m) => analyseModule({ ...m, assetExists, blocks }));
	for (const m of modules) {
		issues.push(...m.issues);
		const original = originals.find((o) => o.slug === m.slug);
		if (!original) {
			issues.push(issueAt(m.file, { line: 1, column: 1 }, 'TRANSLATION_UNKNOWN_MODULE', `This translation has no matching module "${m.slug}" in the course.${didYouMeanSentence(m.slug, slugs)}`, 'Give a translated module the same file name as the module it translates.'));
			continue;
		}
		const ids = (x: ModuleAnalysis) => x.blocks.map((b) => `${b.name}:${b.id}`).sort().join(' ');
		if (ids(m) !== ids(original)) {
			issues.push(issueAt(m.file, { line: 1, column: 1 }, 'TRANSLATION_BLOCKS_DIFFER', `The quizzes and role-plays of this translation (${ids(m) || 'none'}) differ from those of ${original.file} (${ids(original) || 'none'}).`, 'Keep the same quiz, question and role-play ids in every language, so that progress and LMS reports stay the same when a learner switches language.'));
		}
	}
	return { lang: source.lang, dir: source.dir, meta, modules, issues };
}
