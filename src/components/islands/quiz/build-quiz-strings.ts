import type { MessageKey } from '../../../i18n/t';
import { passMarkOf, type Quiz } from '../../../lib/quiz/runtime';
import type { QuizStrings } from './strings';

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/**
 * Translates a quiz island's interface words on the server (QuizBlock.astro). Counts known
 * at build time (pass mark, attempts, draw) are resolved here with ICU plurals; values only
 * the browser knows stay as `{placeholders}`.
 */
export function buildQuizStrings(t: Translate, quiz: Quiz): QuizStrings {
	const keep = (...names: string[]) => Object.fromEntries(names.map((n) => [n, `{${n}}`]));
	const limit = quiz.attempts ?? 0;
	const strings: QuizStrings = {
		title: t('quiz.title'),
		practice: t('quiz.practice'),
		passMark: t('quiz.passMark', { passMark: passMarkOf(quiz) }),
		attemptOf: t('quiz.attemptOf', keep('current', 'total')),
		attemptNumber: t('quiz.attemptNumber', keep('current')),
		attemptsLeft: Array.from({ length: limit + 1 }, (_, count) => t('quiz.attemptsLeft', { count })),
		unlimited: t('quiz.unlimited'),
		questionOf: t('quiz.questionOf', keep('position', 'total')),
		check: t('quiz.check', keep('position')),
		result: {
			correct: t('quiz.result.correct'),
			partial: t('quiz.result.partial'),
			incorrect: t('quiz.result.incorrect'),
			neutral: t('quiz.result.neutral'),
		},
		feedback: {
			correct: t('quiz.feedback.correct'),
			partial: t('quiz.feedback.partial'),
			incorrect: t('quiz.feedback.incorrect'),
		},
		needChoice: t('quiz.need.choice'),
		needMatches: t('quiz.need.matches'),
		needText: t('quiz.need.text'),
		needRating: t('quiz.need.rating'),
		true: t('quiz.true'),
		false: t('quiz.false'),
		moveUp: t('quiz.moveUp', keep('step')),
		moveDown: t('quiz.moveDown', keep('step')),
		moved: t('quiz.moved', keep('step', 'position', 'total')),
		orderHint: t('quiz.orderHint'),
		choose: t('quiz.choose'),
		reflectionLabel: t('quiz.reflection.label'),
		reflectionSaved: t('quiz.reflection.saved'),
		yourAnswer: t('quiz.yourAnswer'),
		rightAnswer: t('quiz.rightAnswer'),
		rightOrder: t('quiz.rightOrder'),
		rightMatch: t('quiz.rightMatch', keep('answer')),
		resultHeading: t('quiz.resultHeading'),
		attemptScore: t('quiz.attemptScore', keep('score')),
		bestScore: t('quiz.bestScore', { ...keep('score'), passMark: passMarkOf(quiz) }),
		status: {
			passed: t('quiz.status.passed'),
			retry: t('quiz.status.retry'),
			failed: t('quiz.status.failed'),
			completed: t('quiz.status.completed'),
		},
		tryAgain: t('quiz.tryAgain'),
		showReview: t('quiz.showReview'),
		hideReview: t('quiz.hideReview'),
	};
	if (quiz.draw !== undefined && quiz.draw < quiz.questions.length) {
		strings.draw = t('quiz.draw', { draw: quiz.draw, total: quiz.questions.length });
	}
	return strings;
}
