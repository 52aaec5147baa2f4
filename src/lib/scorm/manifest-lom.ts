/**
 * Minimal inline IEEE LOM for SCORM 2004 manifests: title, language, description, version.
 * The shared `lom.xsd` uses the strict LOMv1.0 vocabulary, so we write no vocabulary elements at
 * all (no `structure`, `aggregationLevel`, `status`…); free-text LangStrings always validate.
 * @see SCORM 2004 4th Ed. CAM 4 (metadata); IEEE 1484.12.3 LOM XML binding
 */
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';

/** The course facts LOM carries. */
export interface LomFacts {
	title: string;
	description?: string;
	language?: string;
	version?: string;
}

/** `xs:language`, the LOM `LanguageId` type; anything else is left out rather than failing validation. */
const XS_LANGUAGE = /^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/;

/** True when `tag` can be written as a LOM/xml:lang language. */
export function isXmlLanguage(tag: string | undefined): tag is string {
	return tag !== undefined && XS_LANGUAGE.test(tag);
}

/** Appends `<lom>` (default namespace LOM) to a `<metadata>` element. */
export function appendLom(metadata: XMLBuilder, lomNs: string, facts: LomFacts): void {
	const language = isXmlLanguage(facts.language) ? facts.language : undefined;
	const lom = metadata.ele(lomNs, 'lom');
	const general = lom.ele(lomNs, 'general');
	appendLangString(general.ele(lomNs, 'title'), lomNs, facts.title, language);
	if (language) general.ele(lomNs, 'language').txt(language);
	const description = facts.description?.trim();
	if (description)
		appendLangString(general.ele(lomNs, 'description'), lomNs, description, language);
	const version = facts.version?.trim();
	if (version) {
		appendLangString(lom.ele(lomNs, 'lifeCycle').ele(lomNs, 'version'), lomNs, version, language);
	}
}

function appendLangString(
	parent: XMLBuilder,
	lomNs: string,
	text: string,
	language: string | undefined
): void {
	parent.ele(lomNs, 'string', language ? { language } : {}).txt(text);
}
