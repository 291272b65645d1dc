import { noChange, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import { nextMarkIndex } from './keyboard.js';

/** What a chart tells the controller about its marks. */
export interface MarksOptions {
  /** How many focusable marks the chart draws now. */
  count(): number;
  /** Called when a reader selects mark `index` (click, Enter or Space), after it is selected. */
  activate(index: number): void;
  /** Whether arrows follow a right-to-left reading order. */
  rtl(): boolean;
  /**
   * Whether one mark is always selected, the first until the reader selects another, as one tab
   * of a tab list always is: the tiers, whose panel shows the selected tier. Escape then clears
   * only the readout. Otherwise nothing is selected at first, and Escape clears the selection.
   */
  readonly required?: boolean;
}

/**
 * The keyboard and pointer model every interactive chart shares, that of a single-select listbox
 * (WAI-ARIA APG): the marks are one tab stop (roving tabindex), arrows move between them, Home and End
 * jump; hovering or focusing a mark shows it in the readout line; click, Enter or Space selects
 * it, and a selected mark stays shown (pinned) until Escape or another selection. Selection does
 * not follow focus: moving through the marks changes nothing but the readout.
 *
 * The controller keeps the state (which mark holds the tab stop, which one is shown, which one
 * is selected); the chart renders it with `tabindex=${marks.tabindex(i)}`, `marks.showing(i)` and
 * `aria-selected=${marks.selectedState(i)}` on each mark (the skill map, a headed list rather than
 * a listbox, says `aria-current` instead), which carries `data-mark=${i}`, and
 * puts `${marks.container()}` on the marks' container: one set of delegated listeners per chart
 * rather than closures per mark (focus is heard on the shadow root).
 */
export class MarksController implements ReactiveController {
  /** The mark that holds the tab stop. */
  active = 0;
  /** The mark shown in the readout (hovered or focused), if any. */
  shown: number | undefined;
  /** The mark the reader selected, if any. */
  private picked: number | undefined;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: MarksOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: MarksOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    // Focus listeners go on the shadow root, not on the marks' container: Chromium makes an SVG
    // element with focus listeners a tab stop of its own.
    const root = this.host.shadowRoot;
    root?.addEventListener('focusin', this.onFocusIn as EventListener);
    root?.addEventListener('focusout', this.onFocusOut as EventListener);
  }

  hostDisconnected(): void {
    const root = this.host.shadowRoot;
    root?.removeEventListener('focusin', this.onFocusIn as EventListener);
    root?.removeEventListener('focusout', this.onFocusOut as EventListener);
  }

  hostUpdate(): void {
    const count = this.options.count();
    if (this.active >= count) this.active = Math.max(0, count - 1);
    if (this.shown !== undefined && this.shown >= count) this.shown = undefined;
    if (this.picked !== undefined && this.picked >= count) this.picked = undefined;
  }

  /** The selected mark: the one the reader selected, else the first when one is `required`. */
  get selected(): number | undefined {
    return this.picked ?? (this.options.required ? 0 : undefined);
  }

  /** The mark the readout shows: the hovered or focused one, else the selected one. */
  get pinned(): number | undefined {
    return this.shown ?? this.selected;
  }

  /** The tabindex for mark `index`: 0 for the active one, -1 for the rest. */
  tabindex(index: number): 0 | -1 {
    return index === this.active ? 0 : -1;
  }

  /** The class of mark `index`: `is-showing` when it is in the readout. */
  showing(index: number): string {
    return index === this.shown ? 'is-showing' : '';
  }

  /** `aria-selected` of mark `index`, an option of the chart's listbox. */
  selectedState(index: number): 'true' | 'false' {
    return index === this.selected ? 'true' : 'false';
  }

  /** An element binding for the marks' container: it listens there for the keyboard, the pointer and focus. */
  container(): unknown {
    return listenFor(this);
  }

  /** Shows mark `index` in the readout (or none), and moves the tab stop to it. */
  show(index: number | undefined): void {
    if (index === this.shown && (index === undefined || index === this.active)) return;
    this.shown = index;
    if (index !== undefined) this.active = index;
    this.host.requestUpdate();
  }

  /** Keydown handler for the element that holds the marks. */
  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.activate(this.active);
      return;
    }
    if (event.key === 'Escape') {
      if (!this.options.required) this.picked = undefined;
      this.shown = undefined;
      this.host.requestUpdate();
      return;
    }
    const next = nextMarkIndex(event.key, this.active, this.options.count(), this.options.rtl());
    if (next === undefined) return;
    event.preventDefault();
    // The marks stay the same nodes from one render to the next: focusing the next one now
    // shows it (focusin), and the one update that follows moves the tab stop.
    this.show(next);
    markNode(event.currentTarget, next)?.focus();
  };

  /** Pointer-leave handler for the chart: hovering ends, unless the shown mark has focus. */
  readonly onPointerLeave = (event: PointerEvent): void => {
    if (this.shown === undefined) return;
    const focused = this.host.shadowRoot?.activeElement;
    if (!focused || markNode(event.currentTarget, this.shown) !== focused) this.show(undefined);
  };

  /** Focus-in handler: a focused mark is shown. */
  readonly onFocusIn = (event: FocusEvent): void => {
    const index = markIndex(event);
    if (index !== undefined) this.show(index);
  };

  /** Focus-out handler: a mark that loses focus is no longer shown. */
  readonly onFocusOut = (event: FocusEvent): void => {
    if (markIndex(event) !== undefined) this.show(undefined);
  };

  /** Pointer-over handler: a hovered mark is shown. */
  readonly onPointerOver = (event: PointerEvent): void => {
    const index = markIndex(event);
    if (index !== undefined) this.show(index);
  };

  /** Click handler: a clicked mark is selected. */
  readonly onClick = (event: MouseEvent): void => {
    const index = markIndex(event);
    if (index !== undefined) this.activate(index);
  };

  private activate(index: number): void {
    this.picked = index;
    this.show(index);
    this.host.requestUpdate();
    this.options.activate(index);
  }
}

/** The mark `index` inside `container`, the element the handler is bound on. */
function markNode(container: EventTarget | null, index: number): HTMLElement | SVGElement | null {
  return container instanceof Element ? container.querySelector<HTMLElement | SVGElement>(`[data-mark="${index}"]`) : null;
}

/** The index of the mark an event happened in, if any. */
function markIndex(event: Event): number | undefined {
  const mark = (event.target as Element | null)?.closest?.('[data-mark]');
  return mark instanceof HTMLElement || mark instanceof SVGElement ? Number(mark.dataset['mark']) : undefined;
}

/** The events a marks container listens to, by the controller's handler for each. */
const HANDLERS = {
  keydown: 'onKeydown',
  pointerleave: 'onPointerLeave',
  pointerover: 'onPointerOver',
  click: 'onClick',
} as const;

/** Adds the controller's listeners to the element it is bound on, once per element. */
class ListenDirective extends Directive {
  private bound: Element | undefined;

  render(_marks: MarksController): unknown {
    return noChange;
  }

  override update(part: ElementPart, [marks]: [MarksController]): unknown {
    if (this.bound !== part.element) {
      this.bound = part.element;
      for (const [type, handler] of Object.entries(HANDLERS)) part.element.addEventListener(type, marks[handler] as EventListener);
    }
    return noChange;
  }
}

const listenFor = directive(ListenDirective);
