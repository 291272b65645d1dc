/**
 * Guide files and responses as text: the size cap and the decoding that the elements apply to a
 * response and `career-widgets validate` to a file, so that both give the same verdict.
 */
import type { GuideIssue } from './validate.js';

/** The largest guide, in bytes, that the elements load and the command line accepts. */
export const MAX_GUIDE_BYTES = 2_000_000;

/** The text of a guide, or why there is none. */
export type GuideTextResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly issues: readonly GuideIssue[] };

/**
 * Decodes a guide's bytes chunk by chunk as a browser decodes a JSON response: UTF-8, one leading
 * byte-order mark dropped, malformed bytes replaced. Refuses more than `maxBytes` bytes.
 */
export class GuideTextDecoder {
  readonly #maxBytes: number;
  readonly #decoder = new TextDecoder();
  #received = 0;
  #text = '';

  constructor(maxBytes: number = MAX_GUIDE_BYTES) {
    this.#maxBytes = maxBytes;
  }

  /** Whether more bytes than the cap have arrived. */
  get tooLarge(): boolean {
    return this.#received > this.#maxBytes;
  }

  /** Adds the next chunk; false once the guide is over the cap, when reading should stop. */
  push(chunk: Uint8Array): boolean {
    this.#received += chunk.byteLength;
    if (this.tooLarge) return false;
    this.#text += this.#decoder.decode(chunk, { stream: true });
    return true;
  }

  /** The whole text, or the issue that says the guide is too large. */
  finish(): GuideTextResult {
    if (this.tooLarge) return { ok: false, issues: [tooLargeIssue(this.#maxBytes)] };
    return { ok: true, text: this.#text + this.#decoder.decode() };
  }
}

/** Decodes a whole guide at once (see `GuideTextDecoder`). */
export function decodeGuideText(bytes: Uint8Array, maxBytes: number = MAX_GUIDE_BYTES): GuideTextResult {
  const decoder = new GuideTextDecoder(maxBytes);
  decoder.push(bytes);
  return decoder.finish();
}

/** The issue for a guide over `maxBytes`: "the guide is larger than 2.0 MB". */
export function tooLargeIssue(maxBytes: number = MAX_GUIDE_BYTES): GuideIssue {
  const size = maxBytes >= 1_000_000 ? `${(maxBytes / 1_000_000).toFixed(1)} MB` : `${Math.round(maxBytes / 1000)} kB`;
  return { path: '', code: 'too_large', message: `the guide is larger than ${size}` };
}
