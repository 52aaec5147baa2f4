import { parseLiteral, readProps, type JsxElement, type JsxProp } from '../mdx/jsx-attributes';
import { didYouMeanSentence } from '../text/did-you-mean';
import type { Place } from '../issues';
import type { Reporter } from './report';
import { QUIZ_COMPONENT_PROPS } from './vocabulary';

/** Typed access to the props of one component; reading a bad value reports it once. */
export interface ComponentProps {
	/** Where the element starts. */
	place: Place | undefined;
	/** Where a prop was written, or the element when it was not. */
	placeOf(name: string): Place | undefined;
	has(name: string): boolean;
	string(name: string): string | undefined;
	number(name: string, range: { min: number; max?: number; integer?: boolean }): number | undefined;
	boolean(name: string): boolean | undefined;
}

/**
 * Reads an element's props, reporting unknown props (with the closest known name) and
 * expression props that are not plain literals (`passMark={mark}`): the build cannot run
 * author code, so values must be written out.
 */
export function readComponentProps(node: JsxElement, name: string, r: Reporter): ComponentProps {
	const known = QUIZ_COMPONENT_PROPS[name] ?? [];
	const props = new Map<string, { prop: JsxProp; value: unknown }>();
	for (const prop of readProps(node)) {
		if (!known.includes(prop.name)) {
			reportUnknownProp(prop, name, known, r);
			continue;
		}
		let value: unknown = prop.value;
		if (prop.expression) {
			value = parseLiteral(String(prop.value));
			if (value === undefined) {
				r.report(
					prop,
					'QUIZ_NON_LITERAL_PROP',
					`The prop ${prop.name}={${prop.value}} on <${name}> is not a plain value, so the build cannot read it.`,
					`Write the value out, for example ${prop.name}="text", ${prop.name}={3} or ${prop.name}={false}.`
				);
				continue;
			}
		}
		props.set(prop.name, { prop, value });
	}
	const place = node.position?.start;
	const invalid = (p: JsxProp, expected: string) =>
		r.report(
			p,
			'QUIZ_INVALID_PROP_VALUE',
			`The prop "${p.name}" on <${name}> has the value ${show(p)}, which is not ${expected}.`,
			`Give "${p.name}" ${expected}.`
		);
	return {
		place,
		placeOf: (n) => props.get(n)?.prop ?? place,
		has: (n) => props.has(n),
		string(n) {
			const e = props.get(n);
			if (!e) return undefined;
			if (typeof e.value === 'string') return e.value;
			invalid(e.prop, 'text in quotes');
			return undefined;
		},
		number(n, { min, max, integer }) {
			const e = props.get(n);
			if (!e) return undefined;
			const v = typeof e.value === 'string' && e.value.trim() !== '' ? Number(e.value) : e.value;
			const ok =
				typeof v === 'number' && Number.isFinite(v) && v >= min && (max === undefined || v <= max);
			if (ok && (!integer || Number.isInteger(v))) return v;
			const kind = integer ? 'a whole number' : 'a number';
			invalid(
				e.prop,
				max === undefined ? `${kind} of at least ${min}` : `${kind} from ${min} to ${max}`
			);
			return undefined;
		},
		boolean(n) {
			const e = props.get(n);
			if (!e) return undefined;
			if (typeof e.value === 'boolean') return e.value;
			if (e.value === 'true' || e.value === 'false') return e.value === 'true';
			invalid(e.prop, `true or false (write ${n} or ${n}={false})`);
			return undefined;
		},
	};
}

function reportUnknownProp(
	prop: JsxProp,
	name: string,
	known: readonly string[],
	r: Reporter
): void {
	const accepted = known.length
		? `<${name}> accepts ${known.join(', ')}.`
		: `<${name}> takes no props.`;
	r.report(
		prop,
		'QUIZ_UNKNOWN_PROP',
		`The prop "${prop.name}" on <${name}> is not one that PeerCourse knows.`,
		`${didYouMeanSentence(prop.name, known).trim()} ${accepted}`.trim()
	);
}

function show(p: JsxProp): string {
	if (p.value === true) return 'true (written without a value)';
	return p.expression ? `{${p.value}}` : `"${p.value}"`;
}
