import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the width its host is given, through one ResizeObserver, so charts follow their
 * container, not the window, and nothing reads layout in render().
 *
 * It observes a zero-height sizer inside the shadow root rather than the host: drawing the
 * chart changes the host's height, and observing the host would then report again in the same
 * frame ("ResizeObserver loop completed with undelivered notifications"). The sizer changes only
 * when the width does.
 */
export class WidthController implements ReactiveController {
  /** The available width in CSS pixels; 0 until first measured. */
  width = 0;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly target: () => Element | null | undefined;
  private observer: ResizeObserver | undefined;
  private observed: Element | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, target: () => Element | null | undefined) {
    this.host = host;
    this.target = target;
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry) return;
      // Whole pixels: sub-pixel jitter must not re-run layout.
      const width = Math.round(entry.contentRect.width);
      if (width !== this.width) {
        this.width = width;
        this.host.requestUpdate();
      }
    });
    this.observed = undefined;
  }

  hostUpdated(): void {
    const target = this.target();
    if (target && target !== this.observed && this.observer) {
      if (this.observed) this.observer.unobserve(this.observed);
      this.observer.observe(target);
      this.observed = target;
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
  }
}
