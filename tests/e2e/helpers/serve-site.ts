import type { Server } from 'node:http';
// @ts-expect-error: a plain ES module script without types.
import { serve } from '../../../scripts/serve.mjs';

export interface ServedSite {
	url: string;
	close(): Promise<void>;
}

/** Serves a built site on a free port of 127.0.0.1, under `prefix` (default `/`). */
export async function serveSite(dir: string, prefix = '/'): Promise<ServedSite> {
	const { url, server } = (await serve({ dir, port: 0, prefix })) as { url: string; server: Server };
	return { url, close: () => new Promise<void>((done) => server.close(() => done())) };
}
