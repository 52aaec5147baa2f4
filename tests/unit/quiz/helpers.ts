import { visit } from 'unist-util-visit';
import type { JsxElement } from '~/lib/mdx/jsx-attributes';
import { parseMdx } from '~/lib/mdx/parse-mdx';
import { extractQuiz } from '~/lib/quiz/extract-quiz';
import type { Quiz } from '~/lib/quiz/types';

export const FILE = 'courses/respectful-care/01-why.mdx';

/** Finds the first `<Quiz>` element of an MDX module. */
export function findQuizNode(mdx: string): JsxElement {
	let found: JsxElement | undefined;
	visit(parseMdx(mdx), (node) => {
		if (
			!found &&
			(node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
			(node as JsxElement).name === 'Quiz'
		) {
			found = node as JsxElement;
		}
	});
	if (!found) throw new Error('no <Quiz> in test MDX');
	return found;
}

/** Extracts the first quiz of an MDX module. */
export function extract(mdx: string) {
	return extractQuiz(findQuizNode(mdx), FILE);
}

/** Extracts a quiz that must have no issues at all. */
export function extractClean(mdx: string): Quiz {
	const { quiz, issues } = extract(mdx);
	if (issues.length || !quiz)
		throw new Error(`unexpected issues: ${JSON.stringify(issues, null, 1)}`);
	return quiz;
}

/** Collapses whitespace so HTML can be compared without caring about line breaks. */
export function squash(html: string | undefined): string | undefined {
	return html?.replace(/\s+/g, ' ');
}

/** A small quiz with one question of every kind. */
export const SAMPLE = `---
title: Why this matters
---

# First-line support

<Quiz id="lives-check" title="Check your understanding" passMark={75} attempts={2} shuffle>
  Answer from what the module said.

  <SingleChoice id="night-shift" prompt="Meena asks only for *an injection* and keeps looking at the door. What do you do first?">
    <Choice correct feedback="Yes: **privacy** comes first.">Move to a private room and ask what she needs</Choice>
    <Choice feedback="Reporting is *her* choice.">Ask her to file a police report first</Choice>
    <Choice>Give an antibiotic and send her home</Choice>
    <Feedback correct="Well done." incorrect="Look again at [LIVES](https://example.org/lives)." />
    <Explanation>
      LIVES starts with **Listen**:

      - private room
      - no judgement
    </Explanation>
  </SingleChoice>

  <MultipleChoice id="pep-care" partial="Some of these are right.">
    Which can you offer **30 hours** after the assault?

    <Choice correct>HIV post-exposure prophylaxis</Choice>
    <Choice correct>Emergency contraception</Choice>
    <Choice correct>Hepatitis B vaccine</Choice>
    <Choice>Nothing until she reports to the police</Choice>
  </MultipleChoice>

  <TrueFalse id="disclose-job" answer={false} prompt="A sex worker must disclose her job to get care." />

  <Ordering id="lives-order" prompt="Put the LIVES steps in order.">
    <Step>Listen</Step>
    <Step>Inquire about needs and concerns</Step>
    <Step>Validate</Step>
    <Step>Enhance safety</Step>
    <Step>Support</Step>
  </Ordering>

  <Matching id="time-windows" prompt="Match each care to its time window.">
    <Pair left="HIV PEP" right="No later than 72 hours" />
    <Pair left="Emergency contraception" right="Up to 120 hours" />
    <Pair left="Hepatitis B vaccine">As per national guidelines</Pair>
  </Matching>

  <Reflection id="own-attitudes" prompt="Think of a time you judged a patient. What would you do now?" />

  <SelfRating id="confidence" prompt="How confident are you offering first-line support?" minLabel="Not at all" maxLabel="Very" phase="before" />
</Quiz>
`;
