#!/usr/bin/env node
// A small static server for the built site: `node scripts/serve.mjs dist [--port 4321] [--prefix /training/]`.
// It binds to 127.0.0.1 only, serves `dist/` under an optional sub-path (to prove the site works
// from any path, as an LMS serves it), and sends no cookies or caching tricks.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
	'.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
	'.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp', '.avif': 'image/avif',
	'.gif': 'image/gif', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8', '.xml': 'application/xml',
	'.zip': 'application/zip', '.webmanifest': 'application/manifest+json', '.woff2': 'font/woff2',
};

/** Starts the server; resolves with its base URL. */
export function serve({ dir, port = 4321, prefix = '/' }) {
	const root = resolve(dir);
	const base = `/${prefix.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		let path = decodeURIComponent(url.pathname);
		if (!path.startsWith(base)) return send404(res, root);
		path = normalize(path.slice(base.length - 1));
		let file = join(root, path);
		if (!file.startsWith(root)) return send404(res, root);
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) return send404(res, root);
		res.writeHead(200, { 'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
		createReadStream(file).pipe(res);
	});
	return new Promise((done) => server.listen(port, '127.0.0.1', () => {
		const address = server.address();
		done({ url: `http://127.0.0.1:${address.port}${base}`, server });
	}));
}

function send404(res, root) {
	const page = join(root, '404.html');
	res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
	if (existsSync(page)) createReadStream(page).pipe(res);
	else res.end('Not found');
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const args = process.argv.slice(2);
	const option = (name, fallback) => {
		const i = args.indexOf(`--${name}`);
		return i >= 0 ? args[i + 1] : fallback;
	};
	const dir = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'dist';
	if (!existsSync(dir)) {
		console.error(`There is no built site in "${dir}". Run "npm run build" first.`);
		process.exit(1);
	}
	const { url } = await serve({ dir, port: Number(option('port', process.env.PORT ?? 4321)), prefix: option('prefix', '/') });
	console.log(`\nThe course site is being served at ${url}\nOpen it in your browser. Press Ctrl+C to stop.\n`);
}
