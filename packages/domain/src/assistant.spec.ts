import { answerConfidence, askOutcome, AskOutcome, assistantRates, ownDataAnswer, ownDataIntent, OwnDataIntent } from './assistant';

describe('the smart customer service rules', () => {
  it.each([
    ['我的权益还剩几次', 'zh', OwnDataIntent.BENEFITS_LEFT],
    ['今年我的体检还剩多少次', 'zh', OwnDataIntent.BENEFITS_LEFT],
    ['我现在是什么等级的客户', 'zh', OwnDataIntent.TIER],
    ['我的风险测评过期了吗', 'zh', OwnDataIntent.ASSESSMENT],
    ['what tier am I', 'en', OwnDataIntent.TIER],
    ['how many benefits do I have left this year', 'en', OwnDataIntent.BENEFITS_LEFT],
    ['what is my risk level', 'en', OwnDataIntent.ASSESSMENT],
    ['what is the status of my order', 'en', OwnDataIntent.ORDERS],
    // General questions, even with "my", go to the knowledge base.
    ['贵宾客户有哪些权益', 'zh', null],
    ['我的权益怎么使用', 'zh', null],
    ['how do I upgrade my tier', 'en', null],
    ['the system says this product is above my risk level', 'en', null],
    ['what is the transfer limit', 'en', null],
  ] as const)('"%s" (%s) is %s', (text, language, intent) => {
    expect(ownDataIntent(text, language)).toBe(intent);
  });

  it('is sure of a full match far ahead of the next, less so when two fit alike, not at all without a match', () => {
    expect(answerConfidence({ score: 10, coverage: 1 }, undefined)).toBe(1);
    expect(answerConfidence({ score: 10, coverage: 1 }, { score: 10, coverage: 1 })).toBe(0.55);
    expect(answerConfidence({ score: 30, coverage: 0.5 }, { score: 10, coverage: 1 })).toBe(0.388);
    expect(answerConfidence(undefined, undefined)).toBe(0);
  });

  it('answers above the threshold; below it, or when asked, a person takes over — if there is a customer to hand over', () => {
    expect(askOutcome({ confidence: 0.5, minConfidence: 0.2, handOffAsked: false, customerKnown: true })).toBe(AskOutcome.ANSWERED);
    expect(askOutcome({ confidence: 0.1, minConfidence: 0.2, handOffAsked: false, customerKnown: true })).toBe(AskOutcome.HANDED_OFF);
    expect(askOutcome({ confidence: 0.9, minConfidence: 0.2, handOffAsked: true, customerKnown: true })).toBe(AskOutcome.HANDED_OFF);
    expect(askOutcome({ confidence: 0.1, minConfidence: 0.2, handOffAsked: false, customerKnown: false })).toBe(AskOutcome.UNANSWERED);
  });

  it('computes the two KPIs, null when there is nothing to measure', () => {
    // 8 questions, 6 answered for good, 1 handed off; 4 requests resolved (the hand-off's among them), 1 by a person.
    expect(assistantRates({ asked: 8, answeredNotReasked: 6, handedOff: 1, resolvedRequests: 4, resolvedWithoutPerson: 3 })).toEqual({
      answeredRate: 0.75,
      selfServiceRate: 0.8182,
    });
    expect(assistantRates({ asked: 0, answeredNotReasked: 0, handedOff: 0, resolvedRequests: 0, resolvedWithoutPerson: 0 })).toEqual({
      answeredRate: null,
      selfServiceRate: null,
    });
  });

  it('answers own-data questions in both languages from the facts', () => {
    const left = ownDataAnswer(OwnDataIntent.BENEFITS_LEFT, {
      benefits: [
        { name: '健康体检', nameEn: 'Health check-up', remaining: 1 },
        { name: '机场贵宾厅', nameEn: 'Airport lounge', remaining: null },
      ],
    });
    expect(left.zh).toBe('今年您的权益：健康体检还剩 1 次；机场贵宾厅不限次数。');
    expect(left.en).toBe('Your benefits this year: Health check-up: 1 left; Airport lounge: unlimited.');
    const expired = ownDataAnswer(OwnDataIntent.ASSESSMENT, { assessment: { level: 'C3', expiresAt: new Date('2026-01-31T00:00:00Z'), valid: false } });
    expect([expired.code, expired.params]).toEqual(['ASSESSMENT_EXPIRED', { level: 'C3', until: '2026-01-31' }]);
  });
});
