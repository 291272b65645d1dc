/**
 * Content-Security-Policy violations of a page in a test frame, from its first byte, in every
 * engine: the page is opened at `withReports(url, key)`, it sends its reports to the test
 * server (test/support/csp.mjs), and `violations(key, win)` reads them back.
 */
import { waitUntil } from '@open-wc/testing';
import { fetchJson } from './server.js';

/** One violation, as the page reported it. */
export interface Violation {
  /** The directive that was violated (`style-src-attr`, `script-src`…). */
  readonly directive: string;
  /** What was refused: a URL, or `inline`, `eval`, `trusted-types-sink`… */
  readonly blocked: string;
  readonly sample: string;
  /** Where, as `file:line`, when the engine says. */
  readonly source: string;
}

/** A key of its own for each page's reports. */
export function reportKey(): string {
  return `k${Math.random().toString(36).slice(2, 10)}`;
}

/** `url`, asking the test server to have the page report its violations under `key`. */
export function withReports(url: string, key: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}csp-report=${key}`;
}

/** The sentinels' domain; each has a host of its own there, since a report may give only the origin. */
const SENTINEL = '.csp-sentinel.invalid';
let sentinels = 0;

/**
 * Every violation the page in `win` has reported so far. A last one of our own goes first (an
 * image from an origin no policy of ours allows), and the reports are read once it has arrived:
 * they travel as requests, and the earlier ones have arrived by then.
 */
export async function violations(key: string, win: Window): Promise<Violation[]> {
  const host = `s${(sentinels += 1)}${SENTINEL}`;
  const image = new (win as Window & typeof globalThis).Image();
  image.src = `https://${host}/`;
  let reports: Violation[] = [];
  await waitUntil(
    async () => {
      reports = await fetchJson<Violation[]>(`/csp-reports/${key}`);
      return reports.some((report) => hostOf(report.blocked) === host);
    },
    `the page reported no violation for ${host}: does it send reports?`,
    { timeout: 5000, interval: 50 },
  );
  return reports.filter((report) => !hostOf(report.blocked).endsWith(SENTINEL));
}

function hostOf(url: string): string {
  return URL.canParse(url) ? new URL(url).host : '';
}
