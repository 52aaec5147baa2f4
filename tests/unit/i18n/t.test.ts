import { describe, expect, it } from 'vitest';
import { t, translator, UI_LANGUAGES } from '~/i18n/t';

// t() with the real catalogues: the page's language when a message exists, English otherwise.
describe('t', () => {
	it('knows every catalogue file as a language', () => {
		expect(UI_LANGUAGES).toEqual(expect.arrayContaining(['en', 'es', 'fr', 'hi']));
	});

	it('formats plurals and numbers in the page’s language', () => {
		expect(t('en', 'course.minutes', { minutes: 1250 })).toBe('1,250 minutes');
		expect(t('fr', 'course.minutes', { minutes: 1250 })).toBe('1\u202f250 minutes');
		expect(t('fr', 'course.minutes', { minutes: 0 })).toBe('0 minute');
		expect(t('fr', 'course.minutes', { minutes: 1_000_000 })).toBe('1\u202f000\u202f000 de minutes');
		expect(t('es', 'module.minutes', { minutes: 1 })).toBe('Alrededor de 1 minuto');
		expect(t('hi', 'quiz.attemptsLeft', { count: 1 })).toBe('1 प्रयास बाकी है');
		expect(t('hi', 'quiz.attemptsLeft', { count: 3 })).toBe('3 प्रयास बाकी हैं');
		expect(t('hi', 'quiz.attemptsLeft', { count: 0 })).toBe('कोई प्रयास बाकी नहीं');
	});

	it('uses the base language for a regional tag', () => {
		expect(t('fr-CA', 'module.toc')).toBe('Sur cette page');
		expect(t('es-MX', 'module.toc')).toBe('En esta página');
	});

	it('falls back to English, formatted as English, for a language without a catalogue', () => {
		expect(t('ur', 'module.toc')).toBe('On this page');
		expect(t('km', 'course.minutes', { minutes: 1250 })).toBe('1,250 minutes');
	});

	it('binds a language with translator()', () => {
		const fr = translator('fr');
		expect(fr('module.next', { title: 'Écouter d’abord' })).toBe('Suivant\u00a0: Écouter d’abord');
		expect(fr('language.fallback', { language: 'anglais' })).toBe('Ce module n’est pas encore traduit, il est donc affiché en anglais.');
	});
});
