import { describe, expect, it } from 'vitest';
import { decodeSuspendData, encodeSuspendData, toAsciiJson } from '~/lib/scorm/suspend-data';

const SAFE = /^pc1[jz]:[\x20-\x7e]*$/;

const repetitive = {
	v: 1,
	visited: Array.from({ length: 40 }, (_, i) => `module-${String(i).padStart(2, '0')}`),
	quizzes: { 'consent-check': { answers: { 'q-1': ['opt-1', 'opt-3'], 'q-2': true }, score: 0.5 } },
};

describe('encodeSuspendData / decodeSuspendData', () => {
	it.each([
		['a small object', { m: 'intro', p: 3 }],
		['a repetitive object', repetitive],
		['non-ASCII text', { note: 'Prise en charge — santé ☃ 😀', quote: `it's <b>&` }],
		['null', null],
		['an array', [1, 'two', false]],
	])('round-trips %s with ASCII-only output', (_, state) => {
		const text = encodeSuspendData(state);
		expect(text).toMatch(SAFE);
		expect(text).not.toMatch(/[+<>&']/);
		expect(decodeSuspendData(text)).toEqual({ ok: true, state });
	});

	it('compresses only when that is shorter', () => {
		const small = encodeSuspendData({ a: 1 });
		expect(small).toBe('pc1j:{"a":1}');
		const big = encodeSuspendData(repetitive);
		expect(big.startsWith('pc1z:')).toBe(true);
		expect(big.length).toBeLessThan(toAsciiJson(repetitive).length);
		expect(big.slice(5)).toMatch(/^[A-Za-z0-9_.-]+$/);
	});

	it('escapes characters LMSes mangle in the JSON form', () => {
		expect(toAsciiJson({ t: "é<'&>" })).toBe('{"t":"\\u00e9\\u003c\\u0027\\u0026\\u003e"}');
	});

	it.each([
		['', 'no saved data'],
		['{"legacy":true}', 'unknown prefix'],
		['pc2j:{}', 'format version 2'],
		['pc1j:{"cut": "sho', 'not valid JSON'],
		['pc1z:', 'damaged'],
		['pc1z:!!!not lz!!!', ''],
	])('never throws on %j', (text, reason) => {
		const result = decodeSuspendData(text);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.reason).toContain(reason);
	});

	it('rejects compressed data that was cut short or altered', () => {
		const text = encodeSuspendData(repetitive);
		expect(decodeSuspendData(text.slice(0, text.length - 20)).ok).toBe(false);
		const altered = text.slice(0, 30) + (text[30] === 'A' ? 'B' : 'A') + text.slice(31);
		const result = decodeSuspendData(altered);
		if (result.ok) expect(result.state).not.toEqual(repetitive);
	});
});
