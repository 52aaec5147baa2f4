import { LineCounter, isNode, parseDocument } from 'yaml';
import type { Place } from '../issues';

/** A parsed YAML text that can say on which line any value was written. */
export interface PlacedYaml {
	data: unknown;
	/** YAML syntax errors, with places, in plain words. */
	syntaxErrors: { message: string; place: Place }[];
	/** Where the value at `path` was written (or its nearest existing parent); its key with `key`. */
	placeOf(path: readonly (string | number)[], key?: boolean): Place;
}

/**
 * Parses YAML keeping line and column of every value. `lineOffset` shifts places for YAML
 * that sits inside another file (MDX frontmatter starts on line 2).
 */
export function parsePlacedYaml(text: string, lineOffset = 0): PlacedYaml {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const toPlace = (offset: number): Place => {
		const { line, col } = lineCounter.linePos(offset);
		return { line: line + lineOffset, column: col };
	};
	const syntaxErrors = doc.errors.map((e) => ({
		message: plainYamlError(e.code, e.message),
		place: toPlace(e.pos[0]),
	}));
	return {
		data: syntaxErrors.length ? undefined : (doc.toJS() as unknown),
		syntaxErrors,
		placeOf(path, key = false) {
			for (let n = path.length; n >= 0; n--) {
				const node = doc.getIn(path.slice(0, n), true);
				if (!key && isNode(node) && node.range) return toPlace(node.range[0]);
				key = false;
				// A key with an empty value has no node: point at the key instead.
				if (n > 0) {
					const parent = doc.getIn(path.slice(0, n - 1), true) as { items?: { key: unknown }[] } | undefined;
					const pair = parent?.items?.find((p) => isNode(p.key) && (p.key as { value?: unknown }).value === path[n - 1]);
					if (pair && isNode(pair.key) && pair.key.range) return toPlace(pair.key.range[0]);
				}
			}
			return { line: 1 + lineOffset, column: 1 };
		},
	};
}

function plainYamlError(code: string, message: string): string {
	switch (code) {
		case 'DUPLICATE_KEY':
			return 'The same field is written twice.';
		case 'BAD_INDENT':
		case 'MISSING_CHAR':
		case 'UNEXPECTED_TOKEN':
			return `The YAML here cannot be read (${message.split('\n')[0]}).`;
		default:
			return `The YAML here cannot be read (${message.split('\n')[0]}).`;
	}
}
