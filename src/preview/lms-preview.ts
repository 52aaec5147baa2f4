/**
 * `npm run preview:lms -- <package.zip>` (or `npx tsx src/preview/lms-preview.ts <package.zip>`):
 * plays a SCORM package in a local stand-in LMS, so trainers can check it before sending it to
 * hospital IT. Without a path it lists the packages `npm run build` made in dist/scorm/.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PackageError } from './read-package';
import { startLmsPreview } from './preview-server';

const usage = 'Usage: npm run preview:lms -- <package.zip or unpacked folder> [--port 4400]';

async function main(): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({ allowPositionals: true, options: { port: { type: 'string', default: '4400' }, help: { type: 'boolean', short: 'h' } } });
	} catch (error) {
		console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
		return 2;
	}
	const { values, positionals } = parsed;
	if (values.help) {
		console.log(usage);
		return 0;
	}
	const target = positionals[0];
	if (!target) {
		const built = join('dist', 'scorm');
		const zips = existsSync(built) ? readdirSync(built).filter((f) => f.endsWith('.zip')) : [];
		console.error(`Give the SCORM package to preview.\n${usage}`);
		if (zips.length) console.error(`\nPackages made by "npm run build":\n${zips.map((z) => `  ${join(built, z)}`).join('\n')}`);
		else console.error('\nRun "npm run build" to make packages in dist/scorm/, or "npx peercourse export" to make one.');
		return 2;
	}
	const port = Number(values.port);
	if (!Number.isInteger(port) || port < 0 || port > 65535) {
		console.error(`"${values.port}" is not a port number. Give a whole number such as 4400.`);
		return 2;
	}
	try {
		const preview = await startLmsPreview({ packagePath: resolve(target), port });
		const p = preview.package;
		console.log(`\nThe LMS preview is running at ${preview.url}`);
		console.log(`Package: ${p.title} (SCORM ${p.schemaVersion}), launch page ${p.launchHref}.`);
		console.log('Open the address in your browser. Press Ctrl+C to stop.\n');
		const stop = () => void preview.close().then(() => process.exit(0));
		process.on('SIGINT', stop);
		process.on('SIGTERM', stop);
		return -1;
	} catch (error) {
		if (error instanceof PackageError) {
			console.error(error.message);
			return 1;
		}
		if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
			console.error(`Port ${port} is already in use. Stop the other program or choose another port with --port.`);
			return 2;
		}
		throw error;
	}
}

const code = await main();
if (code >= 0) process.exitCode = code;
