import { describe, expect, it, vi } from 'vitest';
import { t } from '~/i18n/t';

// A catalogue that lacks a key: t() must show the English message (formatted as English)
// instead of the key or an empty string. The French file is replaced by a partial one here.
vi.mock('../../../src/i18n/fr.json', () => ({ default: { 'module.toc': 'Sur cette page' } }));

describe('t with a partial catalogue', () => {
	it('uses the translated message when the catalogue has the key', () => {
		expect(t('fr', 'module.toc')).toBe('Sur cette page');
	});

	it('falls back to the English message for a missing key', () => {
		expect(t('fr', 'module.next', { title: 'Écouter d’abord' })).toBe('Next: Écouter d’abord');
		expect(t('fr', 'course.minutes', { minutes: 1250 })).toBe('1,250 minutes');
	});
});
