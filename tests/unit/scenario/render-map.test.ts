import { create } from 'xmlbuilder2';
import { describe, expect, it } from 'vitest';
import { renderScenarioMap } from '~/lib/scenario/render-map';
import { choice, ending, scenario, scene } from './build-scenario';

const s = {
	...scenario(
		'arrival',
		[
			scene(
				'arrival',
				1,
				choice('private', 'room'),
				choice(
					'blame',
					'left',
					{},
					{ stigmatising: true, text: '"In your line of work, what did you expect?"' }
				)
			),
			scene(
				'room',
				2,
				choice('pep', 'care', {}, { text: 'Offer PEP & emergency contraception <now>' }),
				choice('wait', 'arrival'),
				choice('again', 'room')
			),
		],
		[ending('care', 3, 'good'), ending('left', 4, 'poor'), ending('partial', 5, 'mixed')]
	),
	title: 'An "injection" <for> infection & more',
};

describe('renderScenarioMap', () => {
	const svg = renderScenarioMap(s);

	it('is well-formed XML with a title and description for screen readers', () => {
		expect(() => create(svg)).not.toThrow();
		expect(svg).toMatch(
			/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" role="img" aria-labelledby="scenario-map-test-title scenario-map-test-desc"/
		);
		expect(svg).toContain(
			'<title id="scenario-map-test-title">Scenario map: An &quot;injection&quot; &lt;for&gt; infection &amp; more (test)</title>'
		);
		expect(svg).toContain('<desc id="scenario-map-test-desc">2 scenes, 3 endings and 5 choices.');
	});

	it('draws every scene and ending, endings labelled with their outcome word and coloured', () => {
		for (const id of ['arrival', 'room', 'care', 'left', 'partial'])
			expect(svg).toContain(`data-id="${id}"`);
		expect(svg).toContain('>arrival (start)</text>');
		expect(svg).toContain('>Ending: good</text>');
		expect(svg).toContain('>Ending: poor</text>');
		expect(svg).toContain('>Ending: mixed</text>');
		expect(svg).toMatch(/data-id="care">.*fill="#dafbe1"/);
		expect(svg).toMatch(/data-id="left">.*fill="#ffebe9"/);
	});

	it('draws every choice as a labelled arrow, escaping its text', () => {
		for (const id of ['private', 'blame', 'pep', 'wait', 'again'])
			expect(svg).toContain(`data-choice="${id}"`);
		expect(svg).toContain('>Text of private</text>');
		expect(svg).toContain('>Offer PEP &amp; emergency…</text>');
		expect(svg).toContain('Offer PEP &amp; emergency contraception &lt;now&gt;</title>');
		expect(svg.match(/<path d="M[\d.-]+,[\d.-]+ L[^"]*" fill="none"/g)?.length).toBe(5);
	});

	it('dashes and labels stigmatising choices', () => {
		const blame = svg.split('\n').find((l) => l.includes('data-choice="blame"'))!;
		expect(blame).toContain('stroke-dasharray="6 4"');
		expect(blame).toContain('>Stigmatising: &quot;In your line of work, what…</text>');
		const pep = svg.split('\n').find((l) => l.includes('data-choice="pep"'))!;
		expect(pep).not.toContain('stroke-dasharray');
	});

	it('marks a missing target instead of failing', () => {
		const broken = scenario('a', [scene('a', 1, choice('go', 'nowhere'))], []);
		const out = renderScenarioMap(broken);
		expect(out).toContain('data-id="nowhere"');
		expect(out).toContain('>Missing</text>');
	});
});
