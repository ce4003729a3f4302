import { nonNegative } from '../validate';
import { validateProduct } from './validateProduct';

const product = { code: 'WM-1', name: '理财', type: 'WEALTH_PRODUCT', riskLevel: 'R2', status: 'DRAFT' };

describe("the product form checks the server's rules before saving", () => {
  it('refuses a negative minimum investment, as the API does', () => {
    expect(validateProduct({ ...product, minInvestment: '-100' })).toEqual({ minInvestment: 'tierwise.validation.negativeAmount' });
    expect(validateProduct({ ...product, minInvestment: '0' })).toEqual({});
    expect(validateProduct({ ...product, minInvestment: '1000.00' })).toEqual({});
  });

  it('every money input refuses a negative amount (typed with thousands separators too)', () => {
    expect(nonNegative('-1')).toBe('tierwise.validation.negativeAmount');
    expect(nonNegative('-1,000.00')).toBe('tierwise.validation.negativeAmount');
    expect([nonNegative('0'), nonNegative('12.50'), nonNegative(null), nonNegative('')]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it("checks whole-number fields itself, with react-admin's translated message (no browser tooltip in English)", () => {
    const base = { code: 'WM-1', name: '理财', type: 'WEALTH_PRODUCT', riskLevel: 'R2' };
    expect(validateProduct({ ...base, termDays: 0 }).termDays).toEqual({ message: 'ra.validation.minValue', args: { min: 1 } });
    expect(validateProduct({ ...base, termDays: 1.5 }).termDays).toBe('ra.validation.number');
    expect(validateProduct({ ...base, coolingOffHours: -1 }).coolingOffHours).toEqual({ message: 'ra.validation.minValue', args: { min: 0 } });
    expect(validateProduct({ ...base, termDays: 30, coolingOffHours: 0 })).toEqual({});
  });
});
