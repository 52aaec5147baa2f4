import { describe, expect, it } from 'vitest';
import { parseMdx } from '~/lib/mdx/parse-mdx';
import { extractScenario } from '~/lib/scenario/extract-scenario';

/** Parses MDX and extracts its first `<Scenario>`. */
function extract(mdx: string) {
	const node = parseMdx(mdx).children.find((n) => 'name' in n && n.name === 'Scenario');
	return extractScenario(node as never, 'courses/care/02-night.mdx');
}
const codes = (mdx: string) => extract(mdx).issues.map((i) => [i.code, i.line]);

const NIGHT_SHIFT = `# Night shift

<Scenario id="night-shift" title="An injection for infection" start="arrival" dimensions="respect, safety, clinical care" allowBack>
  You are the doctor on night duty.

  <Speaker id="meena" name="Meena" portrait="./images/meena.png" alt="A woman in her twenties" />
  <Speaker id="nurse" name="Nurse Rani" />

  <Scene id="arrival" title="2 a.m.">
    <Narration>It is 2 a.m. in the emergency department.</Narration>
    <Line speaker="meena">I just need an *injection* so I don't get infection.</Line>
    <Thought speaker="meena">If they find out what I do, they will send me away.</Thought>
    <Thought speaker="meena" reveal="now">She keeps looking at the door.</Thought>
    <Choice to="room" scores={{ respect: 2, safety: 1 }} feedback="Privacy lets her **speak**.">Ask her quietly to come to a private room.</Choice>
    <Choice id="blame" to="left" scores={{ respect: -2 }} stigmatising feedback="Blaming her is stigmatising.">"In your line of work, what did you expect?"</Choice>
  </Scene>

  <Scene id="room">
    She sits down and looks at the floor.

    <Choice to="care" scores={{ clinicalCare: 2 }}>
      Offer **PEP**, emergency contraception and STI prophylaxis.

      <Feedback>She is inside the 72-hour window for PEP.</Feedback>
    </Choice>
  </Scene>

  <Ending id="care" outcome="good" title="She gets the care she came for">
    <Line speaker="meena">Thank you.</Line>
    Debrief in **Markdown**.
  </Ending>
  <Ending id="left" outcome="poor" title="She leaves without care">
    She will not come back.
  </Ending>
</Scenario>
`;

describe('extractScenario', () => {
	it('builds the model from inline MDX', () => {
		const { scenario, issues } = extract(NIGHT_SHIFT);
		expect(issues).toEqual([]);
		expect(scenario).toMatchObject({
			id: 'night-shift',
			title: 'An injection for infection',
			start: 'arrival',
			allowBack: true,
		});
		expect(scenario!.introHtml).toBe('You are the doctor on night duty.');
		expect(scenario!.dimensions).toEqual([
			{ id: 'respect', name: 'respect' },
			{ id: 'safety', name: 'safety' },
			{ id: 'clinical-care', name: 'clinical care' },
		]);
		expect(scenario!.speakers).toEqual([
			{
				id: 'meena',
				name: 'Meena',
				portrait: './images/meena.png',
				alt: 'A woman in her twenties',
			},
			{ id: 'nurse', name: 'Nurse Rani' },
		]);
		const [arrival, room] = scenario!.scenes;
		expect(arrival!.beats).toEqual([
			{ kind: 'narration', html: 'It is 2 a.m. in the emergency department.' },
			{
				kind: 'line',
				speaker: 'meena',
				html: "I just need an <em>injection</em> so I don't get infection.",
			},
			{
				kind: 'thought',
				speaker: 'meena',
				html: 'If they find out what I do, they will send me away.',
				reveal: 'after',
			},
			{ kind: 'thought', speaker: 'meena', html: 'She keeps looking at the door.', reveal: 'now' },
		]);
		expect(
			arrival!.choices.map((c) => [
				c.id,
				c.to,
				c.scores,
				c.feedbackHtml,
				c.stigmatising,
				c.place?.line,
			])
		).toEqual([
			[
				'ask-her-quietly-to',
				'room',
				{ respect: 2, safety: 1 },
				'Privacy lets her <strong>speak</strong>.',
				false,
				14,
			],
			['blame', 'left', { respect: -2 }, 'Blaming her is stigmatising.', true, 15],
		]);
		expect(room!.title).toBe('She sits down and looks at the floor.');
		expect(room!.beats).toEqual([
			{ kind: 'narration', html: 'She sits down and looks at the floor.' },
		]);
		expect(room!.choices[0]).toMatchObject({
			id: 'offer-pep-emergency',
			html: 'Offer <strong>PEP</strong>, emergency contraception and STI prophylaxis.',
			text: 'Offer PEP, emergency contraception and STI prophylaxis.',
			scores: { 'clinical-care': 2 },
			feedbackHtml: 'She is inside the 72-hour window for PEP.',
		});
		expect(
			scenario!.endings.map((e) => [e.id, e.outcome, e.title, e.debriefHtml, e.beats.length])
		).toEqual([
			[
				'care',
				'good',
				'She gets the care she came for',
				'Debrief in <strong>Markdown</strong>.',
				1,
			],
			['left', 'poor', 'She leaves without care', 'She will not come back.', 0],
		]);
		// The model travels to the island as JSON.
		expect(JSON.parse(JSON.stringify(scenario))).toEqual(scenario);
	});

	it('suggests the right name for a misspelt component or prop', () => {
		const mdx = `<Scenario id="s" title="S" start="a" dimensions="respect">
  <Scene id="a">
    <Choise to="end">Go</Choise>
    <Choice to="end" feedbak="x" feedback="y">Go</Choice>
  </Scene>
  <Ending id="end" outcome="good" title="E">Done.</Ending>
</Scenario>`;
		const { issues } = extract(mdx);
		expect(issues.map((i) => [i.code, i.line, i.column])).toEqual([
			['SCENARIO_UNKNOWN_COMPONENT', 3, 5],
			['SCENARIO_UNKNOWN_PROP', 4, 22],
		]);
		expect(issues[0]!.message).toBe(
			'<Choise> is not a role-play component. Did you mean "Choice"?'
		);
		expect(issues[1]!.message).toBe('<Choice> has no prop "feedbak". Did you mean "feedback"?');
		expect(issues[0]!.file).toBe('courses/care/02-night.mdx');
	});

	it('reports misplaced components, unknown speakers and missing alt text', () => {
		const mdx = `<Scenario id="s" title="S" start="a">
  <Speaker id="meena" name="Meena" portrait="m.png" />
  <Choice to="a">Stray</Choice>
  <Scene id="a">
    <Line speaker="mena">Hello</Line>
    <Choice to="end" feedback="f">Go</Choice>
  </Scene>
  <Ending id="end" outcome="good" title="E">Done.</Ending>
</Scenario>`;
		const { issues } = extract(mdx);
		expect(issues.map((i) => [i.code, i.line])).toEqual([
			['SCENARIO_MISPLACED_COMPONENT', 3],
			['SCENARIO_MISSING_ALT', 2],
			['SCENARIO_UNKNOWN_SPEAKER', 5],
		]);
		expect(issues[2]!.message).toContain('Did you mean "meena"?');
	});

	it('checks ids, outcomes, scores and required props', () => {
		const mdx = `<Scenario id="Night_Shift" title="S" start="a" dimensions="respect, safety">
  <Scene id="a">
    <Choice to="end" scores={{ respec: 1 }} feedback="f">One</Choice>
    <Choice to="end" scores={{ safety: 1.5 }} feedback="f">Two</Choice>
    <Choice to="end" scores="lots" feedback="f">Three</Choice>
    <Choice feedback="f">Four</Choice>
  </Scene>
  <Ending id="end" outcome="godo" title="E">Done.</Ending>
</Scenario>`;
		const { issues, scenario } = extract(mdx);
		expect(issues.map((i) => [i.code, i.line])).toEqual([
			['SCENARIO_BAD_ID', 1],
			['SCENARIO_UNDECLARED_DIMENSION', 3],
			['SCENARIO_BAD_SCORES', 4],
			['SCENARIO_BAD_SCORES', 5],
			['SCENARIO_MISSING_PROP', 6],
			['SCENARIO_BAD_VALUE', 8],
		]);
		expect(issues[0]!.hint).toContain('id="night-shift"');
		expect(issues[1]!.message).toContain('Did you mean "respect"?');
		expect(issues[5]!.message).toContain('Did you mean "good"?');
		expect(scenario!.scenes[0]!.choices).toHaveLength(3);
	});

	it('runs graph validation on the extracted model, with lines from the MDX', () => {
		const mdx = `<Scenario id="s" title="S" start="a">
  <Scene id="a">
    <Choice to="ende" feedback="f">Go</Choice>
    <Choice to="end" stigmatising>Blame her</Choice>
  </Scene>
  <Scene id="b">
    <Narration>Nobody gets here.</Narration>
  </Scene>
  <Ending id="end" outcome="poor" title="E"></Ending>
</Scenario>`;
		expect(codes(mdx)).toEqual([
			['SCENARIO_UNKNOWN_TARGET', 3],
			['SCENARIO_STIGMATISING_NO_FEEDBACK', 4],
			['SCENARIO_DEAD_END', 6],
			['SCENARIO_ENDING_NO_DEBRIEF', 9],
			['SCENARIO_UNREACHABLE', 6],
		]);
	});

	it('reports a missing start and a scenario without endings', () => {
		const mdx = `<Scenario id="s" title="S">
  <Scene id="a">
    <Choice to="a" feedback="f">Again</Choice>
  </Scene>
</Scenario>`;
		expect(codes(mdx)).toEqual([
			['SCENARIO_NO_ENDING', 1],
			['SCENARIO_MISSING_START', 1],
		]);
	});

	it('returns issues but no model when the scenario has no id', () => {
		const result = extract('<Scenario title="S" start="a"></Scenario>');
		expect(result.scenario).toBeUndefined();
		expect(result.issues.map((i) => i.code)).toEqual(['SCENARIO_MISSING_PROP']);
	});
});
