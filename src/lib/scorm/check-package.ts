/**
 * Checks a package the way hospital LMSes will, for what the XSDs cannot see: the manifest is at
 * the root, identifiers are unique NCNames, every `identifierref` resolves, every href exists with
 * the same case, and no path has spaces or characters LMSes mangle.
 * @see SCORM 2004 4th Ed. CAM 3.4.1 (identifier, identifierref, href); shared doc pitfalls A.1, A.3, A.4
 */
import { issueAt, type Issue } from '../issues';
import { didYouMeanSentence } from '../text/did-you-mean';
import { isNcName } from './nc-name';
import { describeUnsafePath, isExternalHref, stripQueryAndFragment } from './package-paths';
import { readManifest, type ManifestFacts } from './read-manifest';

/** The manifest text and every file path in the package (posix, relative to the root). */
export interface PackageContents {
	manifestXml: string;
	files: readonly string[];
}

const MANIFEST = 'imsmanifest.xml';

/** Returns every problem found; an empty list means the package is safe to upload. */
export function checkPackage({ manifestXml, files }: PackageContents): Issue[] {
	const issues: Issue[] = [...checkManifestPlace(files), ...checkPaths(files)];
	const read = readManifest(manifestXml);
	if (!read.ok) {
		issues.push(
			issueAt(
				MANIFEST,
				undefined,
				'SCORM_MANIFEST_UNREADABLE',
				`imsmanifest.xml could not be read: ${read.reason}.`,
				'Rebuild the package; if it still fails, report it with the manifest attached.'
			)
		);
		return issues;
	}
	issues.push(...checkIdentifiers(read.facts), ...checkReferences(read.facts));
	issues.push(...checkHrefs(read.facts, files));
	return issues;
}

function checkManifestPlace(files: readonly string[]): Issue[] {
	if (files.includes(MANIFEST)) return [];
	const nested = files.find(
		(f) => f.toLowerCase().endsWith(`/${MANIFEST}`) || f.toLowerCase() === MANIFEST
	);
	const where = nested ? ` It was found at "${nested}".` : '';
	return [
		issueAt(
			MANIFEST,
			undefined,
			'SCORM_MANIFEST_NOT_AT_ROOT',
			`The package has no imsmanifest.xml at its root.${where}`,
			'Put imsmanifest.xml at the top of the zip, not inside a folder, so LMSes can find it.'
		),
	];
}

function checkPaths(files: readonly string[]): Issue[] {
	const issues: Issue[] = [];
	for (const file of files) {
		const problem = describeUnsafePath(file);
		if (problem) {
			issues.push(
				issueAt(
					file,
					undefined,
					'SCORM_PATH_UNSAFE',
					`The file path "${file}" ${problem}.`,
					'Rename the file using only letters, digits, "-", "_" and "." so every LMS can serve it.'
				)
			);
		}
	}
	return issues;
}

function checkIdentifiers(facts: ManifestFacts): Issue[] {
	const issues: Issue[] = [];
	const seen = new Set<string>();
	for (const { kind, identifier } of facts.identified) {
		if (!isNcName(identifier)) {
			issues.push(
				issueAt(
					MANIFEST,
					undefined,
					'SCORM_IDENTIFIER_INVALID',
					`The ${kind} identifier "${identifier}" is not an XML NCName.`,
					'Identifiers must start with a letter or "_" and contain no spaces or colons.'
				)
			);
		}
		if (seen.has(identifier)) {
			issues.push(
				issueAt(
					MANIFEST,
					undefined,
					'SCORM_IDENTIFIER_DUPLICATE',
					`The identifier "${identifier}" is used more than once (again on a ${kind}).`,
					'Give every manifest, organization, item and resource its own identifier.'
				)
			);
		}
		seen.add(identifier);
	}
	return issues;
}

function checkReferences(facts: ManifestFacts): Issue[] {
	const issues: Issue[] = [];
	for (const ref of facts.references) {
		const known = facts.identified
			.filter((e) => e.kind === ref.targetKind)
			.map((e) => e.identifier);
		if (known.includes(ref.target)) continue;
		issues.push(
			issueAt(
				MANIFEST,
				undefined,
				'SCORM_IDENTIFIERREF_UNKNOWN',
				`${ref.from} has ${ref.attribute}="${ref.target}", but no ${ref.targetKind} has that identifier.${didYouMeanSentence(ref.target, known)}`,
				`Point ${ref.attribute} at one of: ${known.join(', ') || `(no ${ref.targetKind}s)`}.`
			)
		);
	}
	return issues;
}

function checkHrefs(facts: ManifestFacts, files: readonly string[]): Issue[] {
	const issues: Issue[] = [];
	const present = new Set(files);
	const byLowerCase = new Map(files.map((f) => [f.toLowerCase(), f]));
	const listed = new Set<string>();
	for (const { element, href } of facts.hrefs) {
		if (isExternalHref(href)) {
			issues.push(
				issueAt(
					MANIFEST,
					undefined,
					'SCORM_HREF_EXTERNAL',
					`The <${element}> href "${href}" points outside the package.`,
					'Ship every file inside the zip: LMSes cannot reach the tracking API from another origin.'
				)
			);
			continue;
		}
		const path = element === 'resource' ? stripQueryAndFragment(href) : href;
		listed.add(path);
		const problem = describeUnsafePath(path);
		if (problem) {
			issues.push(
				issueAt(
					MANIFEST,
					undefined,
					'SCORM_PATH_UNSAFE',
					`The <${element}> href "${href}" ${problem}.`,
					'Rename the file using only letters, digits, "-", "_" and ".", and update the manifest.'
				)
			);
		}
		if (present.has(path)) continue;
		const other = byLowerCase.get(path.toLowerCase());
		if (other) {
			issues.push(
				issueAt(
					MANIFEST,
					undefined,
					'SCORM_HREF_CASE_MISMATCH',
					`The <${element}> href "${href}" differs in case from the packaged file "${other}".`,
					'Use exactly the same case: most LMS servers treat paths as case-sensitive.'
				)
			);
		} else {
			issues.push(
				issueAt(
					MANIFEST,
					undefined,
					'SCORM_FILE_MISSING',
					`The <${element}> href "${href}" names a file that is not in the package.${didYouMeanSentence(path, files)}`,
					'Add the file to the package or remove the reference.'
				)
			);
		}
	}
	for (const file of files) {
		if (listed.has(file) || file === MANIFEST || /^[^/]+\.(xsd|dtd)$/.test(file)) continue;
		issues.push(
			issueAt(
				file,
				undefined,
				'SCORM_FILE_UNLISTED',
				`The packaged file "${file}" is not listed in imsmanifest.xml.`,
				'Rebuild the manifest so every file has a <file href> entry; some LMSes only copy listed files.',
				'warning'
			)
		);
	}
	return issues;
}
