/**
 * Stable ids for questions and their parts. Ids come from what the author wrote (an `id`
 * prop, or else the text), never from position, so reordering or re-publishing a quiz keeps
 * LMS reports and saved answers pointing at the same questions.
 */

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether an id is kebab-case (`lives-check`, `q2`). */
export function isKebabCase(id: string): boolean {
	return KEBAB.test(id);
}

/** Turns any text into kebab-case words, e.g. `"Meena asks…"` → `"meena-asks"`. */
export function slugify(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** Text compared for ids: case, spacing and punctuation changes do not change the id. */
export function normaliseForId(text: string): string {
	return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** FNV-1a 32-bit hash as base36: small, fast and the same in every JavaScript runtime. */
export function hashText(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0).toString(36).padStart(7, '0');
}

/**
 * A question id from its prompt: up to four slug words (≤ 24 chars) plus a 4-char hash of the
 * whole prompt, so two prompts that start alike still differ.
 * @example deriveQuestionId('Meena asks only for an injection') // 'meena-asks-only-for-1x2k'
 */
export function deriveQuestionId(promptText: string): string {
	const words = slugify(promptText).split('-').filter(Boolean).slice(0, 4);
	let slug = '';
	for (const w of words) {
		const next = slug ? `${slug}-${w}` : w;
		if (next.length > 24) break;
		slug = next;
	}
	const hash = hashText(normaliseForId(promptText)).slice(-4);
	return slug ? `${slug}-${hash}` : `q-${hash}`;
}

/**
 * Short ids for the parts of one question (choices, steps, pairs), from their text. Each id is
 * 3 base36 chars; parts whose short ids collide get 5 chars, then 7, so no part's id depends on
 * another's position. Authored ids (non-empty entries of `authored`) are kept as they are.
 * Identical texts still collide; the extractor reports those as duplicates.
 */
export function derivePartIds(
	texts: readonly string[],
	authored: readonly (string | undefined)[]
): string[] {
	const full = texts.map((t) => hashText(normaliseForId(t)));
	let lengths = texts.map(() => 3);
	for (const len of [5, 7]) {
		const ids = full.map((h, i) => h.slice(-lengths[i]!));
		const counts = countBy([...ids.filter((_, i) => !authored[i]), ...authored.filter(isSet)]);
		lengths = lengths.map((l, i) => (!authored[i] && counts.get(ids[i]!)! > 1 ? len : l));
	}
	return full.map((h, i) => authored[i] || h.slice(-lengths[i]!));
}

function countBy(values: readonly string[]): Map<string, number> {
	const m = new Map<string, number>();
	for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
	return m;
}

function isSet(v: string | undefined): v is string {
	return !!v;
}
