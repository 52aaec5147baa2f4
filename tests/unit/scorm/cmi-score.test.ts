import { describe, expect, it } from 'vitest';
import { formatDecimal, mapScore, scoreSetValues } from '~/lib/scorm/cmi-score';
import { validateSetValueLog } from '~/lib/scorm/validate-set-value-log';

describe('mapScore', () => {
	it.each([
		[0, '0', '0'],
		[1, '100', '1'],
		[2 / 3, '66.67', '0.67'],
		[0.005, '0.5', '0.01'],
		[1.5, '100', '1'],
		[-0.2, '0', '0'],
		[Number.NaN, '0', '0'],
	])('ratio %d → raw %s, scaled %s', (ratio, raw, scaled) => {
		expect(mapScore('1.2', ratio)).toEqual({ raw, min: '0', max: '100' });
		expect(mapScore('2004', ratio)).toEqual({ raw, min: '0', max: '100', scaled });
	});

	it('formats decimals without exponents or negative zero', () => {
		expect(formatDecimal(1e-7)).toBe('0');
		expect(formatDecimal(-0.001)).toBe('0');
		expect(formatDecimal(12.3456)).toBe('12.35');
	});

	it('orders min and max before raw and passes the strict validator', () => {
		const p12 = scoreSetValues('1.2', 0.875);
		expect(p12).toEqual([
			['cmi.core.score.min', '0'],
			['cmi.core.score.max', '100'],
			['cmi.core.score.raw', '87.5'],
		]);
		const p04 = scoreSetValues('2004', 0.875);
		expect(p04.at(-1)).toEqual(['cmi.score.scaled', '0.88']);
		expect(validateSetValueLog('1.2', p12)).toEqual([]);
		expect(validateSetValueLog('2004', p04)).toEqual([]);
	});

	it('the validator rejects out-of-range scores', () => {
		expect(validateSetValueLog('1.2', [['cmi.core.score.raw', '150']])).toHaveLength(1);
		expect(validateSetValueLog('2004', [['cmi.score.scaled', '85']])).toHaveLength(1);
		expect(validateSetValueLog('2004', [['cmi.score.raw', '850']])).toEqual([]);
	});
});
