/**
 * The LMS preview server: binds to 127.0.0.1 only, serves a SCORM package under a deep path
 * (`/lms/content/<n>/`, as LMSes do) and a harness page where scorm-again plays the LMS.
 * Requests outside the package and the harness are answered 404 and remembered, so trainers
 * (and the end-to-end tests) see when a package reaches for files it does not contain.
 */
import { createReadStream, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPackage, type OpenedPackage } from './read-package';

/** Where the package is served; LMSes use deep paths like Moodle's `pluginfile.php/…/content/1/`. */
export const CONTENT_PREFIX = '/lms/content/1/';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.xml': 'application/xml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.gif': 'image/gif',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8',
};

/** A running preview. */
export interface LmsPreview {
	/** The harness page. */
	url: string;
	package: OpenedPackage;
	/** Paths the package (or anything else) asked for outside the package and the harness. */
	outside: string[];
	close(): Promise<void>;
}

const here = fileURLToPath(new URL('.', import.meta.url));
// The package's CommonJS entry is the browser IIFE bundle (window.Scorm12API, window.Scorm2004API).
const scormAgainPath = createRequire(import.meta.url).resolve('scorm-again');

/** Opens the package and starts serving it; `port` 0 picks a free port. */
export async function startLmsPreview(options: { packagePath: string; port?: number }): Promise<LmsPreview> {
	const opened = openPackage(options.packagePath);
	const outside: string[] = [];
	const harness: Record<string, { file: string; type: string }> = {
		'/lms/harness.js': { file: join(here, 'harness.js'), type: TYPES['.js']! },
		'/lms/harness.css': { file: join(here, 'harness.css'), type: TYPES['.css']! },
		'/lms/scorm-again.js': { file: scormAgainPath, type: TYPES['.js']! },
	};
	const server: Server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		let path: string;
		try {
			path = decodeURIComponent(url.pathname);
		} catch {
			path = url.pathname;
		}
		const send = (status: number, type: string, body: string | Buffer) => {
			res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
			res.end(body);
		};
		if (path === '/' || path === '/lms') {
			res.writeHead(302, { location: '/lms/' });
			return void res.end();
		}
		if (path === '/lms/') return send(200, TYPES['.html']!, harnessPage(opened));
		if (path === '/lms/api/outside') return send(200, TYPES['.json']!, JSON.stringify(outside));
		if (harness[path]) return send(200, harness[path].type, readFileSync(harness[path].file));
		if (path.startsWith(CONTENT_PREFIX)) {
			const file = normalize(join(opened.dir, path.slice(CONTENT_PREFIX.length)));
			if (file.startsWith(opened.dir + sep) && existsSync(file) && statSync(file).isFile()) {
				res.writeHead(200, { 'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', 'cache-control': 'no-store' });
				return void createReadStream(file).pipe(res);
			}
			outside.push(`${path} (not in the package)`);
			return send(404, TYPES['.txt']!, 'This file is not in the package.');
		}
		if (path !== '/favicon.ico') outside.push(path);
		send(404, TYPES['.txt']!, 'Not part of the package or the LMS preview.');
	});
	await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		url: `http://127.0.0.1:${port}/lms/`,
		package: opened,
		outside,
		close: () =>
			new Promise<void>((done) => {
				server.closeAllConnections?.();
				server.close(() => {
					rmSync(opened.dir, { recursive: true, force: true });
					done();
				});
			}),
	};
}

/** The harness page, with the package facts for harness.js. */
function harnessPage(opened: OpenedPackage): string {
	const facts = {
		family: opened.family,
		schemaVersion: opened.schemaVersion,
		title: opened.title,
		launchUrl: CONTENT_PREFIX + opened.launchHref,
	};
	const title = escapeHtml(opened.title);
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>LMS preview: ${title}</title>
<link rel="stylesheet" href="/lms/harness.css">
</head>
<body>
<header class="bar">
	<h1>LMS preview <span class="muted">SCORM ${escapeHtml(opened.schemaVersion)}</span></h1>
	<p class="muted">${title}. The package is served from <code>${CONTENT_PREFIX}</code>; scorm-again plays the LMS.</p>
	<div class="controls">
		<button type="button" id="close">Close the course</button>
		<button type="button" id="relaunch">Relaunch with the saved data</button>
		<button type="button" id="fresh">Start over as a new learner</button>
		<label><input type="checkbox" id="refuse"> Refuse commits (test an LMS failure)</label>
	</div>
	<p id="state" role="status"></p>
</header>
<main class="panes">
	<section class="player"><div id="player"></div></section>
	<section class="side">
		<h2>Saved by the LMS (last successful commit)</h2>
		<pre id="saved">Nothing saved yet.</pre>
		<h2>Live data model</h2>
		<pre id="model"></pre>
		<h2>API calls</h2>
		<ol id="log" reversed></ol>
		<h2>Requests outside the package</h2>
		<ul id="outside"><li>None.</li></ul>
	</section>
</main>
<script type="application/json" id="package">${JSON.stringify(facts).replace(/</g, '\\u003c')}</script>
<script src="/lms/scorm-again.js"></script>
<script src="/lms/harness.js"></script>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
