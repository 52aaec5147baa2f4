import { describe, expect, it } from 'vitest';
import { loadReflectionTexts, reflectionKey, saveReflectionTexts, type TextStorage } from '~/components/islands/quiz/reflection-store';
import type { QuizState } from '~/lib/quiz/state';
import { uiQuiz } from './sample-quiz';

function memoryStorage(): TextStorage & { map: Map<string, string> } {
	const map = new Map<string, string>();
	return {
		map,
		getItem: (k) => map.get(k) ?? null,
		setItem: (k, v) => void map.set(k, v),
		removeItem: (k) => void map.delete(k),
	};
}

const KEY = 'peercourse:v1:reflection:respectful-care:kinds:think';

describe('reflectionKey', () => {
	it('names course, quiz and question under the PeerCourse prefix', () => {
		expect(reflectionKey('respectful-care', 'kinds', 'think')).toBe(KEY);
	});
});

describe('saveReflectionTexts and loadReflectionTexts', () => {
	it('keeps texts in their own keys and puts them back into a state read from the tracker', () => {
		const storage = memoryStorage();
		const state: QuizState = { v: 1, n: 1, a: { r: { think: true } }, t: { think: 'Ask first.' } };
		saveReflectionTexts(uiQuiz(), 'respectful-care', state, storage);
		expect([...storage.map]).toEqual([[KEY, 'Ask first.']]);
		const stripped: QuizState = { v: 1, n: 1, a: { r: { think: true } } };
		expect(loadReflectionTexts(uiQuiz(), 'respectful-care', stripped, storage)).toEqual(state);
	});

	it('removes the key of a cleared text and returns the same state when there is nothing to add', () => {
		const storage = memoryStorage();
		storage.setItem(KEY, 'Old text.');
		storage.setItem('peercourse:v1:progress:respectful-care', '{}');
		const state: QuizState = { v: 1, n: 1, a: { r: {} } };
		saveReflectionTexts(uiQuiz(), 'respectful-care', state, storage);
		expect([...storage.map.keys()]).toEqual(['peercourse:v1:progress:respectful-care']);
		expect(loadReflectionTexts(uiQuiz(), 'respectful-care', state, storage)).toBe(state);
	});

	it('works without storage and survives a storage that throws', () => {
		const state: QuizState = { v: 1, n: 0 };
		expect(loadReflectionTexts(uiQuiz(), 'c', state, undefined)).toBe(state);
		const broken: TextStorage = {
			getItem: () => {
				throw new Error('blocked');
			},
			setItem: () => {
				throw new Error('full');
			},
			removeItem: () => {},
		};
		expect(() => saveReflectionTexts(uiQuiz(), 'c', { ...state, t: { think: 'x' } }, broken)).not.toThrow();
		expect(loadReflectionTexts(uiQuiz(), 'c', state, broken)).toBe(state);
	});
});
