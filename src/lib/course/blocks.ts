import type { BlockExtractor } from '../mdx/blocks';
import { checkCourseQuizIds, extractQuiz, QUIZ_COMPONENT_NAMES, type Quiz } from '../quiz';
import { COMPONENT_NAMES as SCENARIO_COMPONENTS, extractScenario, type Scenario } from '../scenario';

const quizBlock: BlockExtractor<Quiz> = {
	name: 'Quiz',
	innerComponents: QUIZ_COMPONENT_NAMES.filter((n) => n !== 'Quiz' && !SCENARIO_COMPONENTS.includes(n as never)),
	wrapper: 'QuizBlock',
	extract: (node, file) => {
		const { quiz, issues } = extractQuiz(node, file);
		return { model: quiz, issues };
	},
	idOf: (q) => q.id,
	checkCourse: (entries) => checkCourseQuizIds(entries.map((e) => ({ quiz: e.model, file: e.file, line: e.line }))),
};

const scenarioBlock: BlockExtractor<Scenario> = {
	name: 'Scenario',
	innerComponents: SCENARIO_COMPONENTS.filter((n) => n !== 'Scenario'),
	wrapper: 'ScenarioBlock',
	extract: (node, file) => {
		const { scenario, issues } = extractScenario(node, file);
		return { model: scenario, issues };
	},
	idOf: (s) => s.id,
	images: (s) => s.speakers.flatMap((speaker) => (speaker.portrait ? [speaker.portrait] : [])),
};

/**
 * Every interactive block an author can write in a module. The single extension point:
 * add a block here, its wrapper in src/components/blocks/, and a README entry.
 */
export const AUTHOR_BLOCKS: readonly BlockExtractor[] = [quizBlock as BlockExtractor, scenarioBlock as BlockExtractor];
