import { describe, expect, it } from 'vitest';
import { loadRulePack } from '~/lib/lint';

const rule = (fields: string) => `locale: en\nname: Test\nrules:\n  - id: sw/test\n${fields}`;
const VALID = `    category: sex-work
    severity: warning
    avoid: [foo(s)]
    prefer: [bar]
    why: is a test
    source: [{ document: Test, year: 2020 }]
    confidence: V
    examples: { flag: [a foo], pass: [a bar] }
`;

describe('loadRulePack', () => {
	it('reads a valid pack', () => {
		const { pack, issues } = loadRulePack(rule(VALID), 'test.yaml');
		expect(issues).toEqual([]);
		expect(pack.locale).toBe('en');
		expect(pack.rules.map((r) => [r.id, r.line])).toEqual([['sw/test', 4]]);
	});
	it('reports invalid YAML with its line instead of throwing', () => {
		const { pack, issues } = loadRulePack('rules:\n  - id: [unclosed\n', 'bad.yaml');
		expect(pack.rules).toEqual([]);
		expect(issues[0]).toMatchObject({
			code: 'LINT_RULES_YAML',
			file: 'bad.yaml',
			severity: 'error',
		});
	});
	it('skips a rule with wrong fields and names each field', () => {
		const { pack, issues } = loadRulePack(
			rule(VALID.replace('warning', 'fatal').replace('sex-work', 'hiv')),
			't.yaml'
		);
		expect(pack.rules).toEqual([]);
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatchObject({ code: 'LINT_RULE_INVALID', line: 4 });
		expect(issues[0]!.message).toContain('"severity" must be error, warning or info.');
		expect(issues[0]!.message).toContain('"id" must start with "hiv/"');
	});
	it('rejects unpaired brackets in phrases and duplicate ids', () => {
		expect(loadRulePack(rule(VALID.replace('foo(s)', 'foo(s')), 't').issues[0]!.message).toContain(
			'do not pair up'
		);
		const twice = rule(VALID) + `  - id: sw/test\n${VALID}`;
		expect(loadRulePack(twice, 't').issues.map((i) => i.code)).toEqual(['LINT_RULE_DUPLICATE_ID']);
	});
	it('warns when an error-level rule rests on an unverified source', () => {
		const { pack, issues } = loadRulePack(
			rule(VALID.replace('warning', 'error').replace('confidence: V', 'confidence: K')),
			't'
		);
		expect(pack.rules).toHaveLength(1);
		expect(issues.map((i) => [i.code, i.severity])).toEqual([
			['LINT_RULE_UNVERIFIED_ERROR', 'warning'],
		]);
	});
});
