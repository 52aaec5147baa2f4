import { describe, expect, it } from 'vitest';
import { validateScenarioGraph } from '~/lib/scenario/validate-graph';
import { choice, ending, scenario, scene } from './build-scenario';

const codes = (s: Parameters<typeof validateScenarioGraph>[0]) =>
	validateScenarioGraph(s, 'm.mdx').map((i) => [i.code, i.line, i.severity]);

describe('validateScenarioGraph', () => {
	it('accepts a sound graph, including a loop that has an exit', () => {
		const s = scenario(
			'a',
			[
				scene('a', 2, choice('next', 'b'), choice('stop', 'end')),
				scene('b', 5, choice('back', 'a')),
			],
			[ending('end', 9)]
		);
		expect(validateScenarioGraph(s, 'm.mdx')).toEqual([]);
	});

	it('names an unknown target and suggests the closest id', () => {
		const s = scenario(
			'a',
			[scene('a', 2, choice('go', 'privat-room', {}, { line: 3 }))],
			[ending('private-room', 6)]
		);
		const issues = validateScenarioGraph(s, 'm.mdx');
		const unknown = issues.find((i) => i.code === 'SCENARIO_UNKNOWN_TARGET')!;
		expect(unknown).toMatchObject({ file: 'm.mdx', line: 3, severity: 'error' });
		expect(unknown.message).toContain('Did you mean "private-room"?');
		// The unknown target alone explains the problem: no extra trap-loop report for "a".
		expect(issues.map((i) => i.code)).not.toContain('SCENARIO_TRAP_LOOP');
	});

	it('warns about scenes and endings that cannot be reached', () => {
		const s = scenario(
			'a',
			[scene('a', 2, choice('x', 'end')), scene('orphan', 5, choice('y', 'end'))],
			[ending('end', 8), ending('never', 10)]
		);
		expect(codes(s)).toEqual([
			['SCENARIO_UNREACHABLE', 5, 'warning'],
			['SCENARIO_UNREACHABLE', 10, 'warning'],
		]);
	});

	it('reports a dead end', () => {
		const s = scenario(
			'a',
			[scene('a', 2, choice('x', 'stuck'), choice('y', 'end')), scene('stuck', 6)],
			[ending('end', 9)]
		);
		expect(codes(s)).toEqual([['SCENARIO_DEAD_END', 6, 'error']]);
	});

	it('reports every scene of a loop without an exit, and nothing for the scene that can leave', () => {
		const s = scenario(
			'a',
			[
				scene('a', 2, choice('in', 'b'), choice('out', 'end')),
				scene('b', 5, choice('on', 'c')),
				scene('c', 8, choice('round', 'b')),
			],
			[ending('end', 11)]
		);
		expect(codes(s)).toEqual([
			['SCENARIO_TRAP_LOOP', 5, 'error'],
			['SCENARIO_TRAP_LOOP', 8, 'error'],
		]);
	});

	it('reports a self-loop with no other way out', () => {
		const s = scenario('a', [scene('a', 2, choice('again', 'a'))], [ending('end', 4)]);
		expect(codes(s)).toEqual([
			['SCENARIO_UNREACHABLE', 4, 'warning'],
			['SCENARIO_TRAP_LOOP', 2, 'error'],
		]);
	});

	it('reports a scenario without endings once', () => {
		const s = scenario('a', [scene('a', 2, choice('again', 'a'))], []);
		expect(codes(s)).toEqual([['SCENARIO_NO_ENDING', 1, 'error']]);
	});

	it('reports duplicate scene and ending ids, and duplicate choice ids in a scene', () => {
		const s = scenario(
			'a',
			[
				scene('a', 2, choice('x', 'end', {}, { line: 3 }), choice('x', 'end', {}, { line: 4 })),
				scene('end', 6, choice('z', 'end')),
			],
			[ending('end', 9)]
		);
		expect(codes(s)).toEqual([
			['SCENARIO_DUPLICATE_ID', 9, 'error'],
			['SCENARIO_DUPLICATE_CHOICE_ID', 4, 'error'],
		]);
	});

	it('reports scores on undeclared dimensions with a suggestion', () => {
		const s = scenario(
			'a',
			[scene('a', 2, choice('x', 'end', { respekt: 1 }, { line: 3 }))],
			[ending('end', 5)]
		);
		const [issue] = validateScenarioGraph(s, 'm.mdx');
		expect(issue).toMatchObject({ code: 'SCENARIO_UNDECLARED_DIMENSION', line: 3 });
		expect(issue!.message).toContain('Did you mean "respect"?');
	});

	it('reports a missing start with the first scene as hint, and an unknown start with a suggestion', () => {
		const scenes = [scene('arrival', 2, choice('x', 'end'))];
		const missing = validateScenarioGraph(scenario('', scenes, [ending('end', 5)]), 'm.mdx');
		expect(missing.map((i) => [i.code, i.line])).toEqual([['SCENARIO_MISSING_START', 1]]);
		expect(missing[0]!.hint).toContain('start="arrival"');
		const unknown = validateScenarioGraph(scenario('arival', scenes, [ending('end', 5)]), 'm.mdx');
		expect(unknown.map((i) => i.code)).toEqual(['SCENARIO_UNKNOWN_START']);
		expect(unknown[0]!.message).toContain('Did you mean "arrival"?');
		const atEnding = validateScenarioGraph(scenario('end', scenes, [ending('end', 5)]), 'm.mdx');
		expect(atEnding[0]!.message).toContain('is an ending');
	});

	it('warns on a choice without feedback, but fails a stigmatising one', () => {
		const s = scenario(
			'a',
			[
				scene(
					'a',
					2,
					choice('plain', 'end', {}, { line: 3, feedbackHtml: undefined }),
					choice('blame', 'end', {}, { line: 4, feedbackHtml: undefined, stigmatising: true })
				),
			],
			[ending('end', 6)]
		);
		expect(codes(s)).toEqual([
			['SCENARIO_CHOICE_NO_FEEDBACK', 3, 'warning'],
			['SCENARIO_STIGMATISING_NO_FEEDBACK', 4, 'error'],
		]);
	});

	it('reports an ending without a debrief', () => {
		const s = scenario('a', [scene('a', 2, choice('x', 'end'))], [ending('end', 5, 'poor', '  ')]);
		expect(codes(s)).toEqual([['SCENARIO_ENDING_NO_DEBRIEF', 5, 'error']]);
	});
});
