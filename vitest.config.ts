import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Unit tests cover pure code (src/lib, src/runtime with fake windows) and run in milliseconds.
export default defineConfig({
	resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		reporters: ['default', 'json'],
		outputFile: { json: 'test-results/vitest.json' },
	},
});
