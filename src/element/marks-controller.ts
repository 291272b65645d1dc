import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nextMarkIndex } from './keyboard.js';
import { isRightToLeft } from './locale.js';

/** What a chart tells the controller about its marks. */
export interface MarksOptions {
  /** How many focusable marks the chart draws now. */
  count(): number;
  /** Called when a reader activates mark `index` (click, Enter or Space). */
  activate(index: number): void;
  /** Called when mark `index` receives focus, after it is shown. */
  focused?(index: number): void;
  /** Whether arrows should follow a right-to-left reading order; default: the host's direction. */
  rtl?(): boolean;
}

/**
 * The keyboard and pointer model every chart shares: the marks are one tab stop (roving
 * tabindex), arrows move between them, Home and End jump, Enter and Space activate, Escape
 * clears the readout; hovering or focusing a mark shows it.
 *
 * A chart only draws its marks with `data-mark=${index}`, and gives the marks' container
 * `@keydown=${marks.onKeydown}` and `@pointerleave=${marks.onPointerLeave}`. The controller
 * does the rest after each render: each mark's `tabindex` and its `is-showing` class, and one
 * focus, hover and click listener on the shadow root for all marks, rather than four closures
 * per mark. Marks can then be markup copied from a shared master (see Stamp), which carries
 * no listeners and no per-element state.
 */
export class MarksController implements ReactiveController {
  /** The mark that holds the tab stop. */
  active = 0;
  /** The mark shown in the readout (hovered or focused), if any. */
  shown: number | undefined;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private listening = false;
  /** The focused mark's index before an update, if a mark had focus. */
  private focused: string | undefined;
  private readonly options: MarksOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: MarksOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    // The shadow root is made before controllers connect, and lives as long as the host.
    const root = this.host.shadowRoot;
    if (!root || this.listening) return;
    this.listening = true;
    root.addEventListener('focusin', this.onFocusIn);
    root.addEventListener('focusout', this.onFocusOut);
    root.addEventListener('pointerover', this.onPointerOver);
    root.addEventListener('click', this.onClick);
  }

  hostUpdate(): void {
    const count = this.options.count();
    if (this.active >= count) this.active = Math.max(0, count - 1);
    if (this.shown !== undefined && this.shown >= count) this.shown = undefined;
    // A new layout brings new copies of the marks (see Stamp): note the focused one to restore it.
    const focused = this.host.shadowRoot?.activeElement;
    this.focused = focused instanceof HTMLElement || focused instanceof SVGElement ? focused.dataset['mark'] : undefined;
  }

  hostUpdated(): void {
    const root = this.host.shadowRoot;
    const marks = root?.querySelectorAll<HTMLElement | SVGElement>('[data-mark]') ?? [];
    for (const mark of marks) {
      const index = Number(mark.dataset['mark']);
      mark.tabIndex = this.tabindex(index);
      mark.classList.toggle('is-showing', index === this.shown);
    }
    if (this.focused !== undefined && !root?.activeElement) {
      root?.querySelector<HTMLElement | SVGElement>(`[data-mark="${this.focused}"]`)?.focus();
    }
    this.focused = undefined;
  }

  /** The tabindex for mark `index`: 0 for the active one, -1 for the rest. */
  tabindex(index: number): 0 | -1 {
    return index === this.active ? 0 : -1;
  }

  /** Shows mark `index` in the readout (or none), and moves the tab stop to it. */
  show(index: number | undefined): void {
    if (index === this.shown && (index === undefined || index === this.active)) return;
    this.shown = index;
    if (index !== undefined) this.active = index;
    this.host.requestUpdate();
  }

  /** Keydown handler for the element that holds the marks. */
  onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.activate(this.active);
      return;
    }
    if (event.key === 'Escape') {
      this.show(undefined);
      return;
    }
    const next = nextMarkIndex(event.key, this.active, this.options.count(), this.options.rtl?.() ?? isRightToLeft(this.host));
    if (next === undefined) return;
    event.preventDefault();
    this.active = next;
    this.host.requestUpdate();
    this.host.shadowRoot?.querySelector<HTMLElement | SVGElement>(`[data-mark="${next}"]`)?.focus();
  };

  /** Pointer-leave handler for the chart: hovering ends. */
  onPointerLeave = (): void => {
    if (this.shown !== undefined && this.host.shadowRoot?.activeElement?.getAttribute('data-mark') !== String(this.shown)) this.show(undefined);
  };

  private readonly onFocusIn = (event: Event): void => {
    const index = markIndex(event);
    if (index === undefined) return;
    this.show(index);
    this.options.focused?.(index);
  };

  private readonly onFocusOut = (event: Event): void => {
    if (markIndex(event) !== undefined) this.show(undefined);
  };

  private readonly onPointerOver = (event: Event): void => {
    const index = markIndex(event);
    if (index !== undefined) this.show(index);
  };

  private readonly onClick = (event: Event): void => {
    const index = markIndex(event);
    if (index !== undefined) this.activate(index);
  };

  private activate(index: number): void {
    this.show(index);
    this.options.activate(index);
  }
}

/** The index of the mark an event happened in, if any. */
function markIndex(event: Event): number | undefined {
  const mark = (event.target as Element | null)?.closest?.('[data-mark]');
  return mark instanceof HTMLElement || mark instanceof SVGElement ? Number(mark.dataset['mark']) : undefined;
}
