/**
 * Reads the parts of `imsmanifest.xml` the package checks need, with xmlbuilder2's parser
 * (a pure-JS DOM, so this also runs outside Node). Namespace-agnostic on purpose: the same
 * reader serves 1.2 (imscp_rootv1p1p2) and 2004 (imscp_v1p1) manifests.
 */
import { create } from 'xmlbuilder2';

/** An element that declares an `identifier` (manifest, organization, item or resource). */
export interface IdentifiedElement {
	kind: string;
	identifier: string;
}

/** An `identifierref` (or `organizations@default`) and what it must point at. */
export interface ManifestReference {
	from: string;
	attribute: 'identifierref' | 'default';
	target: string;
	targetKind: 'resource' | 'organization';
}

/** A file reference with `xml:base` already applied. */
export interface ManifestHref {
	element: 'resource' | 'file';
	href: string;
}

/** What `readManifest` found. */
export interface ManifestFacts {
	identified: IdentifiedElement[];
	references: ManifestReference[];
	hrefs: ManifestHref[];
}

/** The small part of xmlbuilder2's DOM we use (typed here so no DOM lib types are needed). */
interface XmlElement {
	nodeType: number;
	localName: string;
	childNodes: ArrayLike<XmlElement>;
	getAttribute(name: string): string | null;
	getAttributeNS(ns: string, name: string): string | null;
}

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const IDENTIFIED = new Set(['manifest', 'organization', 'item', 'resource']);

/** Parses manifest text; returns the facts, or an error sentence when the XML cannot be read. */
export function readManifest(
	xml: string
): { ok: true; facts: ManifestFacts } | { ok: false; reason: string } {
	let root: XmlElement;
	try {
		root = create(xml).root().node as unknown as XmlElement;
	} catch (error) {
		return { ok: false, reason: error instanceof Error ? error.message : String(error) };
	}
	if (root.localName !== 'manifest') {
		return { ok: false, reason: `the root element is <${root.localName}>, not <manifest>` };
	}
	const facts: ManifestFacts = { identified: [], references: [], hrefs: [] };
	visit(root, [], facts);
	return { ok: true, facts };
}

function visit(element: XmlElement, bases: string[], facts: ManifestFacts): void {
	const name = element.localName;
	// xmlbuilder2's parser leaves the built-in `xml` prefix without its namespace, so fall back.
	const base = element.getAttributeNS(XML_NS, 'base') ?? element.getAttribute('xml:base');
	const here = base ? [...bases, base] : bases;
	const identifier = element.getAttribute('identifier');
	if (identifier !== null && IDENTIFIED.has(name))
		facts.identified.push({ kind: name, identifier });

	const ref = element.getAttribute('identifierref');
	if (ref !== null && (name === 'item' || name === 'dependency')) {
		const from = identifier ?? `<${name}>`;
		facts.references.push({
			from,
			attribute: 'identifierref',
			target: ref,
			targetKind: 'resource',
		});
	}
	const fallback = element.getAttribute('default');
	if (name === 'organizations' && fallback !== null) {
		facts.references.push({
			from: '<organizations>',
			attribute: 'default',
			target: fallback,
			targetKind: 'organization',
		});
	}
	const href = element.getAttribute('href');
	if (href !== null && (name === 'resource' || name === 'file')) {
		facts.hrefs.push({ element: name, href: joinBase(here, href) });
	}
	for (const child of Array.from(element.childNodes)) {
		if (child.nodeType === 1) visit(child, here, facts);
	}
}

function joinBase(bases: readonly string[], href: string): string {
	const prefix = bases.map((b) => (b.endsWith('/') ? b : `${b}/`)).join('');
	return `${prefix}${href}`;
}
