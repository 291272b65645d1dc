import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { PRINT_WIDTH } from '../chart/layout.js';

/**
 * Tracks the width its host is given and the size of its text, through one ResizeObserver, so
 * charts follow their container, not the window, and the reader's text size, and nothing reads
 * layout in render().
 *
 * It observes a sizer inside the shadow root rather than the host, since drawing the chart
 * changes the host's height but only the width and the text size matter: the sizer is as wide as
 * the host and one em tall, so a new browser font size (or `--career-font-size`) is reported like
 * a new width. And it redraws in the next frame,
 * not inside the observer's callback: a drawing that changes the page's height can add or remove
 * the page's scrollbar, which changes the width again within the same frame, and the browser then
 * reports "ResizeObserver loop completed with undelivered notifications" as an error to the page.
 * The placeholder reserves the chart's size meanwhile, so the frame's wait moves nothing.
 *
 * Printing: see `followPrint`.
 */

/**
 * Controllers waiting for their first measure. Their hosts are measured together in one
 * microtask, so the first frame already has the right size (the observers only report after
 * that frame is painted, and a placeholder sized for a guessed width would then jump), and so
 * that elements inserted together cost one layout, not one each.
 */
const waiting = new Set<WidthController>();

function measureSoon(controller: WidthController): void {
  if (waiting.size === 0) queueMicrotask(measureWaiting);
  waiting.add(controller);
}

function measureWaiting(): void {
  // Read every box first, then ask for updates: no write between the reads.
  const boxes = [...waiting].map((controller) => [controller, controller.readBox()] as const);
  waiting.clear();
  for (const [controller, box] of boxes) controller.setSize(box ? wholePixels(box.width) : 0, box?.fontSize ?? 0);
}

/**
 * Whole pixels, rounded down: sub-pixel jitter must not re-run layout, and a chart is never laid
 * out wider than its box. The same test as a container query's `(min-width: Npx)`, so that CSS
 * that follows the element's width agrees with its layout at every fraction of a pixel.
 */
function wholePixels(width: number): number {
  return Math.floor(width);
}

/** Every connected controller, for printing. */
const connected = new Set<WidthController>();

/**
 * Draws every chart for paper within `beforeprint` itself: Firefox takes the page to print as
 * soon as the event's listeners return, before the microtasks in which Lit would update.
 */
const drawForPaper = () => {
  connected.forEach((each) => each.print(true));
  connected.forEach((each) => each.updateNow());
};
const drawForScreen = () => connected.forEach((each) => each.print(false));

/**
 * Paper is narrower than most screens, and browsers paginate what is laid out when printing
 * starts: charts wider than `PRINT_WIDTH` are drawn again at that width before the page is
 * printed (at once, in `beforeprint`: see `drawForPaper`), and at their own width after. One
 * pair of listeners for every chart, there while any chart is connected: a page whose charts
 * are all removed keeps nothing of them (test/host-page.test.ts).
 */
function followPrint(controller: WidthController): void {
  if (connected.size === 0) {
    addEventListener('beforeprint', drawForPaper);
    addEventListener('afterprint', drawForScreen);
  }
  connected.add(controller);
}

function unfollowPrint(controller: WidthController): void {
  if (!connected.delete(controller) || connected.size > 0) return;
  removeEventListener('beforeprint', drawForPaper);
  removeEventListener('afterprint', drawForScreen);
}

/** The width of a host element and the size of its text. */
export class WidthController implements ReactiveController {
  /** The available width in CSS pixels; 0 until first measured. */
  width = 0;
  /** The size of the host's text in CSS pixels (its computed `font-size`); 0 until first measured. */
  fontSize = 0;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly target: () => Element | null | undefined;
  private observer: ResizeObserver | undefined;
  private observed: Element | undefined;
  private frame = 0;
  private measureAfterRender = false;
  /** The width measured on screen while the chart is drawn for paper. */
  private screenWidth: number | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, target: () => Element | null | undefined) {
    this.host = host;
    this.target = target;
    host.addController(this);
  }

  hostConnected(): void {
    // A server has no boxes to measure: the width stays unknown there.
    if (isServer) return;
    // Measured after its first render (in the same task, before any frame is painted), together
    // with every host inserted alongside: one layout for them all.
    if (this.width === 0) {
      if ((this.host as HTMLElement & { hasUpdated?: boolean }).hasUpdated) measureSoon(this);
      else this.measureAfterRender = true;
    }
    this.observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry) return;
      const width = wholePixels(entry.contentRect.width);
      const fontSize = entry.contentRect.height;
      if (width !== this.width || fontSize !== this.fontSize) {
        this.width = width;
        this.fontSize = fontSize;
        cancelAnimationFrame(this.frame);
        this.frame = requestAnimationFrame(() => this.host.requestUpdate());
      }
    });
    this.observed = undefined;
    followPrint(this);
  }

  /** Draws the chart for paper, at most `PRINT_WIDTH` wide, or again for the screen. */
  print(onPaper: boolean): void {
    const width = onPaper ? Math.min(this.width, PRINT_WIDTH) : this.screenWidth;
    this.screenWidth = onPaper ? this.width : undefined;
    if (width === undefined || width === this.width) return;
    this.width = width;
    this.host.requestUpdate();
  }

  /** Runs the host's pending update now rather than in a microtask (Lit's `performUpdate` does nothing when none is pending). */
  updateNow(): void {
    (this.host as unknown as { performUpdate?: () => void }).performUpdate?.();
  }

  /** The host's width and text size now (forces layout when it is stale: called for all waiting hosts at once). */
  readBox(): { width: number; fontSize: number } | undefined {
    if (!this.host.isConnected) return undefined;
    const { width } = this.host.getBoundingClientRect();
    return { width, fontSize: parseFloat(getComputedStyle(this.host).fontSize) || 0 };
  }

  /** Takes a size measured outside the observer, unless the observer already reported one. */
  setSize(width: number, fontSize: number): void {
    if (this.width !== 0 || width === 0) return;
    this.width = width;
    this.fontSize = fontSize;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (this.measureAfterRender) {
      this.measureAfterRender = false;
      measureSoon(this);
    }
    const target = this.target();
    if (target && target !== this.observed && this.observer) {
      if (this.observed) this.observer.unobserve(this.observed);
      this.observer.observe(target);
      this.observed = target;
    }
  }

  hostDisconnected(): void {
    unfollowPrint(this);
    cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
  }
}
