import type { RootContent } from 'mdast';
import { hasErrors, type Issue } from '../issues';
import type { JsxElement } from '../mdx/jsx-attributes';
import { checkKebabId } from './assign-ids';
import { acceptChildren, splitChildren } from './children';
import { readComponentProps, type ComponentProps } from './component-props';
import { extractQuestion } from './extract-question';
import { renderNodes } from './markdown';
import { createReporter, type Reporter } from './report';
import { isGradedType, type Quiz } from './types';
import { isQuestionComponent } from './vocabulary';

/**
 * Builds the quiz model from a `<Quiz>` element of a module's mdast, with every build-time
 * problem as an `Issue`. The quiz is returned only when there is no error, so the build never
 * ships a quiz that cannot be answered right.
 * @example extractQuiz(quizNode, 'courses/respectful-care/01-why.mdx')
 */
export function extractQuiz(node: JsxElement, file: string): { quiz?: Quiz; issues: Issue[] } {
	const r = createReporter(file);
	const props = readComponentProps(node, 'Quiz', r);
	const quiz = readQuizOptions(props, r);
	const { components, markdown } = splitChildren(node.children as RootContent[]);
	const intro = renderNodes(markdown).html;
	if (intro) quiz.introHtml = intro;
	const shuffle = props.boolean('shuffle') ?? false;
	const accepted = acceptChildren('Quiz', components, r);
	for (const child of accepted) {
		const name = child.name ?? '';
		const question = isQuestionComponent(name)
			? extractQuestion(child, name, shuffle, r)
			: undefined;
		if (question) quiz.questions.push(question);
	}
	checkQuestionBank(quiz, accepted.length, props.placeOf('draw'), props.place, r);
	return hasErrors(r.issues) ? { issues: r.issues } : { quiz, issues: r.issues };
}

/** Reads the `<Quiz>` props into a quiz with no questions yet. */
function readQuizOptions(props: ComponentProps, r: Reporter): Quiz {
	const id = props.string('id');
	if (id === undefined) {
		r.report(
			props.place,
			'QUIZ_MISSING_ID',
			'A <Quiz> has no id, so learner results could not be kept or reported.',
			'Add a short kebab-case id that is unique in the course, for example <Quiz id="lives-check">.'
		);
	} else checkKebabId(id, 'a <Quiz>', props.placeOf('id'), r);
	const quiz: Quiz = { id: id ?? '', graded: props.boolean('graded') ?? true, questions: [] };
	const title = props.string('title');
	if (title) quiz.title = title;
	const passMark = props.number('passMark', { min: 0, max: 100 });
	if (passMark !== undefined) quiz.passMark = passMark;
	const attempts = props.number('attempts', { min: 1, integer: true });
	if (attempts !== undefined) quiz.attempts = attempts;
	const draw = props.number('draw', { min: 1, integer: true });
	if (draw !== undefined) quiz.draw = draw;
	return quiz;
}

function checkQuestionBank(
	quiz: Quiz,
	written: number,
	drawPlace: { line?: number; column?: number } | undefined,
	place: { line?: number; column?: number } | undefined,
	r: Reporter
): void {
	const label = quiz.id ? `The <Quiz> "${quiz.id}"` : 'This <Quiz>';
	const seen = new Set<string>();
	for (const q of quiz.questions) {
		if (seen.has(q.id)) {
			r.report(
				{ line: q.line },
				'QUIZ_DUPLICATE_QUESTION_ID',
				`${label} has two questions with the id "${q.id}".`,
				'Give each question its own id; when neither has an id, their prompts are the same, so change one of them.'
			);
		}
		seen.add(q.id);
	}
	if (written === 0) {
		r.report(
			place,
			'QUIZ_EMPTY',
			`${label} has no questions.`,
			'Add questions such as <SingleChoice> or <TrueFalse> inside it, or remove the <Quiz>.'
		);
		return;
	}
	if (quiz.draw !== undefined && quiz.draw > written) {
		r.report(
			drawPlace,
			'QUIZ_DRAW_TOO_LARGE',
			`${label} draws ${quiz.draw} questions per attempt, but it has only ${written}.`,
			`Set draw to ${written} or less, or add more questions.`
		);
	}
	if (
		quiz.graded &&
		quiz.questions.length > 0 &&
		!quiz.questions.some((q) => isGradedType(q.type))
	) {
		r.report(
			place,
			'QUIZ_NOTHING_TO_GRADE',
			`${label} is graded, but reflections and self-ratings are never graded, so there is nothing to score.`,
			'Add graded={false} to make it a practice quiz, or add a question with a right answer.',
			'warning'
		);
	}
}
