import { MessageCategory as C } from './contact-policy';
import {
  attributable,
  canMoveCampaign,
  CampaignStatus as S,
  DeliveryEvent as E,
  dueMaturityOffsets,
  formatAmount,
  ignoredAt,
  MessageStatus as M,
  pushAccuracy,
  renderTemplate,
  statusAfter,
  templateProblems,
  type MessageOutcome,
} from './outreach';

const at = (iso: string) => new Date(iso);
const outcome = (over: Partial<MessageOutcome> = {}): MessageOutcome => ({
  status: M.DELIVERED,
  category: C.MARKETING,
  sentAt: at('2026-12-01T10:00:00+08:00'),
  openedAt: null,
  clickedAt: null,
  dismissedAt: null,
  unsubscribedAt: null,
  ...over,
});

describe('outreach rules (issue 15)', () => {
  it.each([
    [M.SENT, E.DELIVERED, M.DELIVERED],
    [M.DELIVERED, E.OPENED, M.OPENED],
    [M.OPENED, E.DELIVERED, M.OPENED], // a late report never moves a message back
    [M.CLICKED, E.OPENED, M.CLICKED],
    [M.SENT, E.BOUNCED, M.BOUNCED],
    [M.DELIVERED, E.FAILED, M.DELIVERED], // delivered already: a failure report changes nothing
    [M.OPENED, E.DISMISSED, M.OPENED], // recorded beside the status
    [M.NOT_SENT, E.DELIVERED, null], // not a message a channel took
    [M.QUEUED, E.OPENED, null],
  ])('a %s message reported %s becomes %s', (from, event, to) => {
    expect(statusAfter(from, event)).toBe(to);
  });

  it('measures push accuracy over delivered outreach only: opened or acted on, not dismissed or unsubscribed', () => {
    const messages = [
      outcome({ status: M.OPENED }),
      outcome({ status: M.CLICKED }),
      outcome({ status: M.CONVERTED }),
      outcome({ status: M.OPENED, dismissedAt: at('2026-12-01T11:00:00+08:00') }),
      outcome({ status: M.CLICKED, unsubscribedAt: at('2026-12-01T11:00:00+08:00') }),
      outcome({ status: M.DELIVERED }),
      outcome({ status: M.SENT }), // not known to be delivered: left out
      outcome({ status: M.BOUNCED }),
      outcome({ status: M.NOT_SENT }),
      outcome({ status: M.OPENED, category: C.TRANSACTIONAL }), // not outreach
    ];
    expect(pushAccuracy(messages)).toEqual({ delivered: 6, accurate: 3, rate: 0.5 });
    expect(pushAccuracy([])).toEqual({ delivered: 0, accurate: 0, rate: null });
  });

  it('counts an approach as ignored when dismissed, or not opened within three days of sending', () => {
    const now = at('2026-12-04T10:00:00+08:00');
    expect(ignoredAt(outcome(), now)).toEqual(at('2026-12-01T10:00:00+08:00'));
    expect(ignoredAt(outcome(), at('2026-12-04T09:59:00+08:00'))).toBeNull(); // still within the three days
    expect(ignoredAt(outcome({ status: M.OPENED, openedAt: at('2026-12-02T10:00:00+08:00') }), now)).toBeNull();
    expect(ignoredAt(outcome({ dismissedAt: at('2026-12-01T10:05:00+08:00') }), at('2026-12-01T11:00:00+08:00'))).toEqual(at('2026-12-01T10:05:00+08:00'));
    expect(ignoredAt(outcome({ category: C.TRANSACTIONAL }), now)).toBeNull();
    expect(ignoredAt(outcome({ status: M.BOUNCED }), now)).toBeNull(); // it never reached them
  });

  it('finds the maturity reminders due today by calendar days in Asia/Shanghai', () => {
    const maturesAt = at('2026-12-10T00:30:00+08:00'); // 9 December in UTC, 10 December in Beijing
    expect(dueMaturityOffsets(maturesAt, [7, 3, 1], at('2026-12-03T08:00:00+08:00'))).toEqual([7]);
    expect(dueMaturityOffsets(maturesAt, [7, 3, 1], at('2026-12-02T23:59:00+08:00'))).toEqual([]); // 8 days before
    expect(dueMaturityOffsets(maturesAt, [7, 3, 1], at('2026-12-09T00:00:00+08:00'))).toEqual([1]);
    expect(dueMaturityOffsets(maturesAt, [7, 3, 1], at('2026-12-10T09:00:00+08:00'))).toEqual([]);
  });

  it('renders templates and names what is wrong with one', () => {
    expect(
      renderTemplate('{{name}}您好，{{ product }}于{{date}}到期，金额{{amount}}元', {
        name: '张*',
        product: '大额存单',
        date: '2026-12-10',
        amount: '200,000.00',
      }),
    ).toBe('张*您好，大额存单于2026-12-10到期，金额200,000.00元');
    expect(renderTemplate('{{tier}}客户', {})).toBe('客户');
    expect(templateProblems('{{name}} {{nmae}} {{product')).toEqual([{ code: 'UNKNOWN_VARIABLE', variable: 'nmae' }, { code: 'UNCLOSED_VARIABLE' }]);
    expect(templateProblems('{{amount}}')).toEqual([]);
  });

  it('formats exact amounts with grouped thousands', () => {
    expect([formatAmount('200000.00'), formatAmount('1234567.5'), formatAmount('999'), formatAmount('-1000.10')]).toEqual([
      '200,000.00',
      '1,234,567.50',
      '999.00',
      '-1,000.10',
    ]);
  });

  it('attributes an order within 7 days of a message to it', () => {
    const sent = at('2026-12-01T10:00:00+08:00');
    expect(attributable(sent, at('2026-12-08T10:00:00+08:00'))).toBe(true);
    expect(attributable(sent, at('2026-12-08T10:00:01+08:00'))).toBe(false);
    expect(attributable(sent, at('2026-12-01T09:59:59+08:00'))).toBe(false); // before it
  });

  it('moves a campaign only along its life: approved before it sends, edited only as a draft again', () => {
    expect(canMoveCampaign(S.DRAFT, S.RUNNING)).toBe(false);
    expect(canMoveCampaign(S.DRAFT, S.SCHEDULED)).toBe(true);
    expect(canMoveCampaign(S.PAUSED, S.RUNNING)).toBe(true);
    expect(canMoveCampaign(S.COMPLETED, S.RUNNING)).toBe(false);
    expect(canMoveCampaign(S.CANCELLED, S.DRAFT)).toBe(false);
  });
});
