/**
 * XML NCNames for manifest identifiers.
 * `identifier` attributes are `xs:ID`, which is an NCName: it starts with a letter or `_` and has no
 * spaces or colons. xmllint rejects `1-intro`, and some LMS guides ask for ASCII only, so we emit
 * ASCII-only NCNames even though XML allows more.
 * @see SCORM 2004 4th Ed. CAM 3.4.1.1 `identifier` (xs:ID); XML Namespaces 1.0 §3 NCName
 */

/** The conservative ASCII NCName shape we generate. */
const ASCII_NC_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** Any NCName per XML 1.0 5th Ed. (letters and digits of every script), for checking input. */
const NC_NAME = /^[\p{L}_][\p{L}\p{N}\p{Mn}\p{Mc}_.\-\u00B7]*$/u;

/** True when `value` is a valid XML NCName (and so a valid `xs:ID`). */
export function isNcName(value: string): boolean {
	return NC_NAME.test(value);
}

/**
 * Turns any text (usually a course slug) into a deterministic ASCII NCName.
 * @example toNcName('1-intro') === 'id-1-intro'; toNcName('Prise en charge') === 'Prise-en-charge'
 */
export function toNcName(text: string): string {
	const ascii = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^A-Za-z0-9_.-]+/g, '-')
		.replace(/-{2,}/g, '-')
		.replace(/^[-.]+|[-.]+$/g, '');
	if (ascii === '') return 'id';
	return ASCII_NC_NAME.test(ascii) ? ascii : `id-${ascii}`;
}
