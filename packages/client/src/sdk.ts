import { print, type DocumentNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { LoginDocument } from './generated/graphql';

/** One GraphQL error as Tierwise sends it: a stable code, a readable message, and for BAD_USER_INPUT the fields. */
export interface TierwiseGraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: {
    code?: string;
    fields?: { field?: string; code: string; message: string }[];
    retryAfterSeconds?: number;
    currentVersion?: number;
    [key: string]: unknown;
  };
}

export interface TierwiseResponse<T> {
  data?: T | null;
  errors?: TierwiseGraphQLError[];
  extensions?: Record<string, unknown>;
}

/** Thrown by `request` when the server answers with errors; `code` is the first error's `extensions.code`. */
export class TierwiseError extends Error {
  readonly code: string;
  constructor(
    readonly errors: TierwiseGraphQLError[],
    readonly status: number,
  ) {
    super(errors.map((e) => e.message).join('; '));
    this.code = errors[0]?.extensions?.code ?? 'UNKNOWN';
  }
}

export interface TierwiseClientOptions {
  /** The GraphQL endpoint, e.g. http://localhost:4000/graphql */
  url: string;
  /** A bearer token (from `login`) or a partner API key. */
  token?: string;
  fetch?: typeof fetch;
  headers?: Record<string, string>;
}

/** A small typed client: every operation in `./generated/graphql` can be sent with full types for variables and result. */
export function createTierwiseClient(options: TierwiseClientOptions) {
  let token = options.token;
  const doFetch = options.fetch ?? fetch;

  async function send<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables> | DocumentNode, variables?: TVariables) {
    const response = await doFetch(options.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...options.headers,
      },
      body: JSON.stringify({ query: print(document), variables: variables ?? {} }),
    });
    const body = (await response.json()) as TierwiseResponse<TResult>;
    return { status: response.status, body };
  }

  return {
    /** The full response, errors included: for callers that inspect `errors` and `extensions` themselves. */
    async raw<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables?: TVariables): Promise<TierwiseResponse<TResult>> {
      return (await send(document, variables)).body;
    },
    /** The data, or a thrown TierwiseError carrying the server's error codes. */
    async request<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables?: TVariables): Promise<TResult> {
      const { status, body } = await send(document, variables);
      if (body.errors?.length || !body.data) throw new TierwiseError(body.errors ?? [{ message: `HTTP ${status} without data` }], status);
      return body.data;
    },
    /** Sign in; the token is kept for the following requests. */
    async login(email: string, password: string) {
      const { status, body } = await send(LoginDocument, { email, password });
      if (body.errors?.length || !body.data) throw new TierwiseError(body.errors ?? [], status);
      token = body.data.login.token;
      return body.data.login;
    },
    get token() {
      return token;
    },
    setToken(next: string | undefined) {
      token = next;
    },
  };
}

export type TierwiseClient = ReturnType<typeof createTierwiseClient>;

/** What a request cost and what is left of the key's budget this minute (from `extensions.rateLimit`). */
export interface RateLimitReport {
  cost: number;
  limit: number;
  remaining: number;
  resetAt: string;
}

export interface ApiKeyOptions {
  /** The GraphQL endpoint, e.g. https://tierwise.example-bank.cn/graphql */
  url: string;
  /** The key the institution issued (`tw_…`), shown once when it was made. */
  apiKey: string;
  fetch?: typeof fetch;
}

/**
 * Sends operations with an API key (`X-Api-Key`) and answers their data, or throws a TierwiseError carrying the
 * server's codes; `rateLimit` tells what the last call cost. The partner and app SDKs are built on it.
 */
export function apiKeyCaller(options: ApiKeyOptions) {
  const doFetch = options.fetch ?? fetch;
  let rateLimit: RateLimitReport | null = null;
  return {
    async call<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables): Promise<TResult> {
      const response = await doFetch(options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': options.apiKey },
        body: JSON.stringify({ query: print(document), variables }),
      });
      const body = (await response.json()) as TierwiseResponse<TResult>;
      rateLimit = (body.extensions?.rateLimit as RateLimitReport | undefined) ?? rateLimit;
      if (body.errors?.length || !body.data) throw new TierwiseError(body.errors ?? [{ message: `HTTP ${response.status} without data` }], response.status);
      return body.data;
    },
    get rateLimit() {
      return rateLimit;
    },
  };
}
