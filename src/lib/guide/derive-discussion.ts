/**
 * Discussion questions for a face-to-face session, derived from what the module already asks
 * online (see README.md#discussion-questions): every `<Reflection>` prompt, then one question
 * per role-play decision point, in the order the blocks appear in the module.
 */
import type { DiscussionQuestion, GuideQuiz, GuideRolePlay, GuideScene } from './types';

/** One block of the module, in authored order. */
export type GuideBlock = { kind: 'quiz'; quiz: GuideQuiz } | { kind: 'role-play'; rolePlay: GuideRolePlay };

/** Derives the module's discussion questions from its quizzes and role-plays. */
export function deriveDiscussion(blocks: readonly GuideBlock[]): DiscussionQuestion[] {
	return blocks.flatMap((block) =>
		block.kind === 'quiz'
			? block.quiz.questions
					.filter((q) => q.type === 'reflection')
					.map((q): DiscussionQuestion => ({ kind: 'reflection', html: q.promptHtml, quiz: block.quiz.id, question: q.id }))
			: block.rolePlay.scenes
					.filter((scene) => scene.reachable && scene.choices.length > 0)
					.map((scene) => decisionQuestion(block.rolePlay, scene))
	);
}

/** "What would you say to <speaker of the last line> here, and why?", with that line. */
function decisionQuestion(rolePlay: GuideRolePlay, scene: GuideScene): DiscussionQuestion {
	const line = scene.beats.findLast((b) => b.kind === 'line');
	return {
		kind: 'decision',
		rolePlay: rolePlay.id,
		rolePlayTitle: rolePlay.title,
		scene: scene.id,
		sceneTitle: scene.title,
		speaker: line?.kind === 'line' ? line.speakerName : undefined,
		lineHtml: line?.kind === 'line' ? line.html : undefined,
	};
}
