import type { Quiz, QuizState } from '../../../lib/quiz/runtime';

/**
 * Reflection texts stay on the device: the tracker's copy of a quiz state may travel to an
 * LMS in SCORM suspend_data, so the texts live under their own localStorage keys instead
 * (cleared with everything else by the About page's button, since they start `peercourse:`).
 */
export function reflectionKey(courseId: string, quizId: string, questionId: string): string {
	return `peercourse:v1:reflection:${courseId}:${quizId}:${questionId}`;
}

/** The subset of `Storage` the store uses (a Map stands in for it in tests). */
export interface TextStorage {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

/** Puts the device's reflection texts back into a state read from the tracker. */
export function loadReflectionTexts(
	quiz: Quiz,
	courseId: string,
	state: QuizState,
	storage: TextStorage | undefined
): QuizState {
	const texts: Record<string, string> = {};
	for (const q of quiz.questions) {
		if (q.type !== 'reflection') continue;
		const text = read(storage, reflectionKey(courseId, quiz.id, q.id));
		if (text) texts[q.id] = text;
	}
	return Object.keys(texts).length ? { ...state, t: texts } : state;
}

/** Writes the state's reflection texts to their keys, and removes keys of cleared texts. */
export function saveReflectionTexts(
	quiz: Quiz,
	courseId: string,
	state: QuizState,
	storage: TextStorage | undefined
): void {
	if (!storage) return;
	for (const q of quiz.questions) {
		if (q.type !== 'reflection') continue;
		const key = reflectionKey(courseId, quiz.id, q.id);
		const text = state.t?.[q.id];
		try {
			if (text) storage.setItem(key, text);
			else storage.removeItem(key);
		} catch {
			// Storage full or blocked: the text stays in memory for this visit.
		}
	}
}

function read(storage: TextStorage | undefined, key: string): string | null {
	try {
		return storage?.getItem(key) ?? null;
	} catch {
		return null;
	}
}
