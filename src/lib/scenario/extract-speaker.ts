/** Extracts `<Speaker>` declarations and the `dimensions` list of a scenario. */
import type { JsxElement, JsxProp } from '../mdx/jsx-attributes';
import { checkChildren } from './check-child';
import { checkKebabId } from './check-id';
import type { ExtractContext } from './extract-context';
import { readComponentProps } from './read-component-props';
import { slugify } from './text';
import type { Dimension, Speaker } from './types';

/** Reads a `<Speaker>`; a portrait needs alt text (`alt=""` marks it decorative). */
export function extractSpeaker(node: JsxElement, ctx: ExtractContext): Speaker | undefined {
	const props = readComponentProps(node, 'Speaker', ctx);
	checkChildren(node.children, 'Speaker', ctx);
	const id = props.string('id');
	const name = props.string('name');
	const portrait = props.string('portrait');
	const alt = props.has('alt') ? (props.string('alt') ?? '') : undefined;
	if (portrait && alt === undefined) {
		ctx.report(
			props.get('portrait'),
			'SCENARIO_MISSING_ALT',
			`The portrait of speaker "${id ?? name ?? '?'}" has no alt text.`,
			'Add alt="…" describing the picture for screen-reader users, or alt="" if it only repeats the name shown beside it.'
		);
	}
	if (!id || !name) return undefined;
	checkKebabId(id, 'speaker', props.get('id'), ctx);
	return { id, name, ...(portrait ? { portrait, alt: alt ?? '' } : {}) };
}

/**
 * Reads `dimensions="respect, safety, clinical care"` (or an array expression) into dimensions
 * with slug ids, keeping the display names as written.
 */
export function readDimensions(
	value: unknown,
	prop: JsxProp | undefined,
	ctx: ExtractContext
): Dimension[] {
	if (value === undefined) return [];
	const names =
		typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : undefined;
	if (!names || names.some((n) => typeof n !== 'string')) {
		ctx.report(
			prop,
			'SCENARIO_BAD_VALUE',
			'The dimensions of this <Scenario> cannot be read.',
			'Write them as a comma-separated list, for example dimensions="respect, safety, clinical care".'
		);
		return [];
	}
	const dimensions: Dimension[] = [];
	for (const raw of names as string[]) {
		const name = raw.trim();
		const id = slugify(name);
		if (!id) continue;
		if (dimensions.some((d) => d.id === id)) {
			ctx.report(
				prop,
				'SCENARIO_DUPLICATE_DIMENSION',
				`The dimension "${name}" is declared twice.`,
				'Remove the second one from dimensions="…".'
			);
		} else dimensions.push({ id, name });
	}
	return dimensions;
}
