/** Loads a course from disk and lists what of its course model the guide model lacks. */
import { join } from 'node:path';
import { coursesDir, readCourses, readCourseSource } from '~/build/read-courses';
import type { CourseAnalysis } from '~/lib/course/analyse-course';
import { buildGuide, type Guide, type GuideQuestion, type GuideRolePlay } from '~/lib/guide';
import type { Question, Quiz } from '~/lib/quiz/types';
import type { Scenario } from '~/lib/scenario/types';

/** A course analysis (drafts left out, as in the built site), its module texts and its guide. */
export interface LoadedCourse {
	analysis: CourseAnalysis;
	texts: Record<string, string>;
	guide: Guide;
}

/** Reads every course of a courses folder (`courses/` by default) and builds each guide. */
export function loadCourses(dir?: string): LoadedCourse[] {
	if (dir) process.env.PEERCOURSE_COURSES_DIR = dir;
	try {
		return readCourses()
			.filter((a) => a.meta)
			.map((full) => {
				const analysis = { ...full, modules: full.modules.filter((m) => m.meta && !m.meta.draft) };
				const source = readCourseSource(join(coursesDir(), full.slug));
				const texts = Object.fromEntries(source.modules.map((m) => [m.file, m.text]));
				return { analysis, texts, guide: buildGuide({ slug: full.slug, meta: full.meta!, modules: analysis.modules }, texts) };
			});
	} finally {
		if (dir) delete process.env.PEERCOURSE_COURSES_DIR;
	}
}

/** What was checked and what was missing, as readable strings. */
export interface Coverage {
	checked: { questions: number; choices: number; scenes: number; sceneChoices: number; endings: number };
	missing: string[];
}

/**
 * Walks the course model (every quiz and scenario block of every module) and checks that the
 * guide model holds each right answer, each feedback, each scene, choice, target and debrief.
 */
export function findMissing({ analysis, guide }: LoadedCourse): Coverage {
	const checked = { questions: 0, choices: 0, scenes: 0, sceneChoices: 0, endings: 0 };
	const missing: string[] = [];
	for (const module of analysis.modules) {
		const guideModule = guide.modules.find((m) => m.slug === module.slug);
		if (!guideModule) {
			missing.push(`module ${module.slug}`);
			continue;
		}
		for (const block of module.blocks) {
			if (block.name === 'Quiz') {
				const quiz = block.model as Quiz;
				const guideQuiz = guideModule.quizzes.find((q) => q.id === quiz.id);
				if (!guideQuiz) missing.push(`quiz ${quiz.id}`);
				else {
					for (const question of quiz.questions) {
						checked.questions++;
						const gq = guideQuiz.questions.find((q) => q.id === question.id);
						const where = `${quiz.id}/${question.id}`;
						if (!gq) missing.push(`question ${where}`);
						else missing.push(...compareQuestion(question, gq, where, () => checked.choices++));
					}
				}
			} else if (block.name === 'Scenario') {
				const scenario = block.model as Scenario;
				const rolePlay = guideModule.rolePlays.find((r) => r.id === scenario.id);
				if (!rolePlay) missing.push(`role-play ${scenario.id}`);
				else missing.push(...compareScenario(scenario, rolePlay, checked));
			}
		}
	}
	return { checked, missing };
}

function compareQuestion(question: Question, gq: GuideQuestion, where: string, countChoice: () => void): string[] {
	const out: string[] = [];
	const differs = (what: string, a: unknown, b: unknown) => {
		if (JSON.stringify(a) !== JSON.stringify(b)) out.push(`${where}: ${what} is ${JSON.stringify(b)}, expected ${JSON.stringify(a)}`);
	};
	differs('prompt', question.promptHtml, gq.promptHtml);
	differs('feedback', question.feedback, gq.feedback);
	differs('explanation', question.explanationHtml, gq.explanationHtml);
	const answer = gq.answer;
	switch (question.type) {
		case 'single-choice':
		case 'multiple-choice':
			if (answer.kind !== 'choices') return [...out, `${where}: no options`];
			for (const choice of question.choices) {
				countChoice();
				const option = answer.options.find((o) => o.id === choice.id);
				if (!option) out.push(`${where}: choice ${choice.id}`);
				else differs(`choice ${choice.id}`, [choice.html, choice.correct, choice.feedbackHtml], [option.html, option.correct, option.feedbackHtml]);
			}
			differs('graded', true, gq.graded);
			break;
		case 'true-false':
			differs('answer', { kind: 'true-false', correct: question.answer }, answer);
			break;
		case 'ordering':
			differs('order', { kind: 'order', stepsHtml: question.steps.map((s) => s.html) }, answer);
			break;
		case 'matching':
			differs('pairs', { kind: 'pairs', pairs: question.pairs.map((p) => ({ leftHtml: p.leftHtml, rightHtml: p.rightHtml })) }, answer);
			break;
		case 'reflection':
			differs('ungraded reflection', [false, 'open'], [gq.graded, answer.kind]);
			break;
		case 'self-rating':
			differs('ungraded rating', [false, 'rating', question.scale], [gq.graded, answer.kind, answer.kind === 'rating' && answer.scale]);
			break;
	}
	return out;
}

function compareScenario(scenario: Scenario, rolePlay: GuideRolePlay, checked: Coverage['checked']): string[] {
	const out: string[] = [];
	const at = (what: string) => `${scenario.id}: ${what}`;
	for (const scene of scenario.scenes) {
		checked.scenes++;
		const gs = rolePlay.scenes.find((s) => s.id === scene.id);
		if (!gs) {
			out.push(at(`scene ${scene.id}`));
			continue;
		}
		if (gs.title !== scene.title) out.push(at(`title of scene ${scene.id}`));
		const beats = (b: { kind: string; html: string }[]) => JSON.stringify(b.map((x) => [x.kind, x.html]));
		if (beats(gs.beats) !== beats(scene.beats)) out.push(at(`beats of scene ${scene.id}`));
		if (!rolePlay.mapSvg.includes(`data-id="${scene.id}"`)) out.push(at(`scene ${scene.id} on the map`));
		for (const choice of scene.choices) {
			checked.sceneChoices++;
			const gc = gs.choices.find((c) => c.id === choice.id);
			const name = `choice ${scene.id}/${choice.id}`;
			if (!gc) out.push(at(name));
			else {
				if (gc.leadsTo.id !== choice.to) out.push(at(`${name} leads to ${gc.leadsTo.id}, expected ${choice.to}`));
				const isEnding = scenario.endings.some((e) => e.id === choice.to);
				if (gc.leadsTo.kind !== (isEnding ? 'ending' : 'scene')) out.push(at(`${name} target kind`));
				if (gc.html !== choice.html || gc.feedbackHtml !== choice.feedbackHtml) out.push(at(`${name} text or feedback`));
				if (gc.stigmatising !== choice.stigmatising) out.push(at(`${name} stigmatising mark`));
				const scores = Object.fromEntries(gc.scores.map((s) => [s.dimension, s.points]));
				const expected = Object.fromEntries(Object.entries(choice.scores).filter(([, p]) => p !== 0));
				if (JSON.stringify(sortKeys(scores)) !== JSON.stringify(sortKeys(expected))) out.push(at(`${name} scores`));
			}
		}
	}
	for (const ending of scenario.endings) {
		checked.endings++;
		const ge = rolePlay.endings.find((e) => e.id === ending.id);
		if (!ge) out.push(at(`ending ${ending.id}`));
		else if (ge.debriefHtml !== ending.debriefHtml || ge.outcome !== ending.outcome || ge.title !== ending.title) out.push(at(`debrief of ending ${ending.id}`));
	}
	return out;
}

function sortKeys(o: Record<string, number>): [string, number][] {
	return Object.entries(o).sort(([a], [b]) => a.localeCompare(b));
}
