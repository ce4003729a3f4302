import { auditFieldLabel, auditValueText } from './present';
import { translatorFor } from '../i18n/catalogs';

describe('an audit entry as a person reads it', () => {
  const zh = translatorFor('zh-CN');
  const en = translatorFor('en');

  it("labels fields with the record's own field labels, consents by their kind, in the chosen language", () => {
    expect(auditFieldLabel(zh, 'Product', 'minInvestment')).not.toBe('minInvestment');
    expect(auditFieldLabel(en, 'Product', 'eligibleTierIds')).toBe('Eligible tiers');
    expect(auditFieldLabel(zh, 'Customer', 'consent:MARKETING_SMS')).toBe(`授权: ${zh('enums.ConsentKind.MARKETING_SMS')}`);
    expect(auditFieldLabel(zh, 'Customer', 'revealed')).toBe('个人信息');
    expect(auditFieldLabel(en, 'Product', 'somethingNew')).toBe('somethingNew');
  });

  it('names enum values per entity, yes/no for booleans, and says what a consent change and a reveal were', () => {
    expect(auditValueText(en, 'Product', 'status', 'SUSPENDED')).toBe('Suspended');
    expect(auditValueText(en, 'PartnerInstitution', 'status', 'TERMINATED')).toBe('Terminated');
    expect(auditValueText(zh, 'Product', 'status', 'ACTIVE')).toBe('在售');
    expect(auditValueText(en, 'Product', 'targetNeeds', ['RETIREMENT', 'EDUCATION'])).toBe('Retirement, Education');
    expect(auditValueText(en, 'Product', 'requiresQualifiedInvestor', true)).toBe('Yes');
    expect(auditValueText(zh, 'Customer', 'consent:MARKETING_SMS', 'withdrawn')).toBe('已撤回');
    expect(auditValueText(en, 'Customer', 'revealed', 'name, phone, idNumber')).toBe('Name, phone and ID number shown in full');
    expect(auditValueText(en, 'Product', 'name', null)).toBeNull();
    expect(auditValueText(en, 'Product', 'minInvestment', '1000.00')).toBe('1,000');
    expect(auditValueText(en, 'Customer', 'idNumber', '310101198001011234')).toBe('310101198001011234');
    expect(auditValueText(zh, 'Customer', 'riskAssessmentExpiresAt', '2027-12-02T00:42:03.885Z', 'zh-CN')).toMatch(/^2027\/12\/2/);
  });
});
