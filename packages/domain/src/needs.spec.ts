import { NeedType } from './enums';
import { BehaviourType, evaluateNeedRule, interviewNeedExpiry, needRuleEdit, needRuleViolations, type BehaviourSignal, type NeedRuleSpec } from './needs';
import { DAY_MS } from './tiering';

const now = new Date('2026-11-29T12:00:00Z');
const rule: NeedRuleSpec = { eventType: null, topic: 'mortgage_rate', minEvents: 3, windowDays: 30, need: NeedType.HOME_PURCHASE, weight: 80 };
const at = (daysAgo: number, id = `e${daysAgo}`, type = BehaviourType.SEARCH, topic = 'mortgage_rate'): BehaviourSignal => ({
  id,
  type,
  topic,
  occurredAt: new Date(now.getTime() - daysAgo * DAY_MS),
});

describe('need rules', () => {
  it.each([
    ['two look-ups are below the threshold', [at(1), at(2)], false],
    ['three look-ups in the window meet it', [at(1), at(2), at(29)], true],
    ['a look-up exactly 30 days old has left the window', [at(1), at(2), at(30)], false],
    ['one millisecond inside the window still counts', [at(1), at(2), at(30 - 1 / DAY_MS)], true],
    ['other topics do not count', [at(1), at(2), at(3, 'x', BehaviourType.SEARCH, 'pension')], false],
    ['events after "now" do not count', [at(1), at(2), at(-1)], false],
  ])('%s', (_name, events, met) => {
    expect(evaluateNeedRule(rule, events, now).met).toBe(met);
  });

  it('counts only the configured event type when it has one', () => {
    const consultations = { ...rule, eventType: BehaviourType.CONSULTATION, minEvents: 1 };
    expect(evaluateNeedRule(consultations, [at(1)], now).met).toBe(false);
    expect(evaluateNeedRule(consultations, [at(1, 'c', BehaviourType.CONSULTATION)], now).met).toBe(true);
  });

  it('keeps the evidence newest first, and lapses when the third-newest look-up leaves the window', () => {
    const outcome = evaluateNeedRule(rule, [at(10), at(1), at(5), at(20)], now);
    expect(outcome.evidence.map((e) => e.id)).toEqual(['e1', 'e5', 'e10', 'e20']);
    expect(outcome.expiresAt).toEqual(new Date(now.getTime() + 20 * DAY_MS)); // e10 + 30 days
    // At that moment, evaluated again, the rule is no longer met: the need has expired with its signals.
    expect(evaluateNeedRule(rule, [at(10), at(1), at(5), at(20)], outcome.expiresAt!).met).toBe(false);
  });

  it.each([
    [{ topic: 'Mortgage Rate' }, 'topic'],
    [{ minEvents: 0 }, 'minEvents'],
    [{ windowDays: 731 }, 'windowDays'],
    [{ weight: 101 }, 'weight'],
  ])('refuses %p', (over, field) => {
    expect(needRuleViolations({ ...rule, ...over }).map((v) => v.field)).toEqual([field]);
  });
});

describe('editing a need rule (what happens to the needs it detected)', () => {
  const rule = {
    eventType: BehaviourType.PAGE_VIEW,
    topic: 'mortgage_rate',
    minEvents: 3,
    windowDays: 30,
    need: NeedType.HOME_PURCHASE,
    weight: 70,
    active: true,
  };
  it.each([
    ['nothing that matters changed', {}, 'NONE'],
    ['switched off: its needs lapse', { active: false }, 'LAPSE'],
    ['another topic', { topic: 'school_fees' }, 'LAPSE'],
    ['another event type', { eventType: BehaviourType.SEARCH }, 'LAPSE'],
    ['any event type instead of one', { eventType: null }, 'LAPSE'],
    ['another need', { need: NeedType.EDUCATION }, 'LAPSE'],
    ['switched off and re-weighted: lapsing wins', { active: false, weight: 10 }, 'LAPSE'],
    ['more events needed: re-checked on the events', { minEvents: 4 }, 'RECHECK'],
    ['a shorter window', { windowDays: 7 }, 'RECHECK'],
    ['new thresholds and a new weight: re-checked (the re-check applies the weight)', { windowDays: 7, weight: 90 }, 'RECHECK'],
    ['only a new weight: applied at once', { weight: 90 }, 'REWEIGHT'],
  ] as const)('%s', (_case, change, effect) => {
    expect(needRuleEdit(rule, { ...rule, ...change })).toBe(effect);
  });
});

describe('a need from an interview', () => {
  it('holds 120 days unless confirmed again, or the days the advisor gives', () => {
    const now = new Date('2026-03-01T02:00:00Z');
    expect(interviewNeedExpiry(now).toISOString()).toBe('2026-06-29T02:00:00.000Z');
    expect(interviewNeedExpiry(now, 30).toISOString()).toBe('2026-03-31T02:00:00.000Z');
  });
});
