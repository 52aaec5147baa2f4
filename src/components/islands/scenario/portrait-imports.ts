/**
 * Speaker portraits become ordinary image imports of the module file, added by the remark
 * plugin next to `<ScenarioBlock>`: Vite resolves them relative to the module (translations
 * included), Astro builds only the pictures a page uses, and the wrapper receives them as
 * `portraits={{ meena: __pcPortrait0 }}` to resize with `getImage()`.
 *
 * Before: <Speaker id="meena" portrait="images/meena.png" …/>
 * After:  import __pcPortrait0 from './images/meena.png';   <ScenarioBlock data="…" portraits={{ meena: __pcPortrait0 }} />
 */
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';
import type { Scenario } from '../../../lib/scenario/types';

/** The import nodes to put at the top of the module, and the attribute for the wrapper. */
export interface PortraitImports {
	imports: MdxjsEsm[];
	attribute?: MdxJsxAttribute;
}

/**
 * Builds the portrait imports of `scenario`. `first` numbers the import names, so several
 * role-plays in one module never clash.
 */
export function buildPortraitImports(scenario: Scenario, first = 0): PortraitImports {
	const entries = scenario.speakers
		.filter((s) => s.portrait)
		.map((s, i) => ({ id: s.id, name: `__pcPortrait${first + i}`, path: toImportPath(s.portrait!) }));
	if (!entries.length) return { imports: [] };
	const imports = entries.map(({ name, path }) => esm(importDeclaration(name, path)));
	const object = {
		type: 'ObjectExpression',
		properties: entries.map(({ id, name }) => ({
			type: 'Property',
			kind: 'init',
			method: false,
			shorthand: false,
			computed: false,
			key: { type: 'Literal', value: id, raw: JSON.stringify(id) },
			value: { type: 'Identifier', name },
		})),
	};
	const attribute = {
		type: 'mdxJsxAttribute',
		name: 'portraits',
		value: {
			type: 'mdxJsxAttributeValueExpression',
			value: `{${entries.map(({ id, name }) => `${JSON.stringify(id)}: ${name}`).join(', ')}}`,
			data: { estree: program([{ type: 'ExpressionStatement', expression: object }]) },
		},
	} as MdxJsxAttribute;
	return { imports, attribute };
}

/**
 * An author path as an import specifier: `images/a.png` must become `./images/a.png`, or the
 * bundler would look for a package called "images".
 * @example toImportPath('images/meena.png') // './images/meena.png'
 */
export function toImportPath(portrait: string): string {
	const path = decodeURI(portrait);
	return /^\.{1,2}\//.test(path) ? path : `./${path.replace(/^\/+/, '')}`;
}

function importDeclaration(name: string, path: string) {
	return {
		type: 'ImportDeclaration',
		attributes: [],
		source: { type: 'Literal', value: path, raw: JSON.stringify(path) },
		specifiers: [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name } }],
	};
}

function program(body: unknown[]) {
	return { type: 'Program', sourceType: 'module', comments: [], body };
}

function esm(statement: unknown): MdxjsEsm {
	return { type: 'mdxjsEsm', value: '', data: { estree: program([statement]) } } as unknown as MdxjsEsm;
}
