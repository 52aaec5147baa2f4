import { describe, expect, it } from 'vitest';
import {
	formatDuration,
	formatDuration2004,
	formatTimeOfDay12,
	formatTimespan12,
	formatTimestamp2004,
} from '~/lib/scorm/cmi-time';
import { validateCmiValue } from '~/lib/scorm/validate-cmi-value';

const H = 3_600_000;

describe('formatTimespan12 (SCORM 1.2 CMITimespan)', () => {
	it.each([
		[0, '00:00:00'],
		[5_500, '00:00:05.50'],
		[3_723_450, '01:02:03.45'],
		[3_723_456, '01:02:03.46'],
		[59_999, '00:01:00'],
		[123 * H, '123:00:00'],
		[20_000 * H, '9999:59:59.99'],
		[-5, '00:00:00'],
		[Number.NaN, '00:00:00'],
	])('%d ms → %s', (ms, expected) => {
		expect(formatTimespan12(ms)).toBe(expected);
		expect(validateCmiValue('1.2', 'cmi.core.session_time', expected)).toEqual({ ok: true });
	});
});

describe('formatDuration2004 (ISO 8601 timeinterval)', () => {
	it.each([
		[0, 'PT0S'],
		[5_500, 'PT5.5S'],
		[3_723_450, 'PT1H2M3.45S'],
		[60_000, 'PT1M'],
		[H, 'PT1H'],
		[26 * H + 1_000, 'PT26H1S'],
		[10, 'PT0.01S'],
		[4, 'PT0S'],
	])('%d ms → %s', (ms, expected) => {
		expect(formatDuration2004(ms)).toBe(expected);
		expect(validateCmiValue('2004-4th', 'cmi.session_time', expected)).toEqual({ ok: true });
	});

	it('picks the format by family', () => {
		expect(formatDuration('1.2', 65_000)).toBe('00:01:05');
		expect(formatDuration('2004', 65_000)).toBe('PT1M5S');
	});
});

describe('session time validation', () => {
	it.each(['0000:01:05.50', '99:59:59', '00:00:00.5'])('1.2 accepts %s', (v) => {
		expect(validateCmiValue('1.2', 'cmi.core.session_time', v).ok).toBe(true);
	});
	it.each(['PT1M5S', '1:00:00', '00000:00:00', '00:60:00', '00:00:05.123', '00:00'])(
		'1.2 rejects %s',
		(v) => {
			expect(validateCmiValue('1.2', 'cmi.core.session_time', v).ok).toBe(false);
		}
	);
	it.each(['PT0S', 'P1DT2H', 'PT1H2M3.45S', 'P1Y2M3D', 'PT0.5S'])('2004 accepts %s', (v) => {
		expect(validateCmiValue('2004', 'cmi.session_time', v).ok).toBe(true);
	});
	it.each(['PT1M5.123S', 'P1W', '0000:01:05.50', 'PT', 'P', 'PT1.5M', '-PT1S', 'pt1s'])(
		'2004 rejects %s',
		(v) => {
			expect(validateCmiValue('2004', 'cmi.session_time', v).ok).toBe(false);
		}
	);
});

describe('interaction time stamps', () => {
	const local = new Date(2024, 4, 1, 9, 5, 7, 123);
	it('writes 1.2 time of day as HH:MM:SS', () => {
		expect(formatTimeOfDay12(local)).toBe('09:05:07');
		expect(formatTimeOfDay12(new Date('2024-05-01T23:59:59.999Z'), 'utc')).toBe('23:59:59');
	});
	it('writes 2004 timestamps without milliseconds or zone', () => {
		expect(formatTimestamp2004(local)).toBe('2024-05-01T09:05:07');
		expect(formatTimestamp2004(new Date('2024-05-01T10:15:30.123Z'), 'utc')).toBe(
			'2024-05-01T10:15:30'
		);
	});
	it.each(['10:15:30', '23:59:59.99'])('1.2 time accepts %s', (v) => {
		expect(validateCmiValue('1.2', 'cmi.interactions.0.time', v).ok).toBe(true);
	});
	it.each(['24:00:00', '10:15', '2024-05-01T10:15:30', '10:15:30.123'])(
		'1.2 time rejects %s',
		(v) => {
			expect(validateCmiValue('1.2', 'cmi.interactions.0.time', v).ok).toBe(false);
		}
	);
	it.each([
		'2024-05-01T10:15:30',
		'2024-05-01',
		'2024-05-01T10:15:30.12Z',
		'2038-12-31T23:59:59.5+02:00',
	])('2004 timestamp accepts %s', (v) =>
		expect(validateCmiValue('2004', 'cmi.interactions.0.timestamp', v).ok).toBe(true)
	);
	it.each([
		'2024-05-01T10:15:30.123Z',
		'2024-05-01T10:15:30Z',
		'2039-01-01T00:00:00',
		'1969-12-31',
		'2024-13-01',
		'10:15:30',
	])('2004 timestamp rejects %s', (v) =>
		expect(validateCmiValue('2004', 'cmi.interactions.0.timestamp', v).ok).toBe(false)
	);
});
