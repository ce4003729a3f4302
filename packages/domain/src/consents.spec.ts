import { consentsInForce, type ConsentRecord } from './consents';

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute));
const r = (kind: string, granted: boolean, minute: number, partnerId: string | null = null): ConsentRecord => ({
  kind,
  partnerId,
  granted,
  changedAt: at(minute),
});

describe('the consents in force', () => {
  it.each([
    ['the latest decision per kind wins', [r('SMS', true, 1), r('SMS', false, 2)], [['SMS', false]]],
    ['a later grant after a withdrawal', [r('SMS', false, 1), r('SMS', true, 3)], [['SMS', true]]],
    [
      'kinds are independent',
      [r('SMS', true, 1), r('PUSH', false, 2)],
      [
        ['PUSH', false],
        ['SMS', true],
      ],
    ],
    ['two decisions at the same instant count as a withdrawal', [r('SMS', true, 5), r('SMS', false, 5)], [['SMS', false]]],
    ['nothing recorded: nothing in force', [], []],
  ])('%s', (_name, records, expected) => {
    expect(consentsInForce(records).map((c) => [c.kind, c.granted])).toEqual(expected);
  });

  it('keeps data sharing apart per partner', () => {
    const inForce = consentsInForce([r('DATA_SHARING', true, 1, 'p1'), r('DATA_SHARING', true, 2, 'p2'), r('DATA_SHARING', false, 3, 'p1')]);
    expect(inForce.map((c) => [c.partnerId, c.granted])).toEqual([
      ['p1', false],
      ['p2', true],
    ]);
  });
});
