import { approvalRefusal, ChangeRequestStatus as S, ChangeResource, changeTransitionViolation, fieldDiff } from './change-requests';

describe('change requests (four eyes)', () => {
  const all = Object.values(S);
  const allowed: Record<S, S[]> = {
    [S.DRAFT]: [S.SUBMITTED, S.CANCELLED, S.SUPERSEDED],
    [S.SUBMITTED]: [S.APPROVED, S.REJECTED, S.CANCELLED, S.SUPERSEDED],
    [S.APPROVED]: [S.APPLIED, S.CANCELLED, S.SUPERSEDED, S.FAILED],
    [S.APPLIED]: [],
    [S.REJECTED]: [],
    [S.CANCELLED]: [],
    [S.SUPERSEDED]: [],
    [S.FAILED]: [],
  };
  it.each(all.flatMap((from) => all.map((to) => [from, to] as const)))('%s → %s', (from, to) => {
    const violation = changeTransitionViolation(from, to);
    expect(violation === null).toBe(allowed[from].includes(to));
    if (violation) expect(violation.code).toBe('INVALID_CHANGE_TRANSITION');
  });

  it.each([
    ['another checker of the resource', { id: 'u2', approves: [ChangeResource.PRODUCT] }, null],
    ['the maker, though a checker', { id: 'u1', approves: [ChangeResource.PRODUCT] }, 'SELF_APPROVAL'],
    ['the maker without the permission', { id: 'u1', approves: [] }, 'SELF_APPROVAL'],
    ['a checker of another resource', { id: 'u2', approves: [ChangeResource.TIER] }, 'NOT_A_CHECKER'],
    ['someone without any permission', { id: 'u3', approves: [] }, 'NOT_A_CHECKER'],
  ] as const)('approval by %s', (_name, checker, refusal) => {
    expect(approvalRefusal({ makerId: 'u1', resource: ChangeResource.PRODUCT }, checker)).toBe(refusal);
  });

  it('diffs per field: what changes, what a create sets, what a delete removes', () => {
    const before = { name: '稳健债券', minInvestment: '1000', eligibleTierIds: ['t1'], status: 'ACTIVE' };
    expect(fieldDiff(before, { name: '稳健债券', minInvestment: '5000', eligibleTierIds: ['t1', 't2'], riskLevel: undefined })).toEqual([
      { field: 'minInvestment', before: '1000', after: '5000' },
      { field: 'eligibleTierIds', before: ['t1'], after: ['t1', 't2'] },
    ]);
    expect(fieldDiff(null, { code: 'F1', name: 'x' })).toEqual([
      { field: 'code', before: null, after: 'F1' },
      { field: 'name', before: null, after: 'x' },
    ]);
    expect(fieldDiff({ code: 'F1' }, null)).toEqual([{ field: 'code', before: 'F1', after: null }]);
    expect(fieldDiff(before, { ...before })).toEqual([]);
    expect(fieldDiff({ minInvestment: '1000.00' }, { minInvestment: '1000' })).toEqual([]); // the same amount, as stored
  });
});
