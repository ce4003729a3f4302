import { maskIdNumber, maskName, maskPhone } from './masking';

describe('masking personal data', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['+8613812345678', '+86*******5678'],
    ['12345', '*****'],
    [null, null],
  ])('phone %p → %p', (v, m) => {
    expect(maskPhone(v)).toBe(m);
  });
  it.each([
    ['110101199001011234', '110***********1234'],
    ['11010119900101123X', '110***********123X'],
    [null, null],
  ])('ID number %p → %p', (v, m) => {
    expect(maskIdNumber(v)).toBe(m);
  });
  it.each([
    ['张三', '张*'],
    ['欧阳娜娜', '欧**娜'],
    ['李', '*'],
    ['Wang Wei', 'W******i'],
    [null, null],
  ])('name %p → %p', (v, m) => {
    expect(maskName(v)).toBe(m);
  });
});
