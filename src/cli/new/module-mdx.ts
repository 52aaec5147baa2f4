import { yamlScalar } from './yaml-scalar';

/** What `peercourse new module` asks for. */
export interface NewModuleAnswers {
	title: string;
	/** Kebab-case; also prefixes the quiz, question and role-play ids, which must be unique in the course. */
	slug: string;
}

/**
 * A module with a worked example of every component: Callout, Term, a graded quiz with one
 * question of each kind, and a role-play with two scenes and two endings. It passes
 * `peercourse check` as written, so trainers can preview it at once and edit from there.
 */
export function renderModuleMdx({ title, slug }: NewModuleAnswers): string {
	return `---
# Module details. Each field is explained in README.md#module-frontmatter.
title: ${yamlScalar(title)}
summary: Replace this with one sentence about what this module teaches.
objectives:
  - Replace this with something the learner will be able to do after this module
estimatedMinutes: 15
# Add "draft: true" to keep this module out of the published site while you write it.
---

{/*
  This module is a worked example of every PeerCourse component. Keep what you need, write the
  text in your own words, and delete the rest. Notes like this one are never shown to learners.

  Write text in Markdown: **bold**, *italics*, lists, tables and ## headings.
  Link to another module of the course like this: [first-line support](../first-line-support/)
  Add a picture like this, saved in the images folder, and say what it shows:
  ![Two nurses talking with a woman in a clinic](./images/clinic.jpg)
*/}

Most people who come to a clinic after violence ask for one thing first. Listen to what they
ask for, then explain the care you can offer and how long each option stays open.

<Callout type="tip" title="Good practice">
Ask before every step: before an examination, before a test, and before you write anything down.
Consent is part of the care. A callout has a \`type\`: \`note\`, \`tip\` or \`warning\`.
</Callout>

## Words matter

Say "sex worker". Avoid <Term>prostitute</Term>: it carries moral judgement and does not describe
sex work as work. Use \`<Term>\` when you mention a word rather than use it.

## Check your understanding

{/*
  A graded quiz with one question of each kind. Ids are kebab-case and must be unique in the
  course: learner progress and LMS reports are kept by id. Mark right answers with "correct".
*/}

<Quiz id="${slug}-check" title="Check your understanding" passMark={80}>
  <SingleChoice id="${slug}-first-step" prompt="Someone says a client hurt them last night. What do you do first?">
    <Choice correct feedback="Yes: a private place and listening come first.">Move to a private place and listen</Choice>
    <Choice feedback="Reporting is their choice, and care never depends on it.">Ask them to report it to the police</Choice>
  </SingleChoice>

  <MultipleChoice id="${slug}-consent" prompt="When do you ask for consent? Choose all that apply." partial="Some of these are right.">
    <Choice correct>Before an examination</Choice>
    <Choice correct>Before an HIV test</Choice>
    <Choice>Only when the person is under 18</Choice>
  </MultipleChoice>

  <TrueFalse id="${slug}-police-report" answer={false} prompt="A person must report violence to the police before they can get care." />

  <Ordering id="${slug}-lives-order" prompt="Put the first three steps of LIVES in order.">
    <Step>Listen</Step>
    <Step>Inquire about needs and concerns</Step>
    <Step>Validate</Step>
  </Ordering>

  <Matching id="${slug}-time-windows" prompt="Match each care to its time window.">
    <Pair left="HIV post-exposure prophylaxis (PEP)" right="No later than 72 hours" />
    <Pair left="Emergency contraception" right="Up to 120 hours" />
  </Matching>

  <Reflection id="${slug}-reflection" prompt="What will you do differently on your next shift?" />

  <SelfRating id="${slug}-confidence" prompt="How confident do you feel about listening without judgement?" minLabel="Not at all" maxLabel="Very" />
</Quiz>

## Practise a conversation

{/*
  A role-play: the learner plays the health worker. Each <Choice> leads "to" a scene or an
  ending and can add points on the dimensions. Every ending needs a debrief. Mark a
  deliberately wrong, stigmatising answer with "stigmatising" and explain it in its feedback.
*/}

<Scenario id="${slug}-role-play" title="A request at the front desk" start="front-desk" dimensions="respect, safety">
  You work at the front desk of a clinic. Read each scene, then choose what you say.

  <Speaker id="asha" name="Asha" />

  <Scene id="front-desk" title="At the front desk">
    <Narration>The waiting room is full. Asha waits until the queue is empty.</Narration>
    <Line speaker="asha">I need to see someone, but I do not want to say why out here.</Line>
    <Choice id="private-room" to="private-room" scores={{ respect: 2, safety: 1 }} feedback="Privacy lets her decide what to share.">Offer to talk in a private room.</Choice>
    <Choice id="ask-here" to="left" scores={{ respect: -1, safety: -1 }} feedback="Everyone in the waiting room could hear her answer.">Ask her to explain at the desk.</Choice>
  </Scene>

  <Scene id="private-room" title="In a private room">
    <Line speaker="asha">A client hurt me last night.</Line>
    <Thought speaker="asha">Will they still help me if they know what I do?</Thought>
    <Choice id="offer-care" to="good-care" scores={{ respect: 1, safety: 1 }} feedback="You let her lead and offered care without conditions.">Thank her for telling you, and explain the care she can have today.</Choice>
    <Choice id="blame" to="left" scores={{ respect: -2 }} stigmatising feedback="This question blames her. Violence is never the fault of the person who was hurt.">"What did you do to make him angry?"</Choice>
  </Scene>

  <Ending id="good-care" outcome="good" title="She gets care">
    Asha got care the same day and knows she can come back. **Why it worked:** privacy first,
    then listening, then care without conditions.
  </Ending>

  <Ending id="left" outcome="poor" title="She leaves without care">
    Asha left without care. Being questioned in public, or blamed, keeps people away from
    health services, even when they need urgent care.
  </Ending>
</Scenario>
`;
}
