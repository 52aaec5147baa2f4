/**
 * Identifiers inside one manifest, all derived from the course slug so re-exports keep them.
 * Each role has its own prefix because `xs:ID` values must be unique across the whole manifest
 * (xmllint rejects an organization and an item sharing one).
 * @see SCORM 2004 4th Ed. CAM 3.4.1.1 identifier (xs:ID)
 */
import { toNcName } from './nc-name';

/** The identifiers of one single-SCO manifest. */
export interface ManifestIds {
	manifest: string;
	organization: string;
	item: string;
	resource: string;
	/** Primary objective id (2004, only used with a mastery score). */
	objective: string;
}

/** Derives every manifest identifier from a course id. */
export function manifestIds(courseId: string): ManifestIds {
	const base = toNcName(courseId);
	return {
		manifest: `MANIFEST-${base}`,
		organization: `ORG-${base}`,
		item: `ITEM-${base}`,
		resource: `RES-${base}`,
		objective: `OBJ-${base}`,
	};
}
