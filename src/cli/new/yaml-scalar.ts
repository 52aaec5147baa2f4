import { stringify } from 'yaml';

/** A string as a one-line YAML value, quoted only when YAML needs it (`Care: a guide` → `"Care: a guide"`). */
export function yamlScalar(text: string): string {
	return stringify(text, { lineWidth: 0 }).trimEnd();
}
