import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the content width of its host through one ResizeObserver, so charts follow their
 * container, not the window, and nobody reads layout in render().
 */
export class WidthController implements ReactiveController {
  /** The host's content-box width in CSS pixels; 0 until first measured. */
  width = 0;
  private readonly host: ReactiveControllerHost & Element;
  private observer: ResizeObserver | undefined;

  constructor(host: ReactiveControllerHost & Element) {
    this.host = host;
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
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
