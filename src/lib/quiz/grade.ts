import { isValidAnswer, type Answer } from './answers';
import {
	isGradedType,
	type MatchingQuestion,
	type MultipleChoiceQuestion,
	type OrderingQuestion,
	type Question,
	type Quiz,
} from './types';
import { DEFAULT_PASS_MARK } from './vocabulary';

/** How an answer did. `neutral` is for reflections and self-ratings, which are never graded. */
export type QuestionResult = 'correct' | 'partial' | 'incorrect' | 'neutral';

/** The grade of one answer: the result and the credit earned, 0…1. */
export interface QuestionGrade {
	result: QuestionResult;
	score: number;
}

/**
 * Grades one answer. A missing or malformed answer to a graded question is incorrect (0).
 * Partial credit (see README):
 * - multiple choice: (right picks − wrong picks) ÷ number of right choices, floored at 0;
 * - ordering: share of the right order's neighbouring pairs (A→B, B→C…) that the learner
 *   also placed next to each other in that order;
 * - matching: share of left items matched to their own right item.
 * Single choice and true/false are all or nothing.
 */
export function gradeQuestion(question: Question, answer: Answer | undefined): QuestionGrade {
	if (!isGradedType(question.type)) return { result: 'neutral', score: 0 };
	if (answer === undefined || !isValidAnswer(question, answer))
		return { result: 'incorrect', score: 0 };
	return toGrade(scoreAnswer(question, answer));
}

function scoreAnswer(question: Question, answer: Answer): number {
	switch (question.type) {
		case 'single-choice':
			return question.choices.some((c) => c.correct && c.id === answer) ? 1 : 0;
		case 'true-false':
			return answer === question.answer ? 1 : 0;
		case 'multiple-choice':
			return scoreMultiple(question, answer as string[]);
		case 'ordering':
			return scoreOrdering(question, answer as string[]);
		case 'matching':
			return scoreMatching(question, answer as Record<string, string>);
		default:
			return 0;
	}
}

function scoreMultiple(q: MultipleChoiceQuestion, picked: readonly string[]): number {
	const right = new Set(q.choices.filter((c) => c.correct).map((c) => c.id));
	const hits = picked.filter((id) => right.has(id)).length;
	return Math.max(0, (hits - (picked.length - hits)) / right.size);
}

function scoreOrdering(q: OrderingQuestion, order: readonly string[]): number {
	const ids = q.steps.map((s) => s.id);
	if (ids.length < 2) return 1;
	let kept = 0;
	for (let i = 0; i + 1 < ids.length; i++) {
		const at = order.indexOf(ids[i]!);
		if (at !== -1 && order[at + 1] === ids[i + 1]) kept++;
	}
	return kept / (ids.length - 1);
}

function scoreMatching(q: MatchingQuestion, matches: Readonly<Record<string, string>>): number {
	if (q.pairs.length === 0) return 1;
	return q.pairs.filter((p) => matches[p.id] === p.id).length / q.pairs.length;
}

function toGrade(score: number): QuestionGrade {
	const rounded = Math.round(score * 10000) / 10000;
	if (rounded >= 1) return { result: 'correct', score: 1 };
	if (rounded <= 0) return { result: 'incorrect', score: 0 };
	return { result: 'partial', score: rounded };
}

/** The grade of a set of answers. */
export interface QuizGrade {
	/** Mean credit of the graded questions asked, as a percent rounded to 2 decimals. */
	percent: number;
	/** Whether `percent` reaches the pass mark. */
	passed: boolean;
	/** Grade of each question asked, by question id. */
	questions: Record<string, QuestionGrade>;
	/** How many of the questions asked are graded. */
	gradedCount: number;
}

/**
 * Grades the answers to the questions asked (all, or the ones drawn for the attempt). The
 * percent is the mean credit of graded questions: each weighs the same. With no graded
 * question the percent is 100, so a quiz of reflections never blocks a learner.
 */
export function gradeQuiz(
	quiz: Quiz,
	answers: Readonly<Record<string, Answer>>,
	asked?: readonly string[]
): QuizGrade {
	const questions = asked ? quiz.questions.filter((q) => asked.includes(q.id)) : quiz.questions;
	const grades: Record<string, QuestionGrade> = {};
	let total = 0;
	let gradedCount = 0;
	for (const q of questions) {
		const g = gradeQuestion(q, answers[q.id]);
		grades[q.id] = g;
		if (g.result === 'neutral') continue;
		total += g.score;
		gradedCount++;
	}
	const percent = gradedCount ? roundPercent((total / gradedCount) * 100) : 100;
	return { percent, passed: percent >= passMarkOf(quiz), questions: grades, gradedCount };
}

/** The pass mark in force: the quiz's own, else the default (80). */
export function passMarkOf(quiz: Quiz): number {
	return quiz.passMark ?? DEFAULT_PASS_MARK;
}

/** Fills in the course's pass mark where the quiz sets none (call once at build time). */
export function withCoursePassMark(quiz: Quiz, coursePassMark: number | undefined): Quiz {
	return quiz.passMark !== undefined || coursePassMark === undefined
		? quiz
		: { ...quiz, passMark: coursePassMark };
}

/** Rounds a percent to 2 decimals (what LMSes accept), so pass/fail matches what is shown. */
export function roundPercent(value: number): number {
	return Math.round(value * 100) / 100;
}
