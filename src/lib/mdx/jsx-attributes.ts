import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** A component prop as the author wrote it, with the place it was written. */
export interface JsxProp {
	name: string;
	/** `true` for a bare prop (`<Choice correct>`), the string for `a="x"`, the source for `a={x}`. */
	value: string | true;
	/** Whether the value was written as an expression (`{…}`). */
	expression: boolean;
	line?: number;
	column?: number;
}

/** Lists the props of a JSX element in source order (spread props are skipped). */
export function readProps(node: JsxElement): JsxProp[] {
	const props: JsxProp[] = [];
	for (const attr of node.attributes) {
		if (attr.type !== 'mdxJsxAttribute') continue;
		const place = attr.position?.start ?? node.position?.start;
		const base = { name: attr.name, line: place?.line, column: place?.column };
		if (attr.value === null || attr.value === undefined) props.push({ ...base, value: true, expression: false });
		else if (typeof attr.value === 'string') props.push({ ...base, value: attr.value, expression: false });
		else props.push({ ...base, value: attr.value.value, expression: true });
	}
	return props;
}

/**
 * Reads the value of an expression prop that holds a plain literal: numbers, booleans,
 * strings, and flat objects/arrays of those (`scores={{ respect: 2, safety: -1 }}`).
 * Returns `undefined` when the source is not such a literal; authors get a message then.
 */
export function parseLiteral(source: string): unknown {
	const text = source.trim();
	if (text === 'true') return true;
	if (text === 'false') return false;
	if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
	if (/^(['"]).*\1$/s.test(text)) return text.slice(1, -1);
	if (/^[[{]/.test(text)) {
		// Accept JS object syntax: unquoted keys, single quotes, trailing commas.
		const json = text
			.replace(/'([^'\\]*)'/g, (_m, s: string) => JSON.stringify(s))
			.replace(/([{,]\s*)([A-Za-z_$][\w$-]*)\s*:/g, '$1"$2":')
			.replace(/,\s*([}\]])/g, '$1');
		try {
			return JSON.parse(json) as unknown;
		} catch {
			return undefined;
		}
	}
	return undefined;
}

/** Whether an mdast node is an MDX JSX element (flow or text). */
export function isJsxElement(node: { type: string }): node is JsxElement {
	return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}
