import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Root } from 'mdast';

/**
 * Parses module MDX into an mdast tree with positions, the same syntax Astro's MDX
 * integration accepts (MDX 3 + GFM + YAML frontmatter). Throws the micromark/MDX
 * syntax error (which carries `line`/`column`) when the file is not valid MDX;
 * callers turn it into an `Issue` with `mdxSyntaxIssue`.
 */
export function parseMdx(text: string): Root {
	const processor = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
	return processor.runSync(processor.parse(text)) as Root;
}
