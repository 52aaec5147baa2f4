import { IntlMessageFormat } from 'intl-messageformat';

/** How a message uses one argument: plain text, a number, a plural, a select… */
export type ArgumentKind = 'text' | 'number' | 'date' | 'time' | 'select' | 'plural' | 'selectordinal' | 'tag';

/** A plural or select argument and the option keys a message gives it (`one`, `=0`, `other`). */
export interface Branching {
	name: string;
	kind: ArgumentKind;
	options: string[];
}

// Node types of @formatjs/icu-messageformat-parser's AST (its TYPE enum), which
// intl-messageformat returns from getAst(); kept here rather than importing a transitive package.
const KIND: Record<number, ArgumentKind> = { 1: 'text', 2: 'number', 3: 'date', 4: 'time', 5: 'select', 8: 'tag' };
const PLURAL = 6;

interface AstNode {
	type: number;
	value?: string;
	pluralType?: 'cardinal' | 'ordinal';
	options?: Record<string, { value: AstNode[] }>;
	children?: AstNode[];
}

/** Every argument of an ICU message with how it is used, and its plural/select branches. */
export function readArguments(message: string, locale: string): { args: Map<string, ArgumentKind>; branchings: Branching[] } {
	const args = new Map<string, ArgumentKind>();
	const branchings: Branching[] = [];
	const walk = (nodes: AstNode[]) => {
		for (const node of nodes) {
			const kind = node.type === PLURAL ? (node.pluralType === 'ordinal' ? 'selectordinal' : 'plural') : KIND[node.type];
			if (kind && node.value !== undefined) args.set(node.value, kind);
			if (node.options) {
				branchings.push({ name: node.value!, kind: kind!, options: Object.keys(node.options) });
				for (const option of Object.values(node.options)) walk(option.value);
			}
			if (node.children) walk(node.children);
		}
	};
	walk(new IntlMessageFormat(message, locale).getAst() as unknown as AstNode[]);
	return { args, branchings };
}
