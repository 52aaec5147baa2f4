import { describe, expect, it } from 'vitest';
import type { CmiPair } from '~/lib/scorm/cmi-pairs';
import {
	interactionSetValues,
	interactionsSetValues,
	mapResult,
} from '~/lib/scorm/map-interaction';
import { validateSetValueLog } from '~/lib/scorm/validate-set-value-log';
import type { CmiFamily } from '~/lib/scorm/versions';
import { QUIZ_RECORDS, SCENARIO_RECORD } from '../../fixtures/scorm/learning-records';
import { refusedByScormAgain } from './scorm-again-harness';

const ALL = { ...QUIZ_RECORDS, scenario: SCENARIO_RECORD };
const FAMILIES: CmiFamily[] = ['1.2', '2004'];
const utc = { freeText: true, timeZone: 'utc' } as const;

/** The value written to the element ending in `suffix`. */
const valueOf = (pairs: readonly CmiPair[], suffix: string) =>
	pairs.find(([e]) => e.endsWith(suffix))?.[1];

describe('every interaction type in both versions', () => {
	for (const family of FAMILIES) {
		for (const [name, record] of Object.entries(ALL)) {
			it(`${family} ${name}: strictly valid and accepted by scorm-again`, () => {
				const pairs = interactionSetValues(family, record, 0, utc);
				expect(pairs.length).toBeGreaterThan(3);
				expect(pairs[0]![0]).toBe('cmi.interactions.0.id');
				expect(pairs[1]![0]).toBe('cmi.interactions.0.type');
				expect(validateSetValueLog(family, pairs)).toEqual([]);
				expect(refusedByScormAgain(family, pairs)).toEqual([]);
			});
		}
	}
});

describe('response formats', () => {
	const get = (family: CmiFamily, name: keyof typeof ALL, suffix: string) =>
		valueOf(interactionSetValues(family, ALL[name], 0, utc), suffix);

	it.each([
		['1.2', 'trueFalse', 't', 'f'],
		['2004', 'trueFalse', 'true', 'false'],
		['1.2', 'multiple', 'opt-1,opt-2,opt-3', 'opt-1,opt-3'],
		['2004', 'multiple', 'opt_1[,]opt_2[,]opt_3', 'opt_1[,]opt_3'],
		['1.2', 'ordering', 'greet,explain,ask', 'greet,ask,explain'],
		['2004', 'ordering', 'greet[,]explain[,]ask', 'greet[,]ask[,]explain'],
		['1.2', 'matching', 'term-1.def-a,term-2.def-b', 'term-1.def-a,term-2.def-b'],
		['2004', 'matching', 'term_1[.]def_a[,]term_2[.]def_b', 'term_1[.]def_a[,]term_2[.]def_b'],
		['1.2', 'single', 'ask-first', 'ask-first'],
		['2004', 'single', 'ask_first', 'ask_first'],
	] as const)('%s %s: correct %s, response %s', (family, name, correct, response) => {
		expect(get(family, name, 'correct_responses.0.pattern')).toBe(correct);
		expect(get(family, name, family === '1.2' ? 'student_response' : 'learner_response')).toBe(
			response
		);
	});

	it('types: choice, true-false, sequencing, matching, likert, fill-in', () => {
		const types = Object.keys(QUIZ_RECORDS).map((name) =>
			get('2004', name as keyof typeof ALL, '.type')
		);
		expect(types).toEqual([
			'choice',
			'choice',
			'true-false',
			'sequencing',
			'matching',
			'likert',
			'fill-in',
			'choice',
		]);
		expect(get('2004', 'rating', 'learner_response')).toBe('4');
		expect(get('2004', 'scenario', '.type')).toBe('choice');
		expect(get('2004', 'scenario', 'learner_response')).toBe('offer_private_room');
		expect(get('2004', 'scenario', '.result')).toBe('neutral');
	});

	it('maps ids deterministically to safe, distinct tokens (no hyphens in 2004)', () => {
		const r04 = get('2004', 'oddIds', 'learner_response')!;
		const tokens = r04.split('[,]');
		expect(tokens).toHaveLength(3);
		expect(new Set(tokens).size).toBe(3);
		expect(tokens.every((t) => /^[\w.]+$/.test(t))).toBe(true);
		expect(tokens[1]).toBe('opt_1');
		expect(get('2004', 'oddIds', 'learner_response')).toBe(r04);
		expect(get('1.2', 'oddIds', '.id')).toMatch(/^01-why_consent-check_Q-7-ete-[a-z0-9]+$/);
	});

	it('writes interaction ids from authored ids, valid in both versions', () => {
		expect(get('1.2', 'single', '.id')).toBe('01-why_consent-check_q-first-step');
		expect(get('2004', 'scenario', '.id')).toBe('02-clinic_night-shift_reception');
	});

	it('writes times, latency and description per version', () => {
		const p12 = interactionSetValues('1.2', QUIZ_RECORDS.single!, 3, utc);
		expect(valueOf(p12, '.time')).toBe('10:15:30');
		expect(valueOf(p12, '.latency')).toBe('00:00:05.50');
		expect(valueOf(p12, '.description')).toBeUndefined();
		const p04 = interactionSetValues('2004', QUIZ_RECORDS.single!, 3, utc);
		expect(p04[0]![0]).toBe('cmi.interactions.3.id');
		expect(valueOf(p04, '.timestamp')).toBe('2024-05-01T10:15:30');
		expect(valueOf(p04, '.latency')).toBe('PT5.5S');
		expect(valueOf(p04, '.description')).toBe('Which steps show respect for consent?');
	});

	it('makes free text one line, without delimiters or a leading brace, when the course opts in', () => {
		const text = get('2004', 'reflection', 'learner_response');
		expect(text).toBe('I will ask before I examine, and explain , each step. {note}');
		expect(get('1.2', 'reflection', 'student_response')).toBe(
			'I will ask before I examine, and explain [,] each step. {note}'
		);
	});

	it('cuts long text to the limits and drops 1.2 responses that would not fit', () => {
		const long = {
			...QUIZ_RECORDS.reflection!,
			response: 'x'.repeat(400),
			description: `{${'d '.repeat(200)}`,
		};
		const p04 = interactionSetValues('2004', long, 0, utc);
		expect(valueOf(p04, 'learner_response')).toHaveLength(250);
		expect(valueOf(p04, '.description')).toHaveLength(250);
		expect(valueOf(interactionSetValues('1.2', long, 0, utc), 'student_response')).toHaveLength(
			255
		);
		const many = {
			...QUIZ_RECORDS.multiple!,
			response: Array.from({ length: 40 }, (_, i) => `choice-number-${i}`),
		};
		expect(valueOf(interactionSetValues('1.2', many, 0, utc), 'student_response')).toBeUndefined();
		expect(valueOf(interactionSetValues('2004', many, 0, utc), 'learner_response')).toBeUndefined();
		expect(validateSetValueLog('2004', p04)).toEqual([]);
	});
});

describe('privacy and results', () => {
	it('skips reflections unless the course opts in to free text', () => {
		expect(interactionSetValues('2004', QUIZ_RECORDS.reflection!, 0)).toEqual([]);
		expect(interactionSetValues('1.2', QUIZ_RECORDS.reflection!, 0)).toEqual([]);
	});

	it('drops typed text from other answers without the opt-in but keeps the result', () => {
		const record = { ...QUIZ_RECORDS.single!, includesFreeText: true };
		const pairs = interactionSetValues('2004', record, 0);
		expect(valueOf(pairs, 'learner_response')).toBeUndefined();
		expect(valueOf(pairs, '.result')).toBe('correct');
	});

	it('reports partial answers as wrong/incorrect by default, or as a decimal when asked', () => {
		expect(valueOf(interactionSetValues('1.2', QUIZ_RECORDS.multiple!, 0), '.result')).toBe(
			'wrong'
		);
		expect(valueOf(interactionSetValues('2004', QUIZ_RECORDS.multiple!, 0), '.result')).toBe(
			'incorrect'
		);
		const decimal = { partialResult: 'decimal' } as const;
		const p12 = interactionSetValues('1.2', QUIZ_RECORDS.multiple!, 0, decimal);
		const p04 = interactionSetValues('2004', QUIZ_RECORDS.multiple!, 0, decimal);
		expect(valueOf(p12, '.result')).toBe('0.67');
		expect(valueOf(p04, '.result')).toBe('0.67');
		expect(refusedByScormAgain('1.2', p12)).toEqual([]);
		expect(refusedByScormAgain('2004', p04)).toEqual([]);
	});

	it.each([
		['1.2', 'incorrect', 'wrong'],
		['2004', 'incorrect', 'incorrect'],
		['1.2', 'correct', 'correct'],
		['2004', 'neutral', 'neutral'],
	] as const)('%s result %s → %s', (family, result, expected) => {
		expect(mapResult(family, result, 0)).toBe(expected);
	});

	it('numbers many records without gaps, skipping what is not sent', () => {
		const records = [QUIZ_RECORDS.single!, QUIZ_RECORDS.reflection!, SCENARIO_RECORD];
		const { pairs, nextIndex } = interactionsSetValues('1.2', records, 2, { timeZone: 'utc' });
		expect(nextIndex).toBe(4);
		expect(pairs.filter(([e]) => e.endsWith('.id')).map(([e]) => e)).toEqual([
			'cmi.interactions.2.id',
			'cmi.interactions.3.id',
		]);
		expect(validateSetValueLog('1.2', pairs, 2)).toEqual([]);
	});
});
