import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nextMarkIndex } from './keyboard.js';
import { isRightToLeft } from './locale.js';

/** What a chart tells the controller about its marks. */
export interface MarksOptions {
  /** How many focusable marks the chart draws now. */
  count(): number;
  /** Called when a reader activates mark `index` (click, Enter or Space). */
  activate(index: number): void;
  /** Whether arrows should follow a right-to-left reading order; default: the host's direction. */
  rtl?(): boolean;
}

/**
 * The keyboard and pointer model every chart shares: the marks are one tab stop (roving
 * tabindex), arrows move between them, Home and End jump, Enter and Space activate, Escape
 * clears the readout; hovering or focusing a mark shows it.
 *
 * Marks are rendered with `data-mark=${index}`, `tabindex=${marks.tabindex(index)}` and the
 * handlers from `markHandlers(index)`; the chart's container gets `@keydown=${marks.onKeydown}`.
 */
export class MarksController implements ReactiveController {
  /** The mark that holds the tab stop. */
  active = 0;
  /** The mark shown in the readout (hovered or focused), if any. */
  shown: number | undefined;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: MarksOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: MarksOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostUpdate(): void {
    const count = this.options.count();
    if (this.active >= count) this.active = Math.max(0, count - 1);
    if (this.shown !== undefined && this.shown >= count) this.shown = undefined;
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

  /** Focus, blur, hover and click handlers for mark `index`. */
  markHandlers(index: number) {
    return {
      focus: () => this.show(index),
      blur: () => this.show(undefined),
      enter: () => this.show(index),
      click: () => this.activate(index),
    };
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

  private activate(index: number): void {
    this.show(index);
    this.options.activate(index);
  }
}
