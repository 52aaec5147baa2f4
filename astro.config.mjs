// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { peercourse } from './src/build/integration.ts';
import { remarkBlocks } from './src/build/remark-blocks.ts';

// Site options only; PeerCourse's build logic lives in src/build/.
export default defineConfig({
	// Root-relative URLs are rewritten to relative ones after the build (src/build/relative-urls.ts),
	// so the same output works at a domain root, under any sub-path and inside SCORM packages.
	trailingSlash: 'always',
	build: { format: 'directory', inlineStylesheets: 'always' },
	devToolbar: { enabled: false },
	// Builds running side by side (tests build fixture sites) each need their own content cache.
	...(process.env.PEERCOURSE_CACHE_DIR ? { cacheDir: process.env.PEERCOURSE_CACHE_DIR } : {}),
	server: { host: '127.0.0.1' },
	// Authors type the quotes they mean; automatic curly quotes turned an opening quote at the
	// start of a role-play choice into a closing one.
	markdown: { smartypants: false },
	integrations: [peercourse(), mdx({ remarkPlugins: [remarkBlocks] }), react()],
	vite: {
		build: { assetsInlineLimit: 0 },
		// URLs that scripts build at run time (chunk preloads) are relative to the script itself,
		// so lazy-loaded code also works under any sub-path and inside SCORM packages.
		experimental: { renderBuiltUrl: (_file, { hostType }) => (hostType === 'js' ? { relative: true } : undefined) },
	},
});
