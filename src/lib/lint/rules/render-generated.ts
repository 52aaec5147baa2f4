/**
 * The text of `en.generated.ts` for a YAML pack: the YAML embedded as a string, so Vite,
 * Astro and the CLI can import rules without `fs` or `?raw`. `en.yaml` stays the one
 * file people edit; a unit test fails (and can rewrite this file) when they drift apart.
 */
export function renderGeneratedModule(
	yamlText: string,
	constName: string,
	yamlFile: string
): string {
	const body = yamlText.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
	return [
		`// Generated from ${yamlFile}. Do not edit: edit the YAML, then run`,
		'// PEERCOURSE_WRITE_RULES=1 npx vitest run tests/unit/lint/rules-generated.test.ts',
		`/** The rule pack in ${yamlFile}, as YAML text. */`,
		`export const ${constName}: string = \`${body}\`;`,
		'',
	].join('\n');
}
