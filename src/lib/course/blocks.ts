import type { BlockExtractor } from '../mdx/blocks';

/**
 * Every interactive block an author can write in a module. The single extension point:
 * add a block here, its wrapper in src/components/blocks/, and a README entry.
 */
export const AUTHOR_BLOCKS: readonly BlockExtractor[] = [];
