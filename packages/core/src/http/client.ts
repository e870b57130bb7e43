/**
 * The one HTTP path of the SDK, over ky: bearer token, timeout, idempotency keys, retries with full
 * jitter and Retry-After, step-up, and contract validation of every response.
 */
import ky, { isTimeoutError as isKyTimeoutError } from 'ky';
import { routes, type RouteSpec } from '@giftkit/contract';
import type * as z from 'zod/mini';
import { NetworkError } from '../errors/network-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { isStepUpRequiredError } from '../errors/step-up-required-error.js';
import { newIdempotencyKey } from '../internal/idempotency-key.js';
import { sleep } from '../internal/sleep.js';
import { errorFromResponse } from './error-from-response.js';
import { parseBody, issuesOf } from './parse-body.js';
import { parseRetryAfter } from './retry-after.js';
import { backoffDelay, shouldRetry, type RetryPolicy } from './retry-policy.js';
import { resolveStepUp, type StepUpHandler } from './step-up.js';

/** A server asking for step-up again right after a verified one is a loop, not a flow: stop there. */
const MAX_STEP_UPS = 2;

/** What the HTTP client is built from (resolved `createGiftkit` options). */
export interface HttpClientOptions {
  readonly baseUrl: string;
  readonly getToken: () => string | Promise<string>;
  readonly fetch: typeof globalThis.fetch | undefined;
  readonly timeout: number | false;
  readonly retry: RetryPolicy;
  readonly onStepUp: StepUpHandler | undefined;
}

type BodyOf<R> = R extends { readonly body: infer B extends z.ZodMiniType } ? z.input<B> : never;

/** The parsed response of a route. */
export type ResponseOf<R extends RouteSpec> = z.output<R['response']>;

/** The parts of one call. */
export interface CallInit<R extends RouteSpec> {
  readonly params?: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, string | number | undefined>>;
  readonly body?: BodyOf<R>;
  /** Reused on every retry and after a step-up; made here when the route needs one and none is given. */
  readonly idempotencyKey?: string | undefined;
  /** Sends `If-None-Match`; a 304 then yields no data. */
  readonly ifNoneMatch?: string | undefined;
  readonly lastEventId?: string | undefined;
  readonly signal?: AbortSignal | undefined;
}

/** A validated response, with the ETag it came with. `data` is undefined on a 304. */
export interface Exchange<R extends RouteSpec> {
  readonly data: ResponseOf<R> | undefined;
  readonly etag: string | null;
}

/** The SDK's HTTP client. */
export interface HttpClient {
  /** Calls `route` and returns its validated response. */
  call<R extends RouteSpec>(route: R, init?: CallInit<R>): Promise<ResponseOf<R>>;
  /** Calls `route` and returns its validated response with its ETag; a 304 yields `data: undefined`. */
  exchange<R extends RouteSpec>(route: R, init?: CallInit<R>): Promise<Exchange<R>>;
  /** Opens a streaming route once (no retry: the stream reader reconnects itself) and returns the 2xx response. */
  open<R extends RouteSpec>(route: R, init?: CallInit<R>): Promise<Response>;
}

function pathOf(route: RouteSpec, params: Readonly<Record<string, string>> | undefined): string {
  // ky's prefixUrl refuses inputs with a leading slash.
  return route.path.slice(1).replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === '') throw new TypeError(`${route.path} needs the "${name}" parameter`);
    return encodeURIComponent(value);
  });
}

function checkInput(route: RouteSpec, init: CallInit<RouteSpec>, where: string): void {
  for (const [schema, value, part] of [
    [route.body, init.body, 'body'],
    [route.query, init.query, 'query'],
    [route.params, init.params, 'parameters'],
  ] as const) {
    if (!schema) continue;
    const result = schema.safeParse(value ?? {});
    if (!result.success) {
      const issue = issuesOf(result.error)[0];
      throw new TypeError(`Invalid ${part} for ${where}: ${issue?.path.map(String).join('.') || '(root)'}: ${issue?.message ?? ''}`);
    }
  }
}

/** Builds the HTTP client. */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const api = ky.create({
    prefixUrl: options.baseUrl,
    // Looked up per request so that nothing is captured at creation and a later polyfill or spy applies.
    fetch: (input, init) => (options.fetch ?? globalThis.fetch)(input, init),
    retry: 0,
    timeout: options.timeout,
    throwHttpErrors: false,
  });

  async function send(route: RouteSpec, init: CallInit<RouteSpec>, key: string | undefined): Promise<Response> {
    const headers: Record<string, string> = {
      authorization: `Bearer ${await options.getToken()}`,
      accept: route.stream ? 'text/event-stream' : 'application/json',
    };
    if (key !== undefined) headers['idempotency-key'] = key;
    if (init.ifNoneMatch !== undefined) headers['if-none-match'] = init.ifNoneMatch;
    if (init.lastEventId !== undefined) headers['last-event-id'] = init.lastEventId;
    const searchParams: Record<string, string> = {};
    for (const [name, value] of Object.entries(init.query ?? {})) if (value !== undefined) searchParams[name] = String(value);
    try {
      return await api(pathOf(route, init.params), {
        method: route.method,
        headers,
        searchParams,
        ...(init.body === undefined ? {} : { json: init.body }),
        ...(init.signal === undefined ? {} : { signal: init.signal }),
      });
    } catch (error) {
      throw transportError(error, init.signal);
    }
  }

  function transportError(error: unknown, signal: AbortSignal | undefined): unknown {
    if (signal?.aborted) return signal.reason;
    if (isKyTimeoutError(error)) return new TimeoutError(options.timeout || 0, error);
    return new NetworkError(error);
  }

  async function exchange<R extends RouteSpec>(route: R, init: CallInit<R> = {}): Promise<Exchange<R>> {
    const where = `${route.method} ${route.path}`;
    checkInput(route, init, where);
    const key = route.idempotent ? (init.idempotencyKey ?? newIdempotencyKey()) : undefined;
    let retries = 0;
    let stepUps = 0;
    for (;;) {
      let error: unknown;
      let retryAfter: number | null = null;
      try {
        const response = await send(route, init, key);
        let text: string;
        try {
          text = await response.text();
        } catch (caught) {
          throw transportError(caught, init.signal);
        }
        if (response.status === 304 && init.ifNoneMatch !== undefined) return { data: undefined, etag: init.ifNoneMatch };
        if (response.ok) {
          const data = parseBody<R['response']>(route.response, text, where, response.status);
          return { data, etag: response.headers.get('etag') };
        }
        if (response.status === 429 || response.status === 503) retryAfter = parseRetryAfter(response.headers.get('retry-after'));
        error = errorFromResponse(response, text, where);
      } catch (caught) {
        error = caught;
      }
      if (isStepUpRequiredError(error) && options.onStepUp && stepUps < MAX_STEP_UPS) {
        stepUps++;
        await resolveStepUp(
          error.challenge,
          options.onStepUp,
          (challengeId, code) => call(routes.verifyStepUp, { params: { challengeId }, body: { code }, signal: init.signal }),
          init.signal,
        );
        continue; // the same key: the server now lets the original request through
      }
      if (retries < options.retry.limit && shouldRetry(error, route.method, key !== undefined)) {
        const wait = retryAfter ?? backoffDelay(retries, options.retry);
        if (wait > options.retry.maxRetryAfter) throw error;
        retries++;
        await sleep(wait, init.signal);
        continue;
      }
      throw error;
    }
  }

  async function call<R extends RouteSpec>(route: R, init?: CallInit<R>): Promise<ResponseOf<R>> {
    return (await exchange(route, init)).data as ResponseOf<R>;
  }

  async function open<R extends RouteSpec>(route: R, init: CallInit<R> = {}): Promise<Response> {
    const where = `${route.method} ${route.path}`;
    const response = await send(route, init, undefined);
    if (response.ok) return response;
    let text = '';
    try {
      text = await response.text();
    } catch {
      // The status alone is enough to report.
    }
    throw errorFromResponse(response, text, where);
  }

  return { call, exchange, open };
}
