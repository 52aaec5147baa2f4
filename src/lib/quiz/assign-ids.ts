import type { Place } from '../issues';
import { derivePartIds, isKebabCase, slugify } from './ids';
import type { RawPart } from './extract-parts';
import type { Reporter } from './report';

/** Reports an authored id that is not kebab-case, suggesting the kebab-case spelling. */
export function checkKebabId(
	id: string,
	what: string,
	place: Place | undefined,
	r: Reporter
): void {
	if (isKebabCase(id)) return;
	const fixed = slugify(id);
	r.report(
		place,
		'QUIZ_ID_NOT_KEBAB_CASE',
		`The id "${id}" of ${what} is not kebab-case.`,
		`Use lowercase letters, digits and single hyphens${fixed ? `, for example id="${fixed}"` : ''}. Ids are kept in learner records, so choose one you will not need to change.`
	);
}

/**
 * Gives each choice, step or pair its id (authored, or derived from its text) and reports
 * duplicates within the question: an id must name one part only, or saved answers would
 * point at the wrong one.
 */
export function assignPartIds(
	parts: readonly RawPart[],
	component: string,
	questionId: string,
	r: Reporter
): string[] {
	for (const p of parts) if (p.id) checkKebabId(p.id, `a <${component}>`, p.idPlace, r);
	const ids = derivePartIds(
		parts.map((p) => p.idText),
		parts.map((p) => p.id)
	);
	const seen = new Map<string, number>();
	ids.forEach((id, i) => {
		const first = seen.get(id);
		if (first === undefined) {
			seen.set(id, i);
			return;
		}
		const part = parts[i]!;
		// Empty parts are already reported as QUIZ_EMPTY_TEXT.
		if (!part.id && !part.idText) return;
		const sameText = !part.id && !parts[first]!.id;
		r.report(
			part.idPlace ?? part.place,
			'QUIZ_DUPLICATE_ITEM_ID',
			sameText
				? `Two <${component}> items in question "${questionId}" have the same text ("${clip(part.idText)}").`
				: `Two <${component}> items in question "${questionId}" have the same id "${id}".`,
			sameText
				? `Make each <${component}> different, or remove the repeated one.`
				: `Give each <${component}> its own id, or remove the id props to let PeerCourse derive them from the text.`
		);
	});
	return ids;
}

function clip(text: string): string {
	return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
