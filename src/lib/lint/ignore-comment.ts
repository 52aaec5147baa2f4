/** An inline `peercourse-lint ignore` comment and the lines it covers. */
export interface IgnoreComment {
	/** Where the comment is written (1-based). */
	line: number;
	column: number;
	/** Rule ids it names. */
	ids: string[];
	/** The text after `--`; empty when the author gave none. */
	reason: string;
	/** First and last line (inclusive) whose findings it silences. */
	fromLine: number;
	toLine: number;
}

const IGNORE = /^peercourse-lint\s+ignore(?:\s+([\s\S]*))?$/;

/**
 * Reads the body of a comment (`/* … *\/` in MDX, `# …` in YAML) as an ignore directive.
 * Returns undefined for ordinary comments.
 *
 * @example readIgnore('/* peercourse-lint ignore sw/prostitute -- quoting the 1956 Act *\/')
 * // { ids: ['sw/prostitute'], reason: 'quoting the 1956 Act' }
 */
export function readIgnore(comment: string): { ids: string[]; reason: string } | undefined {
	const body = comment
		.trim()
		.replace(/^\/\*+|\*+\/$/g, '')
		.replace(/^#/, '')
		.trim();
	const match = IGNORE.exec(body);
	if (!match) return undefined;
	const [idsPart = '', ...rest] = (match[1] ?? '').split('--');
	return {
		ids: idsPart.split(/[\s,]+/).filter(Boolean),
		reason: rest.join('--').trim(),
	};
}
