/** Tells the terminology linter which scenario elements are deliberate stigmatising examples. */
import { isJsxElement, parseLiteral, readProps } from '../mdx/jsx-attributes';

/**
 * Whether the linter should skip the wording inside `node`: a `<Choice stigmatising>` or a
 * `<Line stigmatising>`. Validation still requires feedback on such a choice.
 */
export function isTerminologyExempt(node: { type: string }): boolean {
	if (!isJsxElement(node) || (node.name !== 'Choice' && node.name !== 'Line')) return false;
	const prop = readProps(node).find((p) => p.name === 'stigmatising');
	if (!prop) return false;
	if (prop.value === true) return true;
	const value = prop.expression ? parseLiteral(prop.value) : prop.value.trim();
	return value === true || value === 'true';
}
