import { contactDecision, DEFAULT_CONTACT_POLICY, MessageCategory as C, MessageChannel as Ch, quietHoursEnd, type ContactFacts } from './contact-policy';

const at = (iso: string) => new Date(iso);
const facts = (over: Partial<ContactFacts> = {}): ContactFacts => ({
  consented: true,
  inCoolingOff: false,
  sent: [],
  ignoredAt: [],
  duplicate: false,
  stale: false,
  ...over,
});
const sms = (iso: string, category = C.MARKETING) => ({ channel: Ch.SMS, category, at: at(iso) });
const sentSms = (...isos: string[]) => isos.map((iso) => ({ channel: Ch.SMS, category: C.MARKETING, sentAt: at(iso) }));

describe('the contact policy (issue 15)', () => {
  it.each([
    ['a marketing SMS at noon, nothing sent yet', sms('2026-12-02T12:00:00+08:00'), facts(), 'SEND'],
    ['without the channel’s consent', sms('2026-12-02T12:00:00+08:00'), facts({ consented: false }), 'NO_CONSENT'],
    ['during cooling-off', sms('2026-12-02T12:00:00+08:00'), facts({ inCoolingOff: true }), 'COOLING_OFF'],
    ['the same reminder again', sms('2026-12-02T12:00:00+08:00', C.REMINDER), facts({ duplicate: true }), 'DUPLICATE'],
    ['a reminder whose holding no longer matures then', sms('2026-12-02T12:00:00+08:00', C.REMINDER), facts({ stale: true }), 'STALE'],
    [
      'the third marketing SMS of the day',
      sms('2026-12-02T18:00:00+08:00'),
      facts({ sent: sentSms('2026-12-02T09:00:00+08:00', '2026-12-02T10:00:00+08:00') }),
      'CAP_REACHED',
    ],
    // Two yesterday evening in Beijing time (still "today" in UTC) do not count against today.
    [
      'two sent the evening before, in Beijing',
      sms('2026-12-02T09:00:00+08:00'),
      facts({ sent: sentSms('2026-12-01T20:00:00+08:00', '2026-12-01T20:30:00+08:00') }),
      'SEND',
    ],
    [
      'the sixth in seven calendar days',
      sms('2026-12-07T12:00:00+08:00'),
      facts({
        sent: sentSms(
          '2026-12-01T12:00:00+08:00',
          '2026-12-02T12:00:00+08:00',
          '2026-12-03T12:00:00+08:00',
          '2026-12-04T12:00:00+08:00',
          '2026-12-05T12:00:00+08:00',
        ),
      }),
      'CAP_REACHED',
    ],
    [
      'five, the first of them eight days ago',
      sms('2026-12-08T12:00:00+08:00'),
      facts({
        sent: sentSms(
          '2026-11-30T12:00:00+08:00',
          '2026-12-02T12:00:00+08:00',
          '2026-12-03T12:00:00+08:00',
          '2026-12-04T12:00:00+08:00',
          '2026-12-05T12:00:00+08:00',
        ),
      }),
      'SEND',
    ],
    [
      'three ignored in 30 days: a rest',
      sms('2026-12-10T12:00:00+08:00'),
      facts({ ignoredAt: [at('2026-11-15T12:00:00Z'), at('2026-11-25T12:00:00Z'), at('2026-12-05T12:00:00Z')] }),
      'SUPPRESSED',
    ],
    [
      'three ignored, but over more than 30 days',
      sms('2026-12-10T12:00:00+08:00'),
      facts({ ignoredAt: [at('2026-10-01T12:00:00Z'), at('2026-11-25T12:00:00Z'), at('2026-12-05T12:00:00Z')] }),
      'SEND',
    ],
    [
      'the rest over',
      sms('2027-01-05T12:00:00+08:00'),
      facts({ ignoredAt: [at('2026-11-15T12:00:00Z'), at('2026-11-25T12:00:00Z'), at('2026-12-05T12:00:00Z')] }),
      'SEND',
    ],
    [
      'a transactional message: no caps',
      sms('2026-12-02T18:00:00+08:00', C.TRANSACTIONAL),
      facts({ consented: false, inCoolingOff: true, sent: sentSms('2026-12-02T09:00:00+08:00', '2026-12-02T10:00:00+08:00') }),
      'SEND',
    ],
  ] as const)('%s', (_name, message, f, expected) => {
    const decision = contactDecision(message, f);
    expect(decision.outcome === 'DROP' ? decision.reason : decision.outcome).toBe(expected);
  });

  it('holds a message through quiet hours, until they end in the customer’s time zone, and counts it on the day it goes', () => {
    expect(contactDecision(sms('2026-12-02T22:30:00+08:00'), facts())).toEqual({
      outcome: 'HOLD',
      reason: 'QUIET_HOURS_HELD',
      until: at('2026-12-03T08:00:00+08:00'),
    });
    expect(contactDecision(sms('2026-12-03T06:00:00+08:00'), facts())).toEqual({
      outcome: 'HOLD',
      reason: 'QUIET_HOURS_HELD',
      until: at('2026-12-03T08:00:00+08:00'),
    });
    // Released at 08:00 with two already sent that day: the cap of the day it goes stops it.
    expect(contactDecision(sms('2026-12-03T08:00:00+08:00'), facts({ sent: sentSms('2026-12-02T09:00:00+08:00', '2026-12-02T10:00:00+08:00') }))).toEqual({
      outcome: 'SEND',
    });
    const twoToday = facts({ sent: sentSms('2026-12-03T08:00:00+08:00', '2026-12-03T08:00:30+08:00') });
    expect(contactDecision(sms('2026-12-03T08:01:00+08:00'), twoToday)).toEqual({ outcome: 'DROP', reason: 'CAP_REACHED' });
    // A transactional message goes at night.
    expect(contactDecision(sms('2026-12-02T23:00:00+08:00', C.TRANSACTIONAL), facts())).toEqual({ outcome: 'SEND' });
    // Quiet hours that do not cross midnight, and none at all.
    expect(quietHoursEnd(at('2026-12-02T13:30:00+08:00'), { start: '12:00', end: '14:00' }, 'Asia/Shanghai')).toEqual(at('2026-12-02T14:00:00+08:00'));
    expect(quietHoursEnd(at('2026-12-02T15:00:00+08:00'), { start: '12:00', end: '14:00' }, 'Asia/Shanghai')).toBeNull();
    expect(contactDecision(sms('2026-12-02T23:00:00+08:00'), facts(), { ...DEFAULT_CONTACT_POLICY, quietHours: null })).toEqual({ outcome: 'SEND' });
  });
});
