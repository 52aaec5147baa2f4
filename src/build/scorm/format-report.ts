/**
 * The size report printed after an export: what hospital IT will upload, which files make it
 * large, and how close the worst-case saved progress comes to the LMS limit.
 */
import type { PackageSizeReport } from '../../lib/scorm/build-zip';
import type { SuspendSizeReport } from '../../lib/scorm/suspend-budget';

/** `1.2 MB`, `412 KB`, `800 bytes`. */
export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${bytes} bytes`;
	if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
	return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The report as lines of text. */
export function formatSizeReport(name: string, zipBytes: number, size: PackageSizeReport, savedState: SuspendSizeReport): string[] {
	const percent = Math.round((savedState.total / savedState.limit) * 100);
	const parts = savedState.largest.map((p) => `${p.name} (${p.size.toLocaleString('en')})`).join(', ');
	return [
		`${name}: ${formatBytes(zipBytes)} (${formatBytes(size.totalBytes)} unzipped, ${size.fileCount} files)`,
		'  Largest files:',
		...size.largest.map((f) => `    ${formatBytes(f.bytes).padStart(9)}  ${f.path}`),
		`  Saved progress at most ${savedState.total.toLocaleString('en')} of ${savedState.limit.toLocaleString('en')} characters (${percent}%)${parts ? `; largest: ${parts}` : ''}.`,
	];
}
