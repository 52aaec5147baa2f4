/**
 * What the quiz island and the tracker need in the browser: grading, attempt reducers,
 * progress, review and records. Import from here, not from `./index`, so the island's bundle
 * never pulls in the MDX parser that extraction uses.
 */
export type * from './types';
export { isGradedType } from './types';
export { DEFAULT_PASS_MARK } from './vocabulary';
export { correctAnswer, isValidAnswer, type Answer } from './answers';
export * from './grade';
export * from './state';
export { readQuizState } from './read-state';
export {
	canStartAttempt,
	checkQuestion,
	finishAttempt,
	isAttemptOpen,
	recordAnswer,
	startAttempt,
} from './attempt';
export {
	attemptQuestionIds,
	attemptQuestions,
	displayOrder,
	findQuestion,
} from './attempt-questions';
export * from './progress';
export * from './review';
export * from './records';
export * from './rollup';
export * from './rating-change';
