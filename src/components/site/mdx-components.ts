import QuizBlock from '../blocks/QuizBlock.astro';
import ScenarioBlock from '../blocks/ScenarioBlock.astro';
import Callout from './Callout.astro';
import Law from './Law.astro';
import StigmatisingExample from './StigmatisingExample.astro';
import Term from './Term.astro';

/**
 * Components every module can use without an import, and the wrappers the remark plugin
 * puts in place of author blocks (`<Quiz>` → `<QuizBlock data=…>`). The one map handed to
 * `<Content components>`; keep it in step with STATIC_COMPONENTS and AUTHOR_BLOCKS.
 */
export const mdxComponents: Record<string, unknown> = { Callout, Law, Term, StigmatisingExample, QuizBlock, ScenarioBlock };
