import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { shallowArrayEquals, Task, TaskStatus } from '@lit/task';
import type { Guide } from '../contract/schema.js';
import { parseJson, type GuideResult } from '../contract/validate.js';
import { validatePart, type GuidePart } from '../contract/sections.js';
import { careerGuideUrl } from '../data/config.js';
import { GuideError } from '../data/errors.js';
import { loadGuideJson, type LoadedJson } from '../data/load.js';
import type { GuideSource } from './events.js';

/** What an element is showing. */
export type GuideState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly guide: Guide; readonly source: GuideSource; readonly url?: string | undefined }
  | { readonly status: 'error'; readonly error: GuideError; readonly source: GuideSource };

/** The inputs a SourceController reads from its element. */
export interface SourceHost extends ReactiveControllerHost, HTMLElement {
  /** The guide as an object or JSON text. */
  readonly data: unknown;
  /** The URL of a guide. */
  readonly src: string | undefined;
  /** A guide by id, from the page's guides base URL. */
  readonly career: string | undefined;
}

/** Where a guide is to be loaded from: `src`, else `career`. */
type Target = readonly [kind: 'src' | 'career' | undefined, value: string | undefined];

const IDLE: GuideState = { status: 'idle' };
const LOADING: GuideState = { status: 'loading' };

/**
 * Where an element's guide comes from, and what it is: the `data` property, else the `src` or
 * `career` attribute (loaded through a Task, one shared request per URL), else an inline
 * `<script type="application/json">` child, in that order of precedence. Whichever it is, the
 * guide is validated here and nowhere else, against the sections the element shows, and the
 * outcome is one `GuideState` object per change, so that events fire once per outcome.
 *
 * Reading the children and the network happen in the browser only; on a server an element
 * shows its `data`.
 */
export class SourceController implements ReactiveController {
  private readonly host: SourceHost;
  private readonly part: () => GuidePart;
  /** The text of the inline JSON child, kept up to date by a MutationObserver. */
  private inlineText: string | undefined;
  private childObserver: MutationObserver | undefined;
  /** Aborted when the element leaves the page: its request is withdrawn. */
  private connection = new AbortController();
  private inputs: readonly unknown[] = [];
  private resolved: GuideState = IDLE;
  private lastRead: { readonly input: unknown; readonly source: 'data' | 'inline'; readonly state: GuideState } | undefined;
  /** The `src` and `career` a server rendered the element with, if it did. */
  private renderedTarget: readonly [string | undefined, string | undefined] | undefined;

  /** The load of `src` or `career`; its arguments are strings, so it reruns only when they change. */
  private readonly load: Task<Target, LoadedJson | undefined>;

  /** `part` names the sections the element shows: all it validates. */
  constructor(host: SourceHost, part: () => GuidePart) {
    this.host = host;
    this.part = part;
    this.load = new Task(host, {
      task: ([kind, value], { signal }) => this.fetch(kind, value, AbortSignal.any([signal, this.connection.signal])),
      args: (): Target => (host.data !== undefined ? [undefined, undefined] : this.target()),
    });
    host.addController(this);
  }

  /** What the state is computed from: the data, the URL or id, and the inline JSON. */
  get input(): readonly unknown[] {
    return [this.host.data, ...this.target(), this.inlineText];
  }

  /**
   * A server rendered the element from its inline JSON (see `career-widgets/ssr`): the element
   * shows that guide, with no request, while its `src` and `career` stay as the server saw them.
   */
  preferInline(): void {
    this.renderedTarget = [this.host.src, this.host.career];
  }

  /** What the element shows now: computed once per change of its inputs. */
  get state(): GuideState {
    const { data } = this.host;
    const target = this.target();
    const inputs = [data, target[0], target[1], this.inlineText, this.load.status, this.load.value, this.load.error];
    if (!shallowArrayEquals(inputs, this.inputs)) {
      this.inputs = inputs;
      this.resolved = this.resolve(data, target);
    }
    return this.resolved;
  }

  /** Loads the guide again, after a network error say. */
  retry(): void {
    void this.load.run();
  }

  hostConnected(): void {
    if (isServer) return;
    if (this.connection.signal.aborted) {
      this.connection = new AbortController();
      // A load cut short by leaving the page starts again.
      if (this.load.status === TaskStatus.PENDING || (this.load.status === TaskStatus.ERROR && isAbort(this.load.error))) void this.load.run();
    }
    this.readInlineJson();
    this.childObserver = new MutationObserver(() => this.readInlineJson());
    this.childObserver.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.childObserver?.disconnect();
    this.childObserver = undefined;
    // Moving an element (remove then insert in one task) must not cancel its request.
    queueMicrotask(() => {
      if (!this.host.isConnected) this.connection.abort();
    });
  }

  private target(): Target {
    const rendered = this.renderedTarget;
    if (rendered && this.inlineText !== undefined && rendered[0] === this.host.src && rendered[1] === this.host.career) return [undefined, undefined];
    if (this.host.src != null) return ['src', this.host.src];
    if (this.host.career) return ['career', this.host.career];
    return [undefined, undefined];
  }

  private resolve(data: unknown, [kind]: Target): GuideState {
    if (data !== undefined) return this.read(data, 'data');
    if (kind !== undefined) {
      switch (this.load.status) {
        case TaskStatus.COMPLETE: {
          const loaded = this.load.value;
          return loaded ? toState(validatePart(loaded.json, this.part()), 'src', loaded.url) : LOADING;
        }
        case TaskStatus.ERROR:
          // An abort is ours (the element left the page); it reloads when it comes back.
          return isAbort(this.load.error) ? LOADING : { status: 'error', error: unexpected(this.load.error), source: 'src' };
        default:
          return LOADING;
      }
    }
    return this.inlineText === undefined ? IDLE : this.read(this.inlineText, 'inline');
  }

  /**
   * The state of `input`, validated once however often the other inputs change (a load
   * settling, say): the same data gives the same guide object, so that nothing downstream
   * (memoized layouts, the charts inside <career-guide>, a hydrated server rendering) starts over.
   */
  private read(input: unknown, source: 'data' | 'inline'): GuideState {
    const last = this.lastRead;
    if (last && last.input === input && last.source === source) return last.state;
    const state = toState(readInput(input, this.part()), source);
    this.lastRead = { input, source, state };
    return state;
  }

  private fetch(kind: Target[0], value: string | undefined, signal: AbortSignal): Promise<LoadedJson | undefined> {
    if (kind === undefined || value === undefined) return Promise.resolve(undefined);
    if (kind === 'src') return loadGuideJson(value, signal);
    const named = careerGuideUrl(value);
    return 'url' in named ? loadGuideJson(named.url, signal) : Promise.reject(new GuideError('no-source', named.problem));
  }

  private readInlineJson(): void {
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    const text = script?.textContent ?? undefined;
    if (text !== this.inlineText) {
      this.inlineText = text;
      this.host.requestUpdate();
    }
  }
}

/** What a validation `result` from `source` shows. */
function toState(result: GuideResult, source: GuideSource, url?: string): GuideState {
  return result.ok ? { status: 'ready', guide: result.guide, source, url } : { status: 'error', error: GuideError.fromIssues(result.issues, url), source };
}

/** The part of `input` that `part` reads, validated: `input` is the guide, or its JSON text. */
function readInput(input: unknown, part: GuidePart): GuideResult {
  try {
    if (typeof input !== 'string') return validatePart(input, part);
    const parsed = parseJson(input);
    return parsed.ok ? validatePart(parsed.value, part) : parsed;
  } catch {
    // Validation never throws on JSON; a host object with throwing getters still must not crash us.
    return { ok: false, issues: [{ path: '', code: 'invalid_type', message: 'the data could not be read' }] };
  }
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** A GuideError as it is; one GuideError per other error, so that its career-error event fires once. */
const wrapped = new WeakMap<object, GuideError>();

function unexpected(error: unknown): GuideError {
  if (error instanceof GuideError) return error;
  const key = typeof error === 'object' && error !== null ? error : undefined;
  let guideError = key && wrapped.get(key);
  if (!guideError) {
    guideError = new GuideError('network', error instanceof Error ? error.message.slice(0, 200) : 'the guide could not be loaded');
    if (key) wrapped.set(key, guideError);
  }
  return guideError;
}
