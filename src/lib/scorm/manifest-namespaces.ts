/**
 * Namespace URIs and schema locations of `imsmanifest.xml`, per version.
 * 3rd and 4th Edition use the same namespaces; only `<schemaversion>` tells them apart.
 * @see SCORM 1.2 CAM 2.3 (imscp_rootv1p1p2, adlcp_rootv1p2); SCORM 2004 4th Ed. CAM 3.3 (imscp_v1p1, adlcp_v1p3, imsss)
 */
import type { CmiFamily } from './versions';

/** XML Schema instance namespace, for `xsi:schemaLocation`. */
export const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

/** The namespaces one manifest family uses. */
export interface ManifestNamespaces {
	/** IMS Content Packaging: the default namespace of the manifest. */
	imscp: string;
	/** ADL content packaging extensions (`scormtype`/`scormType`, `masteryscore`). */
	adlcp: string;
	/** IMS Simple Sequencing (2004 only). */
	imsss?: string;
	/** ADL sequencing and navigation extensions (2004 only; declared for LMSes that expect them). */
	adlseq?: string;
	adlnav?: string;
	/** IEEE LOM, for the inline metadata (2004 only). */
	lom?: string;
	/** `xsi:schemaLocation` value: namespace and file pairs, files at the package root. */
	schemaLocation: string;
}

/** Namespaces by data model family. */
export const MANIFEST_NAMESPACES: Record<CmiFamily, ManifestNamespaces> = {
	'1.2': {
		imscp: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
		adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
		schemaLocation: [
			'http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd',
			'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd',
			'http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd',
		].join(' '),
	},
	'2004': {
		imscp: 'http://www.imsglobal.org/xsd/imscp_v1p1',
		adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3',
		imsss: 'http://www.imsglobal.org/xsd/imsss',
		adlseq: 'http://www.adlnet.org/xsd/adlseq_v1p3',
		adlnav: 'http://www.adlnet.org/xsd/adlnav_v1p3',
		lom: 'http://ltsc.ieee.org/xsd/LOM',
		schemaLocation: [
			'http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd',
			'http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd',
			'http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd',
			'http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd',
			'http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd',
			'http://ltsc.ieee.org/xsd/LOM lom.xsd',
		].join(' '),
	},
};
