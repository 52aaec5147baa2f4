/** Reports authored ids that are not kebab-case. */
import type { JsxProp } from '../mdx/jsx-attributes';
import type { ExtractContext } from './extract-context';
import { isKebabCase, slugify } from './text';

/** Reports `id` when it is not kebab-case (it is kept as written, so later checks still match). */
export function checkKebabId(
	id: string,
	what: string,
	prop: JsxProp | undefined,
	ctx: ExtractContext
): void {
	if (isKebabCase(id)) return;
	ctx.report(
		prop,
		'SCENARIO_BAD_ID',
		`The ${what} id "${id}" is not in kebab-case.`,
		`Use lowercase letters, digits and hyphens, for example id="${slugify(id) || 'night-shift'}".`
	);
}
