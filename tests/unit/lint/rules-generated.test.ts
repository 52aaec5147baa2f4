import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderGeneratedModule } from '~/lib/lint/rules/render-generated';

const yamlPath = fileURLToPath(new URL('../../../src/lib/lint/rules/en.yaml', import.meta.url));
const tsPath = fileURLToPath(
	new URL('../../../src/lib/lint/rules/en.generated.ts', import.meta.url)
);

// en.yaml is the file trainers edit; en.generated.ts lets Vite, Astro and the CLI import it without fs.
describe('en.generated.ts', () => {
	it('embeds exactly the text of en.yaml', async () => {
		const expected = renderGeneratedModule(
			readFileSync(yamlPath, 'utf8'),
			'EN_RULES_YAML',
			'src/lib/lint/rules/en.yaml'
		);
		// Vite may still hold the old module in this run, so writing ends the check here.
		if (process.env.PEERCOURSE_WRITE_RULES === '1') return writeFileSync(tsPath, expected);
		expect(
			readFileSync(tsPath, 'utf8'),
			'Run PEERCOURSE_WRITE_RULES=1 npx vitest run tests/unit/lint/rules-generated.test.ts'
		).toBe(expected);
		const { EN_RULES_YAML } = await import('~/lib/lint/rules/en.generated');
		expect(EN_RULES_YAML).toBe(readFileSync(yamlPath, 'utf8'));
	});
});
