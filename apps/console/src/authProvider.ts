import type { AuthProvider } from 'react-admin';
import { createTierwiseClient, TierwiseError } from '@tierwise/client';
import { session } from './session';

export const GRAPHQL_URL = '/graphql';

/** The error codes that mean "your session is no longer valid": back to the login page. */
function isSessionError(error: unknown): boolean {
  const e = error as { graphQLErrors?: { extensions?: { code?: string } }[]; networkError?: { statusCode?: number }; status?: number };
  return !!e?.graphQLErrors?.some((g) => g.extensions?.code === 'UNAUTHENTICATED') || e?.networkError?.statusCode === 401 || e?.status === 401;
}

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    const client = createTierwiseClient({ url: GRAPHQL_URL });
    try {
      session.set(await client.login(username, password));
    } catch (error) {
      throw new Error(error instanceof TierwiseError ? error.message : 'The server could not be reached');
    }
  },
  async logout() {
    session.clear();
  },
  async checkAuth() {
    if (!session.token()) throw new Error('Sign in first');
  },
  async checkError(error) {
    if (isSessionError(error)) {
      session.clear();
      throw new Error('Your session has ended: sign in again');
    }
  },
  async getIdentity() {
    const user = session.get()?.user;
    if (!user) throw new Error('Not signed in');
    return { id: user.id, fullName: user.displayName ?? user.email, email: user.email, role: user.role };
  },
  async getPermissions() {
    return session.get()?.user.role ?? null;
  },
};
