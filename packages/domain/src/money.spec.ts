import { compareDecimal, fromMinorUnits, isNegativeAmount, MoneyFormatError, negativeAmountViolations, toMinorUnits } from './money';

describe('money', () => {
  it.each([
    ['9999999999999.99', '999999999999999', '9999999999999.99'],
    ['0', '0', '0.00'],
    ['0.1', '10', '0.10'],
    ['1,234.56', '123456', '1234.56'],
    ['-5.01', '-501', '-5.01'],
    ['00012.5', '1250', '12.50'],
    ['-0.00', '0', '0.00'],
    ['90071992547409.91', '9007199254740991', '90071992547409.91'],
  ])('%s → %s minor units → %s, exactly', (text, units, back) => {
    expect(toMinorUnits(text)).toBe(units);
    expect(fromMinorUnits(units)).toBe(back);
  });

  it('round-trips the largest plan-sized amount without float loss', () => {
    expect(fromMinorUnits(toMinorUnits('9999999999999.99'))).toBe('9999999999999.99');
    expect(fromMinorUnits(BigInt('999999999999999'))).toBe('9999999999999.99');
  });

  it.each([
    [5, '0.05'],
    ['-5', '-0.05'],
    ['007', '0.07'],
    [BigInt(100), '1.00'],
    ['-0', '0.00'],
  ])('reads %p minor units as %p', (units, text) => {
    expect(fromMinorUnits(units)).toBe(text);
  });

  it.each(['1.234', 'abc', '', '1e5', '12345678901234567', '90071992547409.92', '-90071992547409.92', '1.', '.5'])('refuses %p', (text) => {
    expect(() => toMinorUnits(text)).toThrow(MoneyFormatError);
  });

  it('compares exactly', () => {
    expect(compareDecimal('0.10', '0.1')).toBe(0);
    expect(compareDecimal('9999999999999.99', '9999999999999.98')).toBe(1);
  });
});

describe('amounts that cannot be negative', () => {
  it.each([
    ['-100', true],
    ['-0.01', true],
    ['-1,000.00', true],
    ['0', false],
    ['0.00', false],
    ['-0', false],
    ['100', false],
    [null, false],
    ['abc', false],
  ])('%s is negative: %s', (value, expected) => {
    expect(isNegativeAmount(value)).toBe(expected);
  });
  it('names each negative field', () => {
    expect(negativeAmountViolations({ aum: '-1', annualIncome: '5', minInvestment: null })).toEqual([
      { code: 'NEGATIVE_AMOUNT', field: 'aum', message: 'aum cannot be negative' },
    ]);
  });
});
