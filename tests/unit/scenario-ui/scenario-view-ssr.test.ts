import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { t, type MessageKey } from '~/i18n/t';
import { reachableTotals } from '~/lib/scenario/reachable-totals';
import ScenarioView from '~/components/islands/ScenarioView';
import { prepareScenario } from '~/components/islands/scenario/prepare-scenario';
import { KEEP_PLACEHOLDERS, SCENARIO_STRING_KEYS, type ScenarioStrings } from '~/components/islands/scenario/strings';
import { loadFixtureScenario } from './load-fixture';

// The island's server rendering is the no-JavaScript fallback of a role-play.
const scenario = loadFixtureScenario();
const strings = Object.fromEntries(
	Object.entries(SCENARIO_STRING_KEYS).map(([name, key]) => [name, t('en', key as MessageKey, KEEP_PLACEHOLDERS)])
) as ScenarioStrings;
const html = renderToStaticMarkup(
	createElement(ScenarioView, {
		scenario: prepareScenario(scenario),
		totals: reachableTotals(scenario),
		portraits: { meena: { src: '/_astro/meena.webp', width: 112, height: 112 } },
		courseId: 'care-practice',
		moduleId: 'night-shift',
		strings,
	})
);

describe('ScenarioView on the server', () => {
	it('shows the introduction and the first scene, with the speaker named and described', () => {
		expect(html).toContain('You are the doctor on night duty in a district hospital.');
		expect(html).toContain('<h3 class="scenario-turn-title" tabindex="-1" data-current-heading="true">2 a.m., emergency department</h3>');
		expect(html).toContain('<p class="scenario-speaker">Meena</p>');
		expect(html).toContain('src="/_astro/meena.webp" width="112" height="112" alt="A woman with dark hair in a green top"');
	});

	it('keeps thoughts hidden until the learner answers', () => {
		expect(html).not.toContain('If they find out what I do');
	});

	it('lists the responses as text, not as buttons that would not work without JavaScript', () => {
		expect(html).not.toContain('<button');
		expect(html).toContain('The responses you can choose from:');
		expect(html).toContain('<li>Ask her quietly to come to a private room.</li>');
		expect(html).not.toContain('role="group"');
	});

	it('renders the conversation log silent until the learner’s run is restored', () => {
		expect(html).toContain('role="log" aria-live="off" aria-label="Conversation"');
	});

	it('fills translated labels without leaving placeholders', () => {
		expect(strings.thinks).toBe('{speaker} thinks');
		expect(strings.endingTitle).toBe('Ending: {title}');
		expect(html).not.toMatch(/\{(speaker|title)\}/);
	});
});
