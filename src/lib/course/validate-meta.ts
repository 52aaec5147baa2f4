import type { z } from 'astro/zod';
import { didYouMean } from '../text/did-you-mean';
import { issueAt, type Issue } from '../issues';
import type { PlacedYaml } from './yaml-places';
import { FIELD_EXAMPLES } from './schema';

/**
 * Validates parsed YAML against a zod schema and turns every zod issue into a plain-language
 * `Issue` at the line where the field is (or should be). `where` names the file kind in
 * messages: "course.yaml" or "the frontmatter".
 */
export function validateMeta<T extends z.ZodTypeAny>(
	schema: T,
	yaml: PlacedYaml,
	file: string,
	where: string
): { data?: z.infer<T>; issues: Issue[] } {
	const result = schema.safeParse(yaml.data ?? {});
	if (result.success) return { data: result.data as z.infer<T>, issues: [] };
	const known = knownKeys(schema);
	const issues = result.error.issues.flatMap((zi) => toIssues(zi, yaml, file, where, known));
	// "titel" mistyped already says "Did you mean title?": don't also say title is missing.
	const suggested = new Set(issues.filter((i) => i.code === 'META_UNKNOWN_FIELD').map((i) => /Did you mean "([^"]+)"/.exec(i.hint ?? '')?.[1]));
	return { issues: issues.filter((i) => !(i.code === 'META_MISSING_FIELD' && suggested.has(/"([^"]+)"/.exec(i.message)?.[1]))) };
}

function toIssues(zi: z.ZodIssue, yaml: PlacedYaml, file: string, where: string, known: string[]): Issue[] {
	const path = zi.path;
	const field = fieldName(path);
	const key = String([...path].reverse().find((p) => typeof p === 'string') ?? field);
	const example = FIELD_EXAMPLES[key];
	const exampleHint = example ? ` For example:\n    ${example.replace(/\n/g, '\n    ')}` : '';
	const place = yaml.placeOf(path);
	if (zi.code === 'unrecognized_keys') {
		return zi.keys.map((k) => {
			const suggestion = didYouMean(k, known);
			return issueAt(
				file,
				yaml.placeOf([...path, k], true),
				'META_UNKNOWN_FIELD',
				`"${k}" is not a field ${where} understands.`,
				suggestion
					? `Did you mean "${suggestion}"? Rename it.`
					: `Remove it, or use one of: ${known.join(', ')}.`
			);
		});
	}
	if (zi.code === 'invalid_type' && zi.received === 'undefined') {
		return [issueAt(file, place, 'META_MISSING_FIELD', `The field "${field}" is missing from ${where}.`, `Add it.${exampleHint}`)];
	}
	if (zi.code === 'invalid_type') {
		return [
			issueAt(file, place, 'META_WRONG_TYPE', `"${field}" should be ${article(zi.expected)}, but it is ${article(zi.received)}.`, `Change its value.${exampleHint}`),
		];
	}
	if (zi.code === 'custom' && (zi.params as { peercourse?: string } | undefined)?.peercourse === 'language') {
		return [
			issueAt(file, place, 'META_UNKNOWN_LANGUAGE', `"${field}" is not a language tag this build knows.`, 'Write a BCP 47 tag such as en, fr, es, hi, km or pt-BR.'),
		];
	}
	if (zi.code === 'too_small' && zi.type === 'array') {
		return [issueAt(file, place, 'META_EMPTY_LIST', `"${field}" needs at least ${zi.minimum} item.`, `Add one.${exampleHint}`)];
	}
	if (zi.code === 'too_small' && zi.type === 'string') {
		return [issueAt(file, place, 'META_EMPTY_FIELD', `"${field}" is empty.`, `Write a value.${exampleHint}`)];
	}
	if ((zi.code === 'too_small' || zi.code === 'too_big') && zi.type === 'number') {
		return [issueAt(file, place, 'META_OUT_OF_RANGE', `"${field}" is out of range: ${zi.message.toLowerCase()}`, `Change its value.${exampleHint}`)];
	}
	return [issueAt(file, place, 'META_INVALID', `"${field}" is not valid: ${zi.message}.`, `Change its value.${exampleHint}`)];
}

function fieldName(path: readonly (string | number)[]): string {
	return path.map((p, i) => (typeof p === 'number' ? `[${p + 1}]` : i ? `.${p}` : p)).join('') || 'file';
}

function article(type: string): string {
	if (type === 'undefined') return 'missing';
	if (type === 'null') return 'empty';
	return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function knownKeys(schema: z.ZodTypeAny): string[] {
	const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
	return shape ? Object.keys(shape) : [];
}
