/** Reads the props of one scenario component, reporting unknown, missing and malformed ones. */
import { parseLiteral, readProps, type JsxElement, type JsxProp } from '../mdx/jsx-attributes';
import { didYouMeanSentence } from '../text/did-you-mean';
import type { ExtractContext } from './extract-context';
import { COMPONENTS, type ScenarioComponent } from './vocabulary';

/** The props of one element, checked against the vocabulary, with typed readers. */
export interface ComponentProps {
	has(name: string): boolean;
	/** The prop itself (for its place). */
	get(name: string): JsxProp | undefined;
	/** A string prop (`a="x"` or `a={'x'}`); reports and returns undefined for other shapes. */
	string(name: string): string | undefined;
	/** A boolean prop: bare (`allowBack`), `{true}`/`{false}` or `"true"`/`"false"`. */
	boolean(name: string): boolean;
	/** A literal expression prop (`scores={{ respect: 2 }}`), or the plain string. */
	literal(name: string): unknown;
}

/** Reads `node`'s props as the component `component`, reporting problems into `ctx`. */
export function readComponentProps(
	node: JsxElement,
	component: ScenarioComponent,
	ctx: ExtractContext
): ComponentProps {
	const spec = COMPONENTS[component];
	const props = new Map<string, JsxProp>();
	for (const prop of readProps(node)) {
		if (!spec.props.includes(prop.name)) {
			const known = spec.props.length
				? `It accepts: ${spec.props.join(', ')}.`
				: 'It takes no props.';
			ctx.report(
				prop,
				'SCENARIO_UNKNOWN_PROP',
				`<${component}> has no prop "${prop.name}".${didYouMeanSentence(prop.name, spec.props)}`,
				`Remove or rename the prop. ${known}`
			);
		} else props.set(prop.name, prop);
	}
	const start = node.position?.start;
	for (const name of spec.required) {
		if (!props.has(name)) {
			ctx.report(
				start,
				'SCENARIO_MISSING_PROP',
				`<${component}> is missing its "${name}" prop.`,
				`Add ${name}="…" to this <${component}>.`
			);
		}
	}
	const bad = (prop: JsxProp, expected: string) =>
		ctx.report(
			prop,
			'SCENARIO_BAD_VALUE',
			`The "${prop.name}" prop of <${component}> has a value PeerCourse cannot read: ${prop.expression ? `{${prop.value}}` : String(prop.value)}.`,
			`Write it as ${expected}.`
		);
	return {
		has: (name) => props.has(name),
		get: (name) => props.get(name),
		string(name) {
			const prop = props.get(name);
			if (!prop) return undefined;
			const value =
				prop.value === true ? undefined : prop.expression ? parseLiteral(prop.value) : prop.value;
			if (typeof value === 'string') return value.trim();
			bad(prop, `${name}="…" with plain text in double quotes`);
			return undefined;
		},
		boolean(name) {
			const prop = props.get(name);
			if (!prop) return false;
			if (prop.value === true) return true;
			const value = prop.expression ? parseLiteral(prop.value) : prop.value.trim();
			if (value === true || value === 'true') return true;
			if (value === false || value === 'false') return false;
			bad(prop, `just ${name} (on) or leave it out (off)`);
			return false;
		},
		literal(name) {
			const prop = props.get(name);
			if (!prop || prop.value === true) return undefined;
			return prop.expression ? parseLiteral(prop.value) : prop.value;
		},
	};
}
