/**
 * Loading guides over the network: one request per URL shared by every element on the page,
 * aborted when the last element that wants it goes away, with a time limit, a size cap and
 * status and content-type checks. The parsed JSON is shared; each reader validates the sections
 * it shows, once per set of sections (sections.ts).
 */
import type { Guide } from '../contract/schema.js';
import { validatePart, wholeGuide } from '../contract/sections.js';
import { GuideTextDecoder, MAX_GUIDE_BYTES, tooLargeIssue } from '../contract/text.js';
import { parseJson } from '../contract/validate.js';
import { GuideError } from './errors.js';

/** Limits for guide requests. */
export interface LoadOptions {
  /** Give up after this many milliseconds. */
  timeoutMs: number;
  /** Refuse responses larger than this many bytes. */
  maxBytes: number;
}

/** The limits in force; `configureLoading()` changes them page-wide. */
const options: LoadOptions = { timeoutMs: 15_000, maxBytes: MAX_GUIDE_BYTES };

/** Changes the page-wide limits for guide requests. */
export function configureLoading(changes: Partial<LoadOptions>): void {
  Object.assign(options, changes);
}

interface SharedRequest {
  /** The parsed JSON, not yet validated. */
  readonly promise: Promise<unknown>;
  readonly controller: AbortController;
  users: number;
  settled: boolean;
}

const requests = new Map<string, SharedRequest>();

/**
 * How many loaded guides stay cached. A long-lived page that shows many guides in turn must not
 * keep them all: past this, the least recently used one is forgotten (and fetched again if it
 * is needed again).
 */
const MAX_CACHED_GUIDES = 32;

/** Forgets every loaded guide, so the next load requests it again. */
export function clearGuideCache(): void {
  for (const request of requests.values()) if (!request.settled) request.controller.abort();
  requests.clear();
}

/** The absolute form of a guide URL, relative to the document. */
export function resolveGuideUrl(src: string): string {
  return new URL(src, document.baseURI).href;
}

/**
 * Loads and validates the whole guide at `src`. Callers that ask for the same URL share one
 * request; aborting `signal` withdraws this caller, and the request is aborted when no caller
 * is left.
 */
export async function loadGuide(src: string, signal?: AbortSignal): Promise<Guide> {
  const { url, json } = await loadGuideJson(src, signal);
  const result = validatePart(json, wholeGuide);
  if (!result.ok) throw GuideError.fromIssues(result.issues, url);
  return result.guide;
}

/** What `loadGuideJson` gives: the absolute URL and the parsed JSON, not yet validated. */
export interface LoadedJson {
  readonly url: string;
  readonly json: unknown;
}

/**
 * Loads the JSON at `src` without validating it: every element validates the sections it shows
 * (sections.ts), and the parsed object is shared, so it is validated once per set of sections
 * however many elements show it. Requests are shared as `loadGuide` says.
 */
export function loadGuideJson(src: string, signal?: AbortSignal): Promise<LoadedJson> {
  if (src.trim() === '') return Promise.reject(new GuideError('no-source', 'the src attribute is empty'));
  let url: string;
  try {
    url = resolveGuideUrl(src);
  } catch {
    return Promise.reject(new GuideError('network', 'the src attribute is not a valid URL'));
  }
  if (signal?.aborted) return Promise.reject(signal.reason);

  let request = requests.get(url);
  if (request) {
    // Most recently used last, so the oldest is the first to go.
    requests.delete(url);
    requests.set(url, request);
  } else {
    request = startRequest(url);
    requests.set(url, request);
    forgetOldGuides();
  }
  const shared = request;
  shared.users += 1;

  return new Promise<LoadedJson>((resolve, reject) => {
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      signal?.removeEventListener('abort', onAbort);
      shared.users -= 1;
      if (shared.users === 0 && !shared.settled) {
        shared.controller.abort();
        if (requests.get(url) === shared) requests.delete(url);
      }
    };
    const onAbort = () => {
      release();
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    shared.promise.then(
      (json) => {
        release();
        resolve({ url, json });
      },
      (error: unknown) => {
        release();
        reject(error);
      },
    );
  });
}

function forgetOldGuides(): void {
  const settled = [...requests].filter(([, request]) => request.settled).map(([url]) => url);
  for (const url of settled.slice(0, Math.max(0, settled.length - MAX_CACHED_GUIDES))) requests.delete(url);
}

function startRequest(url: string): SharedRequest {
  const controller = new AbortController();
  const promise = fetchGuide(url, controller).then(
    (guide) => {
      request.settled = true;
      return guide;
    },
    (error: unknown) => {
      request.settled = true;
      // Failures are not cached: a retry must reach the network again.
      if (requests.get(url) === request) requests.delete(url);
      throw error;
    },
  );
  // Nobody may be listening when a withdrawn request fails; that must not surface as an
  // unhandled rejection in the host page.
  promise.catch(() => {});
  const request: SharedRequest = { promise, controller, users: 0, settled: false };
  return request;
}

async function fetchGuide(url: string, controller: AbortController): Promise<unknown> {
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      headers: { accept: 'application/json' },
      credentials: 'same-origin',
    });
    if (!response.ok) {
      void response.body?.cancel().catch(() => {});
      const statusText = response.statusText ? ` ${response.statusText}` : '';
      throw new GuideError('http', `the server answered HTTP ${response.status}${statusText}`, { status: response.status, url });
    }
    checkContentType(response, url);
    const text = await readCapped(response, url);
    const parsed = parseJson(text);
    if (!parsed.ok) throw GuideError.fromIssues(parsed.issues, url);
    return parsed.value;
  } catch (error) {
    if (error instanceof GuideError) throw error;
    if (timedOut) throw new GuideError('timeout', `no answer within ${Math.round(options.timeoutMs / 1000)} seconds`, { url });
    if (controller.signal.aborted) throw error; // withdrawn: nobody is listening
    // A page cannot tell a refused cross-origin response from a network failure; say both.
    const elsewhere = typeof location !== 'undefined' && new URL(url).origin !== location.origin;
    const message = elsewhere
      ? "the guide could not be loaded from another origin: its server must send Access-Control-Allow-Origin for this page's origin, or the network failed"
      : 'the guide could not be loaded (network error, blocked or unreachable)';
    throw new GuideError('network', message, { url });
  } finally {
    clearTimeout(timer);
  }
}

function checkContentType(response: Response, url: string): void {
  const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  // A missing type (file: URLs, some static hosts) is let through: the JSON parse decides.
  if (type === '' || type === 'application/json' || type === 'text/json' || type.endsWith('+json')) return;
  const what = type === 'text/html' ? 'an HTML page' : type;
  void response.body?.cancel().catch(() => {});
  throw new GuideError('content-type', `expected JSON, got ${what} (${type})`, { url, status: response.status });
}

/**
 * The response's text as `career-widgets validate` reads a file (contract/text.ts): UTF-8 with a
 * leading byte-order mark dropped, refused past the size cap.
 */
async function readCapped(response: Response, url: string): Promise<string> {
  const tooLarge = () => new GuideError('too-large', tooLargeIssue(options.maxBytes).message, { url, status: response.status });
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > options.maxBytes) {
    void response.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  const decoder = new GuideTextDecoder(options.maxBytes);
  if (!response.body) decoder.push(new Uint8Array(await response.arrayBuffer()));
  else {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!decoder.push(value)) {
        void reader.cancel().catch(() => {});
        break;
      }
    }
  }
  const result = decoder.finish();
  if (!result.ok) throw tooLarge();
  return result.text;
}
