import { useCallback, useRef, useState } from 'react';
import {
	attemptQuestionIds,
	buildAnswerRecord,
	canStartAttempt,
	checkQuestion,
	displayOrder,
	findQuestion,
	finishAttempt,
	readQuizState,
	recordAnswer,
	startAttempt,
	stripFreeText,
	type Answer,
	type Quiz,
	type QuizState,
} from '../../../lib/quiz/runtime';
import { connectTracker, deviceStorage } from './connect-tracker';
import { missingAnswerMessage } from './answer-check';
import { summariseQuiz } from './block-summary';
import { loadReflectionTexts, saveReflectionTexts } from './reflection-store';
import type { QuizStrings } from './strings';

/** What the quiz view reads and calls; every change goes through the page's tracker. */
export interface QuizSession {
	/** The state to show: the saved one, or a not-yet-saved first attempt (see below). */
	state: QuizState;
	/** Keeps an answer (a reflection's text for reflections). */
	answer(questionId: string, answer: Answer): void;
	/** Checks a question; returns why it cannot be checked yet, or what the check did. */
	check(questionId: string): { message?: string; finished?: boolean };
	/** Starts a new attempt (the "Try again" button). */
	retry(): void;
	/** Notes when a question was first shown, for the answer's latency. */
	markShown(questionId: string): void;
}

interface Held {
	saved: QuizState;
	/**
	 * Before the learner's first answer the attempt is only shown, not saved: scrolling past a
	 * quiz never uses up an attempt.
	 */
	preview?: QuizState;
}

/**
 * The island's link to the tracker: reads the quiz state once, applies the pure reducers,
 * and after every change stores the state without reflection texts (`stripFreeText`) with
 * its summary, keeps reflection texts in their device-only keys, and sends a learning
 * record for each checked answer.
 */
export function useQuizSession(
	quiz: Quiz,
	courseId: string,
	moduleId: string,
	strings: QuizStrings
): QuizSession {
	const link = useRef(connectTracker()).current;
	const storage = useRef(deviceStorage()).current;
	const [held, setHeld] = useState<Held>(() => {
		const read = readQuizState(quiz, link?.blockState(quiz.id));
		const saved = loadReflectionTexts(quiz, courseId, read, storage);
		return saved.a ? { saved } : { saved, preview: startAttempt(quiz, saved, newSeed()) };
	});
	const latest = useRef(held);
	latest.current = held;
	const lastStored = useRef<string>('');
	const shownAt = useRef(new Map<string, number>());

	const current = () => latest.current.preview ?? latest.current.saved;

	const commit = useCallback(
		(next: QuizState) => {
			latest.current = { saved: next };
			setHeld(latest.current);
			saveReflectionTexts(quiz, courseId, next, storage);
			const stripped = stripFreeText(next);
			const text = JSON.stringify(stripped);
			// Typing a reflection changes only the device-only text: no need to save progress again.
			if (text === lastStored.current) return;
			lastStored.current = text;
			link?.setBlock(quiz.id, stripped, summariseQuiz(quiz, next));
		},
		[quiz, courseId, link, storage]
	);

	const answer = useCallback(
		(questionId: string, value: Answer) => {
			const base = current();
			const next = recordAnswer(quiz, base, questionId, value);
			if (next !== base) commit(next);
		},
		[quiz, commit]
	);

	const check = useCallback(
		(questionId: string) => {
			let base = current();
			const question = findQuestion(quiz, questionId);
			if (!question || !base.a || base.a.f) return {};
			// An ordering question is answered as shown, even if the learner moved nothing.
			if (question.type === 'ordering' && base.a.r[questionId] === undefined) {
				base = recordAnswer(quiz, base, questionId, displayOrder(question, base));
			}
			const text = base.t?.[questionId] ?? '';
			if (question.type === 'reflection' && text.trim() && base.a?.r[questionId] !== true) {
				base = recordAnswer(quiz, base, questionId, text);
			}
			const given = base.a?.r[questionId];
			const message = missingAnswerMessage(question, given, strings, text);
			if (message) return { message };
			let next = checkQuestion(quiz, base, questionId);
			if (next === base) return {};
			const checked = next.a?.c ?? [];
			const finished = attemptQuestionIds(quiz, next).every((id) => checked.includes(id));
			if (finished) next = finishAttempt(quiz, next);
			commit(next);
			const started = shownAt.current.get(questionId) ?? performance.now();
			const record = buildAnswerRecord({
				courseId,
				moduleId,
				quiz,
				question,
				answer: given,
				at: new Date(),
				latencyMs: performance.now() - started,
			});
			// The tracker's record type has an index signature; an interface needs a spread to fit it.
			link?.record({ ...record });
			return { finished };
		},
		[quiz, courseId, moduleId, strings, link, commit]
	);

	const retry = useCallback(() => {
		const base = latest.current.saved;
		if (!canStartAttempt(quiz, base)) return;
		shownAt.current.clear();
		commit(startAttempt(quiz, base, newSeed()));
	}, [quiz, commit]);

	const markShown = useCallback((questionId: string) => {
		if (!shownAt.current.has(questionId)) shownAt.current.set(questionId, performance.now());
	}, []);

	return { state: held.preview ?? held.saved, answer, check, retry, markShown };
}

/** A fresh seed for an attempt's draw and shuffles (not secret: Math.random is enough). */
function newSeed(): number {
	return Math.floor(Math.random() * 0x100000000);
}
