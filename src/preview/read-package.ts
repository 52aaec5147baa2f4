/**
 * Opens a SCORM package for the LMS preview: unzips it (or takes an unpacked folder) into a
 * temporary folder and reads what an LMS reads from `imsmanifest.xml`: the version, the title
 * and the launch page.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, sep } from 'node:path';
import { unzipSync } from 'fflate';
import type { CmiFamily } from '../lib/scorm/versions';

/** What the preview needs to know about a package. */
export interface OpenedPackage {
	/** Folder holding the unpacked files. */
	dir: string;
	family: CmiFamily;
	/** `<schemaversion>` text, e.g. `2004 4th Edition`. */
	schemaVersion: string;
	title: string;
	/** Launch page relative to the package root, with any query string. */
	launchHref: string;
}

/** Thrown with a sentence a trainer can act on. */
export class PackageError extends Error {}

/** Unpacks a `.zip` (or copies a folder) into a new temporary folder and reads its manifest. */
export function openPackage(path: string): OpenedPackage {
	if (!existsSync(path)) throw new PackageError(`There is no file or folder at ${path}.`);
	const dir = mkdtempSync(join(tmpdir(), 'peercourse-lms-'));
	if (statSync(path).isDirectory()) cpSync(path, dir, { recursive: true });
	else unzipInto(readFileSync(path), dir, path);
	const manifestPath = join(dir, 'imsmanifest.xml');
	if (!existsSync(manifestPath)) {
		throw new PackageError(`${path} has no imsmanifest.xml at its top level, so no LMS would accept it. Export it again with "npx peercourse export".`);
	}
	return { dir, ...readManifestFacts(readFileSync(manifestPath, 'utf8'), path) };
}

/** Reads the version, title and launch page from manifest text. */
export function readManifestFacts(xml: string, source = 'imsmanifest.xml'): Omit<OpenedPackage, 'dir'> {
	const schemaVersion = /<schemaversion>\s*([^<]*?)\s*<\/schemaversion>/.exec(xml)?.[1] ?? '';
	const family: CmiFamily | undefined = schemaVersion === '1.2' ? '1.2' : /^(2004|CAM 1\.3)/.test(schemaVersion) ? '2004' : undefined;
	if (!family) throw new PackageError(`The manifest of ${source} declares SCORM version "${schemaVersion}", which the preview does not know. It plays SCORM 1.2 and 2004.`);
	const resource = /<resource\b[^>]*\bhref="([^"]+)"/.exec(xml)?.[1];
	if (!resource) throw new PackageError(`The manifest of ${source} names no launch page (no <resource href>).`);
	const title = /<organization\b[^>]*>\s*<title>([^<]*)<\/title>/.exec(xml)?.[1] ?? 'SCORM package';
	return { family, schemaVersion, title: decodeXml(title), launchHref: decodeXml(resource) };
}

function unzipInto(data: Uint8Array, dir: string, source: string): void {
	let entries: Record<string, Uint8Array>;
	try {
		entries = unzipSync(data);
	} catch (error) {
		throw new PackageError(`${source} could not be unzipped (${error instanceof Error ? error.message : String(error)}). Is it a SCORM zip file?`);
	}
	for (const [name, bytes] of Object.entries(entries)) {
		if (name.endsWith('/')) continue;
		const target = normalize(join(dir, name));
		// A zip entry must not write outside the folder ("zip slip").
		if (!target.startsWith(dir + sep)) throw new PackageError(`${source} contains the path "${name}", which points outside the package.`);
		mkdirSync(dirname(target), { recursive: true });
		writeFileSync(target, bytes);
	}
}

function decodeXml(text: string): string {
	return text
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&amp;/g, '&');
}
