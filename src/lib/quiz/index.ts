/**
 * The whole quiz library, for build-time code (the remark plugin, `peercourse check`, the
 * SCORM layer): extraction and checks plus everything in `./runtime`.
 */
export * from './runtime';
export * from './vocabulary';
export { extractQuiz } from './extract-quiz';
export { checkCourseQuizIds, type CourseQuizEntry } from './check-course';
export { deriveQuestionId, derivePartIds, isKebabCase, slugify } from './ids';
export { maxQuizStateSize } from './state-size';
