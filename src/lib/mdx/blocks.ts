import type { Issue } from '../issues';
import type { JsxElement } from './jsx-attributes';

/**
 * An interactive block authors write inline in MDX (`<Quiz>`, `<Scenario>`). The remark
 * plugin and `peercourse check` both use these to extract the block's model as data.
 * Adding an author block means adding one entry to `AUTHOR_BLOCKS` in `course/blocks.ts`.
 */
export interface BlockExtractor<M = unknown> {
	/** The component name authors write, e.g. `Quiz`. */
	name: string;
	/** Components that may appear only inside this block (`Choice`, `Scene`…). */
	innerComponents: readonly string[];
	/** The Astro wrapper that renders the extracted model (in `src/components/blocks/`). */
	wrapper: string;
	extract(node: JsxElement, file: string): { model?: M; issues: Issue[] };
	/** The model's id, for duplicate checks and tracking. */
	idOf(model: M): string;
	/** Pictures the block shows (paths relative to the module file), checked like Markdown images. */
	images?(model: M): string[];
	/** Checks across all blocks of this kind in one course (duplicate ids…). */
	checkCourse?(entries: { model: M; file: string; line?: number }[]): Issue[];
}

/** Static components authors may use anywhere in a module, with no import. */
export const STATIC_COMPONENTS = ['Callout', 'Law', 'Term', 'StigmatisingExample'] as const;
