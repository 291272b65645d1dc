import { isServer, render, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import { serializeJsonLd, toOccupationJsonLd } from '../contract/occupation.js';
import type { Guide } from '../contract/schema.js';
import { shownGuide } from './guide.sections.js';

/** The controllers of every guide on a page: when the Occupation one of them added goes, another may add its own. */
const onPage = new Set<OccupationController>();

/**
 * The guide's schema.org `Occupation` in the page, for search engines: a
 * `<script type="application/ld+json">` in the document's head, added in the browser once the
 * guide is ready, stating only the sections the element shows; replaced when the guide or its
 * sections change and removed when the element leaves the page.
 *
 * A page states one Occupation however many guides it shows: none is added while the page has
 * one already (written by a server, or added by another guide), and when the one a guide added
 * goes, the next guide on the page adds its own.
 */
export class OccupationController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly inputs: () => readonly [guide: Guide | undefined, sections: string | undefined];
  /** What the page was last asked to state: the guide (none when off or not ready) and its sections. */
  private guide: Guide | undefined;
  private sections: string | undefined;
  /** The script this element added, while it is in the page. */
  private script: HTMLScriptElement | undefined;

  /** `inputs` gives the guide to state (`undefined` for none) and the sections the element shows of it. */
  constructor(host: ReactiveControllerHost & HTMLElement, inputs: () => readonly [guide: Guide | undefined, sections: string | undefined]) {
    this.host = host;
    this.inputs = inputs;
    host.addController(this);
  }

  hostConnected(): void {
    onPage.add(this);
    this.sync();
  }

  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    onPage.delete(this);
    this.state(undefined, undefined);
  }

  private sync(): void {
    if (isServer) return;
    // An update may still run after the element left the page: it states nothing then.
    const [guide, sections] = this.host.isConnected ? this.inputs() : [];
    if (guide !== this.guide || sections !== this.sections) this.state(guide, sections);
  }

  /** Replaces what this element states in the page with `guide`, unless the page already has an Occupation. */
  private state(guide: Guide | undefined, sections: string | undefined): void {
    const gone = this.script;
    gone?.remove();
    this.script = undefined;
    this.guide = guide;
    this.sections = sections;
    const occupation = guide && !hasOccupation() && toOccupationJsonLd(shownGuide(guide, sections), { url: pageUrl() });
    if (occupation) document.head.append((this.script = dataBlock(serializeJsonLd(occupation))));
    if (gone && !this.script) {
      for (const other of onPage) if (other !== this && !other.script && other.guide) other.state(other.guide, other.sections);
    }
  }
}

/**
 * The page's address as it names itself to search engines: its canonical link, else its URL
 * without the fragment (which names a place in the page, not another page).
 */
function pageUrl(): string {
  return document.head.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]')?.href ?? document.URL.replace(/#.*/, '');
}

/** Whether a JSON-LD script of the page already states an Occupation, at its top level, in a list or in a `@graph`. */
function hasOccupation(): boolean {
  return [...document.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json" i]')].some((script) => {
    try {
      return isOccupation(JSON.parse(script.text));
    } catch {
      return false;
    }
  });
}

function isOccupation(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(isOccupation);
  if (typeof node !== 'object' || node === null) return false;
  const { '@type': type, '@graph': graph } = node as Record<string, unknown>;
  // `Occupation`, `schema:Occupation` or `https://schema.org/Occupation`, alone or among others.
  return [type].flat().some((name) => /\bOccupation$/.test(String(name))) || isOccupation(graph);
}

/**
 * A `<script type="application/ld+json">` holding `json`, made by the HTML parser through Lit.
 *
 * Under `require-trusted-types-for 'script'`, Chromium checks a script element's text as a
 * TrustedScript when the element enters the document, whatever its type: text set from script
 * (`textContent`, `text`, even an appended Text node) is reported as a violation on a page
 * without a default policy. Text that the HTML parser read is exempt, and Lit parses templates
 * through its own policy, which such a page allows. The text comes from `serializeJsonLd`, which
 * escapes every `<`: the parser can only read it as this one element's text, never end the
 * script or open a comment, so the template is this element and nothing else.
 */
function dataBlock(json: string): HTMLScriptElement {
  const box = document.createDocumentFragment();
  render(html`<script type="application/ld+json">${unsafeStatic(json)}</script>`, box);
  return box.querySelector('script')!;
}
