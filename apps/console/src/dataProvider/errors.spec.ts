import { HttpError } from 'ra-core';
import { isConflict, toReactAdminError } from './errors';

const apolloError = (extensions: Record<string, unknown>, message = 'refused') => ({ message, graphQLErrors: [{ message, extensions }] });

describe('toReactAdminError', () => {
  it('turns BAD_USER_INPUT into field errors a form shows beside each field, translated where the rule has a message', () => {
    const error = toReactAdminError(
      new HttpError(
        'refused',
        200,
        apolloError({
          code: 'BAD_USER_INPUT',
          fields: [
            { field: 'saleEndsAt', code: 'SALE_WINDOW_ORDER', message: 'The sale window must end after it starts' },
            { field: 'code', code: 'matches', message: 'code uses capital letters' },
          ],
        }),
      ),
    ) as HttpError;
    expect(error.status).toBe(400);
    expect(error.body.errors).toEqual({ saleEndsAt: 'tierwise.validation.saleWindow', code: 'code uses capital letters', root: { serverError: 'refused' } });
  });

  it('marks a stale version as a conflict with the current version', () => {
    const error = toReactAdminError(apolloError({ code: 'CONFLICT', currentVersion: 7 })) as HttpError;
    expect(isConflict(error)).toBe(true);
    expect(error.body.currentVersion).toBe(7);
  });

  it('maps UNAUTHENTICATED to 401 so the session ends', () => {
    expect((toReactAdminError(apolloError({ code: 'UNAUTHENTICATED' })) as HttpError).status).toBe(401);
  });

  it('passes through errors that are not GraphQL refusals', () => {
    const network = new Error('offline');
    expect(toReactAdminError(network)).toBe(network);
  });
});
