/**
 * Builds `imsmanifest.xml` for a single-SCO PeerCourse package with a real XML builder.
 * One organization, one item, one `sco` resource that lists every file of the package.
 * @see SCORM 2004 4th Ed. CAM 3.4 (manifest elements); SCORM 1.2 CAM 2.3
 */
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import { appendLom } from './manifest-lom';
import { MANIFEST_NAMESPACES, XSI } from './manifest-namespaces';
import { manifestIds } from './manifest-ids';
import { cmiFamilyOf, SCHEMA_VERSION_TEXT, type ScormVersion } from './versions';

/** The course facts the manifest shows to the LMS. */
export interface ManifestCourse {
	/** Course slug, e.g. `respectful-care`; identifiers are derived from it. */
	id: string;
	title: string;
	description?: string;
	/** BCP 47 tag, e.g. `en` or `pt-BR`. */
	language?: string;
	/** Course version, e.g. `1.2.0`; shown as the manifest `version` attribute. */
	version?: string;
}

/** Everything `buildManifest` needs. */
export interface ManifestInput {
	version: ScormVersion;
	course: ManifestCourse;
	/** Launch page relative to the package root, e.g. `index.html`. */
	launchHref: string;
	/** Every file in the package (posix paths relative to the root); `imsmanifest.xml` is skipped. */
	files: readonly string[];
	/** Pass mark in percent (0–100); only emitted when given, because LMSes then override the status. */
	masteryScore?: number;
}

/** `version` attributes are limited to 20 characters in the IMS CP schemas. */
const MAX_VERSION_ATTRIBUTE = 20;

/** Returns the manifest XML text (UTF-8, pretty-printed) for one course package. */
export function buildManifest(input: ManifestInput): string {
	const family = cmiFamilyOf(input.version);
	const ns = MANIFEST_NAMESPACES[family];
	const ids = manifestIds(input.course.id);
	const title = input.course.title.trim() || input.course.id;

	const rootAttributes: Record<string, string> = { identifier: ids.manifest };
	const courseVersion = input.course.version?.trim();
	if (courseVersion) rootAttributes.version = courseVersion.slice(0, MAX_VERSION_ATTRIBUTE);

	const doc = create({ version: '1.0', encoding: 'UTF-8' });
	const manifest = doc.ele(ns.imscp, 'manifest', rootAttributes);
	manifest.att('http://www.w3.org/2000/xmlns/', 'xmlns:adlcp', ns.adlcp);
	for (const prefix of ['adlseq', 'adlnav', 'imsss'] as const) {
		const uri = ns[prefix];
		if (uri) manifest.att('http://www.w3.org/2000/xmlns/', `xmlns:${prefix}`, uri);
	}
	manifest.att(XSI, 'xsi:schemaLocation', ns.schemaLocation);

	const metadata = manifest.ele('metadata');
	metadata.ele('schema').txt('ADL SCORM');
	metadata.ele('schemaversion').txt(SCHEMA_VERSION_TEXT[input.version]);
	// 1.2 gets no inline LOM: its imsmd schema fails to compile in libxml2 >= 2.13 and the
	// strict wildcard in <metadata> would then reject the manifest (see shared schemas README).
	if (family === '2004') appendLom(metadata, ns.lom!, { ...input.course, title });

	const organization = manifest
		.ele('organizations', { default: ids.organization })
		.ele('organization', { identifier: ids.organization });
	organization.ele('title').txt(title);
	const item = organization.ele('item', { identifier: ids.item, identifierref: ids.resource });
	item.ele('title').txt(title);
	if (family === '1.2') appendMasteryScore12(item, ns.adlcp, input.masteryScore);
	else appendSequencing2004(item, ns.imsss!, ids.objective, input.masteryScore);

	const resource = manifest.ele('resources').ele('resource', {
		identifier: ids.resource,
		type: 'webcontent',
		href: input.launchHref,
	});
	resource.att(ns.adlcp, family === '1.2' ? 'adlcp:scormtype' : 'adlcp:scormType', 'sco');
	for (const href of listPackageFiles(input.files, input.launchHref)) {
		resource.ele('file', { href });
	}
	return doc.end({ prettyPrint: true, indent: '\t' });
}

/** Files in manifest order: the launch page first, then the rest sorted, without duplicates. */
export function listPackageFiles(files: readonly string[], launchHref: string): string[] {
	const rest = [...new Set(files)]
		.filter((f) => f !== 'imsmanifest.xml' && f !== launchHref)
		.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	return [launchHref, ...rest];
}

/**
 * 1.2: the LMS compares `cmi.core.score.raw` with this and may override the status, so it is
 * only written when the course asks for it.
 * @see SCORM 1.2 CAM 2.3.4 adlcp:masteryscore; SCORM 1.2 RTE 3.4.2 cmi.student_data.mastery_score
 */
function appendMasteryScore12(item: XMLBuilder, adlcp: string, score: number | undefined): void {
	if (score === undefined) return;
	item.ele(adlcp, 'adlcp:masteryscore').txt(formatPercent(score));
}

/**
 * 2004: content sets completion and success itself (SAP SuccessFactors otherwise marks the SCO
 * complete on exit). A mastery score becomes the primary objective's `minNormalizedMeasure`.
 * @see SCORM 2004 4th Ed. SN 5.1.9 deliveryControls; SN 5.1.7 primaryObjective/minNormalizedMeasure
 */
function appendSequencing2004(
	item: XMLBuilder,
	imsss: string,
	objectiveId: string,
	score: number | undefined
): void {
	const sequencing = item.ele(imsss, 'imsss:sequencing');
	if (score !== undefined) {
		sequencing
			.ele(imsss, 'imsss:objectives')
			.ele(imsss, 'imsss:primaryObjective', {
				objectiveID: objectiveId,
				satisfiedByMeasure: 'true',
			})
			.ele(imsss, 'imsss:minNormalizedMeasure')
			.txt(String(Math.round(clampPercent(score)) / 100));
	}
	sequencing.ele(imsss, 'imsss:deliveryControls', {
		completionSetByContent: 'true',
		objectiveSetByContent: 'true',
	});
}

function clampPercent(score: number): number {
	return Number.isFinite(score) ? Math.min(100, Math.max(0, score)) : 0;
}

function formatPercent(score: number): string {
	return String(Math.round(clampPercent(score) * 100) / 100);
}
