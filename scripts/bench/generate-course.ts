import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes a large synthetic course for the benchmark: `modules` modules of about 800 words,
 * a graded quiz in every fourth module and a role-play in every tenth. `plain` writes the
 * same pages as plain MDX with no PeerCourse blocks, for the plain-Astro comparison.
 */
export function generateCourse(dir: string, modules = 200, plain = false): void {
	mkdirSync(dir, { recursive: true });
	if (!plain) {
		writeFileSync(join(dir, 'course.yaml'), `title: Generated benchmark course\nsummary: A generated course of ${modules} modules for the benchmark.\nlanguage: en\naudience: Benchmark readers\nobjectives:\n  - Measure the build\nestimatedMinutes: ${modules * 10}\nversion: 1.0.0\nlicence: CC0\ncredits:\n  - name: Benchmark\n`);
	}
	for (let i = 1; i <= modules; i++) {
		const parts = [`---\ntitle: Module ${i} on respectful care\nsummary: Generated module ${i}.\nobjectives:\n  - Read generated text ${i}\nestimatedMinutes: 10\n---\n`];
		for (let s = 1; s <= 4; s++) parts.push(`## Section ${s} of module ${i}\n\n${paragraph(i * 10 + s, 200)}\n`);
		if (!plain && i % 4 === 0) parts.push(quiz(i));
		if (!plain && i % 10 === 0) parts.push(scenario(i));
		writeFileSync(join(dir, `${String(i).padStart(3, '0')}-module-${i}.mdx`), parts.join('\n'));
	}
}

const WORDS = 'listen support validate safety referral consent privacy confidential care health worker clinic violence rights dignity choice trust record nurse doctor peer community organisation respect time window prophylaxis counselling voluntary testing condom negotiation police report documentation follow-up protection dignity safe space belief'.split(' ');

function paragraph(seed: number, words: number): string {
	let x = seed;
	const out: string[] = [];
	for (let w = 0; w < words; w++) {
		x = (x * 1103515245 + 12345) % 2147483648;
		out.push(WORDS[x % WORDS.length]!);
	}
	return `${out.join(' ')}.`;
}

function quiz(i: number): string {
	return `<Quiz id="quiz-${i}" title="Check module ${i}">
  <SingleChoice id="q${i}a" prompt="What do you do first when someone discloses violence?">
    <Choice id="a" correct feedback="Yes: listening comes first.">Listen without judgement</Choice>
    <Choice id="b" feedback="Not first: care never depends on a report.">Ask for a police report</Choice>
  </SingleChoice>
  <TrueFalse id="q${i}b" prompt="Care depends on a police report." answer={false} />
</Quiz>
`;
}

function scenario(i: number): string {
	return `<Scenario id="play-${i}" title="Role-play ${i}" start="s1" dimensions="respect">
  <Speaker id="p" name="Asha" />
  <Scene id="s1">
    <Line speaker="p">I need help.</Line>
    <Choice id="a" to="good" scores={{ respect: 1 }} feedback="She feels heard.">Ask what she needs.</Choice>
    <Choice id="b" to="poor" scores={{ respect: -1 }} feedback="She feels judged.">Ask why she is here.</Choice>
  </Scene>
  <Ending id="good" outcome="good" title="Heard">She got the care she asked for.</Ending>
  <Ending id="poor" outcome="poor" title="Left">She left without care.</Ending>
</Scenario>
`;
}
