import { codedText } from './coded';
import { messagesFor, translatorFor } from './catalogs';

describe('texts the server sends as codes with parameters', () => {
  it("renders a recommendation reason in Chinese with its need translated, not the server's English", () => {
    const text = codedText(translatorFor('zh-CN'), 'zh-CN', 'reasons', {
      code: 'NEED_MATCH',
      params: { need: 'RETIREMENT' },
      fallback: "Matches the customer's retirement need",
    });
    expect(text).toBe('符合客户需求：养老');
    expect(text).not.toMatch(/[A-Za-z]{3,}/);
  });

  it("says a professional investor's suitability as such, and a tier move with grouped amounts and days", () => {
    const en = translatorFor('en');
    expect(codedText(en, 'en', 'reasons', { code: 'SUITABLE', params: { productRisk: 'R5', professional: 'true' }, fallback: 'x' })).toBe(
      'Suitable: R5 for a professional investor',
    );
    expect(
      codedText(en, 'en', 'tierReasons', {
        code: 'DOWNGRADED',
        params: { from: 'HNW', to: 'POTENTIAL', basis: '2500000.5', threshold: '3000000', days: '90', grace: '90' },
        fallback: 'x',
      }),
    ).toBe('Downgraded from HNW to POTENTIAL: AUM basis 2,500,000.5 below 3,000,000 for 90 days (grace period 90 days)');
    expect(codedText(en, 'en', 'reasons', { code: 'SUITABLE', params: { productRisk: 'R1', customerLevel: '' }, fallback: 'x' })).toBe(
      'Suitable: R1 needs no risk assessment',
    );
    expect(codedText(translatorFor('zh-CN'), 'zh-CN', 'retierReasons', { code: 'ON_DEMAND', params: {}, fallback: 'On demand' })).toBe('手动运行');
  });

  it("falls back to the server's text for a record from before codes, or a code this console does not know", () => {
    const zh = translatorFor('zh-CN');
    expect(codedText(zh, 'zh-CN', 'tierReasons', { code: null, params: null, fallback: 'Placed in HNW: basis 5000000' })).toBe('Placed in HNW: basis 5000000');
    expect(codedText(zh, 'zh-CN', 'reasons', { code: 'SOMETHING_NEW', params: {}, fallback: 'Something new' })).toBe('Something new');
  });

  it('has a text in both languages for every code the domain emits', () => {
    const suitability = [
      'PRODUCT_NOT_ACTIVE',
      'OUTSIDE_SALE_WINDOW',
      'TIER_NOT_ELIGIBLE',
      'NO_VALID_ASSESSMENT',
      'RISK_LEVEL_EXCEEDED',
      'ASSESSMENT_TOO_OLD_FOR_PRIVATE_FUND',
      'QUALIFIED_INVESTOR_REQUIRED',
      'ELDERLY_CARE',
      'SUITABLE',
    ];
    const recommendation = ['NEED_MATCH', 'LIFE_STAGE_MATCH', 'OCCUPATION_MATCH', 'RISK_PREFERENCE_MATCH', 'TIER_EXCLUSIVE', 'NEW_PRODUCT_TYPE'];
    const tier = ['PLACED', 'STAYS', 'UPGRADED', 'DOWNGRADED', 'GRACE_PERIOD'];
    for (const locale of ['en', 'zh-CN']) {
      const t = (messagesFor(locale) as Record<string, unknown>).tierwise as Record<string, Record<string, unknown>>;
      for (const code of [...suitability, ...recommendation]) expect([code, typeof t.reasons[code]]).toEqual([code, 'string']);
      for (const code of tier) expect([code, typeof t.tierReasons[code]]).toEqual([code, 'string']);
    }
  });
});
