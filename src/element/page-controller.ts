import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { widgetDefaults, type WidgetDefaults } from '../data/config.js';
import { inheritedLanguage, isRightToLeft } from './locale.js';
import { onPageThemeChange, pageIsDark } from './host-theme.js';

/**
 * What the page around an element says: its defaults (`configureWidgets`, the meta element),
 * its language, its direction and whether it is dark. Read from the DOM in the browser only,
 * when the element connects and before each update, so that render() stays a pure function
 * of stored values and runs on a server, where every reading keeps its neutral value.
 *
 * A change of an ancestor's `dir` or `lang` alone does not update the element (nothing
 * observes ancestors); its next update picks it up. A change of the page's own theme does.
 */
export class PageController implements ReactiveController {
  /** The page-wide defaults in force. */
  defaults: WidgetDefaults = {};
  /** The `lang` of the closest ancestor that has one, else the document's, else the browser's. */
  language: string | undefined;
  /** Whether the element sits in a right-to-left context. */
  rightToLeft = false;
  /** Whether the host page says it is dark (for `theme="auto"`). */
  dark = false;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly followsDark: () => boolean;
  private stopFollowing: (() => void) | undefined;

  /** `followsDark` says whether the host wants to know about the page's dark mode (`theme="auto"`). */
  constructor(host: ReactiveControllerHost & HTMLElement, followsDark: () => boolean) {
    this.host = host;
    this.followsDark = followsDark;
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return;
    this.read();
    this.stopFollowing = onPageThemeChange(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.stopFollowing?.();
    this.stopFollowing = undefined;
  }

  hostUpdate(): void {
    if (!isServer) this.read();
  }

  /**
   * On a server, the element's own `dir` stands for its context (the server renderer writes it
   * for a right-to-left page), so that the charts come out mirrored as the browser draws them.
   * The renderer calls no controller: the element calls this before rendering.
   */
  readServerAttributes(): void {
    this.rightToLeft = this.host.getAttribute('dir') === 'rtl';
  }

  private read(): void {
    this.defaults = widgetDefaults();
    this.language = inheritedLanguage(this.host);
    this.rightToLeft = isRightToLeft(this.host);
    // Reading the page's color scheme costs a style read: only for elements that follow it.
    this.dark = this.followsDark() && pageIsDark(this.host);
    // With theme="auto", a dark host page turns the dark palette on (see the shared styles).
    this.host.toggleAttribute('data-page-dark', this.dark);
  }
}
