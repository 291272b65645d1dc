/**
 * The events every career element dispatches. All bubble and are composed, so a listener on the
 * document hears them from inside any shadow root.
 */
import type { Guide } from '../contract/schema.js';
import type { GuideIssue } from '../contract/validate.js';
import type { GuideErrorKind } from '../data/errors.js';

/** Where an element's guide came from. */
export type GuideSource = 'data' | 'src' | 'inline';

/** Detail of `career-load`. */
export interface CareerLoadDetail {
  /** The validated guide: the header and the sections the element shows (all of them for `<career-guide>`). */
  readonly guide: Guide;
  /** Which input it came from. */
  readonly source: GuideSource;
  /** The absolute URL, for `source: 'src'`. */
  readonly url: string | undefined;
  /** True when the guide lacks the section this element shows. */
  readonly empty: boolean;
}

/** Detail of `career-error`. */
export interface CareerErrorDetail {
  /** What went wrong. */
  readonly kind: GuideErrorKind;
  /** A readable sentence, with the path of the first problem for bad data. */
  readonly message: string;
  /** Every problem found in the data (bounded), each with path, code and message. */
  readonly issues: readonly GuideIssue[];
  /** The HTTP status, for `kind: 'http'`. */
  readonly status: number | undefined;
  /** The URL, when the guide came from `src`. */
  readonly url: string | undefined;
  /** Whether trying again may help. */
  readonly retryable: boolean;
}

/** Detail of `career-select`. */
export interface CareerSelectDetail {
  /** Which element's mark: `salary`, `tier`, `skill`… */
  readonly kind: string;
  /** The mark's id within the guide, e.g. the salary level id `entry`. */
  readonly id: string;
  /** The mark's label as shown. */
  readonly label: string;
  /** The number behind the mark, when it has one. */
  readonly value: number | undefined;
}

const init = { bubbles: true, composed: true } as const;

/** The guide was loaded and validated. */
export class CareerLoadEvent extends CustomEvent<CareerLoadDetail> {
  constructor(detail: CareerLoadDetail) {
    super('career-load', { ...init, detail });
  }
}

/** The guide could not be loaded or is not valid. */
export class CareerErrorEvent extends CustomEvent<CareerErrorDetail> {
  constructor(detail: CareerErrorDetail) {
    super('career-error', { ...init, detail });
  }
}

/** A reader activated a mark (a bar, a tier, a skill) by click, Enter or Space. */
export class CareerSelectEvent extends CustomEvent<CareerSelectDetail> {
  constructor(detail: CareerSelectDetail) {
    super('career-select', { ...init, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'career-load': CareerLoadEvent;
    'career-error': CareerErrorEvent;
    'career-select': CareerSelectEvent;
  }
}
