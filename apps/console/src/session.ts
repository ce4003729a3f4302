import type { LoginMutation } from '@tierwise/client';

/** The signed-in session, kept for the browser tab (sessionStorage), never longer. */
const KEY = 'tierwise.session';

export type Session = LoginMutation['login'];

export const session = {
  get(): Session | null {
    const raw = sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  },
  set(value: Session) {
    sessionStorage.setItem(KEY, JSON.stringify(value));
  },
  clear() {
    sessionStorage.removeItem(KEY);
  },
  token(): string | undefined {
    return this.get()?.token;
  },
};
