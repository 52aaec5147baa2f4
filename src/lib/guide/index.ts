/** The facilitator guide library: course analysis + module MDX → a printable guide model. */
export type * from './types';
export { buildGuide, buildGuideModule, buildTimingRow, DEFAULT_HEADINGS, type GuideOptions, type GuideSource } from './build-guide';
export { buildGuideQuiz, buildGuideQuestion } from './build-quiz';
export { buildGuideRolePlay, orderScenes } from './build-role-play';
export { deriveDiscussion, type GuideBlock } from './derive-discussion';
export { extractSection } from './extract-section';
