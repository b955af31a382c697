import { describe, expect, it } from 'vitest';
import { formatKbo, isValidEstablishmentUnit, isValidKbo, kboWithCheckDigit } from '../../../src/lib/content/kbo.ts';
import { kboNumber } from '../../../src/lib/content/schemas.ts';
import { schemaRule } from '../../../src/lib/content/validate.ts';

describe('KBO check digit', () => {
  it('accepts the real numbers of the seeds', () => {
    for (const n of ['0316.380.841', '0887.010.362', '0687.655.467', '0534.669.938', '0543.307.391', '0421.722.346', '0507873093']) {
      expect(isValidKbo(n), n).toBe(true);
    }
  });
  it('rejects the VDAB number as misprinted in seed 001', () => {
    // 97 - (08870106 mod 97) = 59, so the number would have to end in 59, not 32.
    expect(isValidKbo('0887.010.632')).toBe(false);
  });
  it('rejects wrong lengths and establishment numbers as enterprise numbers', () => {
    expect(isValidKbo('0316.380.84')).toBe(false);
    expect(isValidKbo('2.199.310.197')).toBe(false);
  });
  it('checks establishment unit numbers', () => {
    expect(isValidEstablishmentUnit('2.199.310.197')).toBe(true);
    expect(isValidEstablishmentUnit('2.199.310.198')).toBe(false);
  });
  it('formats ten digits', () => {
    expect(formatKbo('0507873093')).toBe('0507.873.093');
  });
  it('appends the check digit to eight base digits', () => {
    expect(kboWithCheckDigit(3163808)).toBe('0316.380.841');
    expect(kboWithCheckDigit(8870103)).toBe('0887.010.362');
  });
  it('accepts the 1-series given since 19 September 2023 with the same check digit', () => {
    // 97 - (10012345 mod 97) = 92
    expect(isValidKbo('1001.234.592')).toBe(true);
    expect(isValidKbo('1001.234.593')).toBe(false);
    expect(kboWithCheckDigit(10012345)).toBe('1001.234.592');
    expect(kboNumber.safeParse('1001.234.592').success).toBe(true);
    const wrong = kboNumber.safeParse('1001.234.593');
    expect(wrong.success).toBe(false);
    expect(schemaRule(wrong.error!.issues[0]!)).toBe('S007');
    expect(kboNumber.safeParse('2199.310.197').success).toBe(false);
    expect(kboNumber.safeParse('0316.380.841').success).toBe(true);
  });
});
