import { describe, expect, it } from 'vitest';
import { buildPortraitImports, toImportPath } from '~/components/islands/scenario/portrait-imports';
import { loadFixtureScenario } from './load-fixture';

const scenario = loadFixtureScenario();

describe('toImportPath', () => {
	it('makes author paths relative imports', () => {
		expect(toImportPath('./images/meena.png')).toBe('./images/meena.png');
		expect(toImportPath('../shared/meena.png')).toBe('../shared/meena.png');
		expect(toImportPath('images/meena.png')).toBe('./images/meena.png');
		expect(toImportPath('/images/meena.png')).toBe('./images/meena.png');
		expect(toImportPath('images/Meena%20K.png')).toBe('./images/Meena K.png');
	});
});

describe('buildPortraitImports', () => {
	it('imports each portrait once and passes them by speaker id', () => {
		const { imports, attribute } = buildPortraitImports(scenario);
		expect(imports).toHaveLength(1);
		const program = imports[0]!.data!.estree!;
		expect(program.body[0]).toMatchObject({
			type: 'ImportDeclaration',
			source: { type: 'Literal', value: './images/meena.png' },
			specifiers: [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name: '__pcPortrait0' } }],
		});
		expect(attribute).toMatchObject({ type: 'mdxJsxAttribute', name: 'portraits' });
		const value = attribute!.value as { value: string; data: { estree: { body: { expression: unknown }[] } } };
		expect(value.value).toBe('{"meena": __pcPortrait0}');
		expect(value.data.estree.body[0]!.expression).toMatchObject({
			type: 'ObjectExpression',
			properties: [{ key: { value: 'meena' }, value: { type: 'Identifier', name: '__pcPortrait0' } }],
		});
	});

	it('numbers imports after those of earlier role-plays in the same module', () => {
		const { imports } = buildPortraitImports(scenario, 3);
		expect(imports[0]!.data!.estree!.body[0]).toMatchObject({ specifiers: [{ local: { name: '__pcPortrait3' } }] });
	});

	it('adds nothing when no speaker has a portrait', () => {
		const plain = { ...scenario, speakers: scenario.speakers.map(({ portrait: _p, ...s }) => s) };
		expect(buildPortraitImports(plain)).toEqual({ imports: [] });
	});
});
