/**
 * The package archive: `imsmanifest.xml` first at the root, then every file sorted by path, with
 * a fixed timestamp so the same course always gives the same bytes.
 * @see SCORM 2004 4th Ed. CAM 3.2 (PIF: manifest at the archive root); shared doc pitfall A.1
 */
import { zipSync, type Zippable } from 'fflate';

/** One file to pack. */
export interface PackageFile {
	/** Posix path relative to the package root. */
	path: string;
	data: Uint8Array;
}

/** Formats that are already compressed: stored, not deflated again. */
const STORED = /\.(png|jpe?g|gif|webp|avif|woff2?|zip|gz|mp3|mp4|webm|ogg)$/i;

/** Zip timestamps start in 1980; a fixed local date keeps archives reproducible. */
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);

/** Zips the files; throws on a duplicate or non-relative path (a programming error, not an author's). */
export function buildZip(files: readonly PackageFile[]): Uint8Array {
	const zippable: Zippable = {};
	for (const file of orderPackageFiles(files)) {
		if (file.path in zippable) throw new Error(`buildZip: "${file.path}" appears twice.`);
		if (file.path.startsWith('/') || file.path.split('/').includes('..')) {
			throw new Error(`buildZip: "${file.path}" is not a relative path inside the package.`);
		}
		zippable[file.path] = [
			file.data,
			{ mtime: FIXED_MTIME, level: STORED.test(file.path) ? 0 : 6 },
		];
	}
	return zipSync(zippable);
}

/** `imsmanifest.xml` first, then by path in code-unit order (locale-independent). */
export function orderPackageFiles<T extends { path: string }>(files: readonly T[]): T[] {
	const key = (p: string) => (p === 'imsmanifest.xml' ? '' : p);
	return [...files].sort((a, b) =>
		key(a.path) < key(b.path) ? -1 : key(a.path) > key(b.path) ? 1 : 0
	);
}

/** Package size facts for the export summary. */
export interface PackageSizeReport {
	fileCount: number;
	totalBytes: number;
	/** Up to `top` largest files, biggest first. */
	largest: { path: string; bytes: number }[];
}

/** Totals the uncompressed size and lists the largest files. */
export function sizeReport(files: readonly PackageFile[], top = 5): PackageSizeReport {
	const sizes = files.map((f) => ({ path: f.path, bytes: f.data.byteLength }));
	return {
		fileCount: files.length,
		totalBytes: sizes.reduce((sum, f) => sum + f.bytes, 0),
		largest: sizes.sort((a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : 1)).slice(0, top),
	};
}
