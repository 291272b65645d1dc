/** Why a guide could not be shown. */
import type { GuideIssue } from '../contract/validate.js';

/** What went wrong, as a stable word that hosts may switch on. */
export type GuideErrorKind =
  /** The request failed: offline, DNS, CORS, connection reset, redirect loop. */
  | 'network'
  /** No response within the time limit. */
  | 'timeout'
  /** The server answered with an error status (see `status`). */
  | 'http'
  /** The response was not JSON (an HTML error page, say). */
  | 'content-type'
  /** The response was larger than the size cap. */
  | 'too-large'
  /** The text was not valid JSON. */
  | 'invalid-json'
  /** The JSON does not follow the contract (see `issues`). */
  | 'invalid-data'
  /** The guide uses a newer contract version than this library reads. */
  | 'unsupported-version'
  /** The element was given an empty `src`. */
  | 'no-source';

/** An error that explains itself: a kind, a readable message and, for bad data, the issues. */
export class GuideError extends Error {
  override readonly name = 'GuideError';
  /** What went wrong. */
  readonly kind: GuideErrorKind;
  /** The HTTP status, for `kind: 'http'`. */
  readonly status: number | undefined;
  /** The URL that was loaded, when there was one. */
  readonly url: string | undefined;
  /** What is wrong with the data, for `invalid-json`, `invalid-data` and `unsupported-version`. */
  readonly issues: readonly GuideIssue[];

  constructor(
    kind: GuideErrorKind,
    message: string,
    details: { status?: number; url?: string; issues?: readonly GuideIssue[] } = {},
  ) {
    super(message);
    this.kind = kind;
    this.status = details.status;
    this.url = details.url;
    this.issues = details.issues ?? [];
  }

  /** Whether trying again may help: the network, a time-out, a server error or rate limit. */
  get retryable(): boolean {
    if (this.kind === 'network' || this.kind === 'timeout') return true;
    return this.kind === 'http' && this.status !== undefined && (this.status >= 500 || this.status === 408 || this.status === 429);
  }

  /** The error for a document that failed validation. */
  static fromIssues(issues: readonly GuideIssue[], url?: string): GuideError {
    const first = issues[0];
    const kind: GuideErrorKind =
      first?.code === 'invalid_json' ? 'invalid-json' : first?.code === 'unsupported_version' ? 'unsupported-version' : 'invalid-data';
    const message = first ? (first.path ? `${first.path}: ${first.message}` : first.message) : 'invalid guide';
    return new GuideError(kind, message, { url, issues });
  }
}
