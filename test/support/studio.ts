/**
 * Driving the studio (dist/cdn/studio.html) in a test as an editor does: opened in a frame under
 * its own strict CSP with every violation reported, and its controls found by their names
 * (labels, legends, button texts, region headings). Shared by test/studio.test.ts and
 * test/studio-publish.test.ts.
 */
import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { typeText } from './engine.js';
import { reportKey, violations, withReports, type Violation } from './csp-reports.js';

export type CareerElement = HTMLElement & { state: { status: string }; updateComplete: Promise<boolean> };
export type FrameWindow = Window & typeof globalThis & { __pwned?: unknown };

/** The key the studio keeps its draft under (src/studio/draft.ts); the frame shares this page's storage. */
export const DRAFT_KEY = 'career-widgets:studio:draft';

export interface Studio {
  frame: HTMLIFrameElement;
  doc: Document;
  win: FrameWindow;
  /** CSP violations reported in the studio so far, from its very start. */
  violations(): Promise<Violation[]>;
}

/** The frames a test opened (studios, pasted pages), removed after it. */
const opened: HTMLIFrameElement[] = [];

/**
 * Registers the hooks a studio test file needs: each test starts with no draft in storage (the
 * frames share this page's), and its frames and draft go after it.
 */
export function cleanUpStudios(): void {
  beforeEach(() => localStorage.removeItem(DRAFT_KEY));
  afterEach(() => {
    for (const frame of opened.splice(0)) frame.remove();
    localStorage.removeItem(DRAFT_KEY);
  });
}

/** Opens the studio in a frame, or loads it again in `frame` (a reload). */
export async function openStudio(frame = document.createElement('iframe'), width = 1200): Promise<Studio> {
  frame.style.cssText = `width:${width}px;height:900px;border:0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const key = reportKey();
  frame.src = withReports('/dist/cdn/studio.html', key);
  if (!frame.isConnected) {
    document.body.append(frame);
    opened.push(frame);
  }
  await loaded;
  const doc = frame.contentDocument!;
  const win = frame.contentWindow as FrameWindow;
  await waitUntil(() => doc.querySelector('career-studio form') !== null, 'the studio did not render', { timeout: 8000 });
  return { frame, doc, win, violations: () => violations(key, win) };
}

/** The studio renders in a microtask after each change. */
export async function rendered(s: Studio): Promise<void> {
  await (s.doc.querySelector('career-studio') as unknown as { updateComplete: Promise<boolean> }).updateComplete;
}

/** A text as a person reads it: the required note left out, spaces collapsed. */
export function nameOf(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('.required-note').forEach((note) => note.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function only<T>(found: T[], what: string): T {
  if (found.length !== 1) throw new Error(`${found.length} matches for ${what}`);
  return found[0]!;
}

/** The control labelled `label` (by a `<label>` or `aria-labelledby`), within `scope`. */
export function field<T extends HTMLElement = HTMLInputElement>(scope: ParentNode, label: string): T {
  const labelled = [...scope.querySelectorAll('label')].filter((element) => nameOf(element) === label).map((element) => element.control as T);
  const byReference = [...scope.querySelectorAll<T>('[aria-labelledby]')].filter((control) => {
    const ids = control.getAttribute('aria-labelledby')!.split(/\s+/);
    return control.localName !== 'section' && ids.map((id) => control.ownerDocument.getElementById(id)).every((name) => name && nameOf(name) === label);
  });
  return only([...labelled, ...byReference], `the control labelled "${label}"`);
}

/** The fieldset whose legend reads `legend`, within `scope`. */
export function group(scope: ParentNode, legend: string): HTMLFieldSetElement {
  return only(
    [...scope.querySelectorAll('fieldset')].filter((set) => set.querySelector(':scope > legend') && nameOf(set.querySelector(':scope > legend')!) === legend),
    `the group "${legend}"`,
  );
}

/** The button named `name` (its aria-label, else its text), within `scope`. */
export function button(scope: ParentNode, name: string): HTMLButtonElement {
  return only(
    [...scope.querySelectorAll('button')].filter((element) => (element.getAttribute('aria-label') ?? nameOf(element)) === name),
    `the button "${name}"`,
  );
}

/** The region (a section with a heading) named `name`. */
export function region(s: Studio, name: string): HTMLElement {
  return only(
    [...s.doc.querySelectorAll<HTMLElement>('section[aria-labelledby]')].filter((section) => nameOf(s.doc.getElementById(section.getAttribute('aria-labelledby')!)!) === name),
    `the region "${name}"`,
  );
}

export async function click(s: Studio, target: HTMLElement): Promise<void> {
  target.click();
  await rendered(s);
}

/** A blank page holding `snippet`, as a CMS post would hold it. */
export async function paste(snippet: string, width = 716): Promise<{ frame: HTMLIFrameElement; doc: Document; win: FrameWindow }> {
  const frame = document.createElement('iframe');
  // In view, so that the widget draws and a lazy embed iframe inside loads.
  frame.style.cssText = `position:fixed;top:0;left:0;width:${width}px;height:600px;border:0;background:white`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><body>${snippet}</body></html>`;
  document.body.append(frame);
  opened.push(frame);
  await loaded;
  return { frame, doc: frame.contentDocument!, win: frame.contentWindow as FrameWindow };
}

/** Opens the bundled sample from Start, as its button does. */
export async function openSample(s: Studio): Promise<void> {
  await click(s, button(region(s, '1 Start'), 'Open the sample'));
  await waitUntil(() => s.doc.querySelector('#start-status')!.textContent.startsWith('Opened the sample'), 'the sample did not open');
}

/** Puts `value` into a field as typing a whole value does, one input event. */
export async function fill(s: Studio, control: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  await rendered(s);
}

export async function choose(s: Studio, select: HTMLSelectElement, text: string): Promise<void> {
  const option = only([...select.options].filter((candidate) => candidate.text === text), `the option "${text}"`);
  select.selectedIndex = option.index;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await rendered(s);
}

/** Types into `control` key by key, as the editor's keyboard does, after clearing it. */
export async function typeInto(s: Studio, control: HTMLInputElement, text: string): Promise<void> {
  s.win.focus();
  control.focus();
  control.select();
  await sendKeys({ press: 'Backspace' });
  await typeText(text);
  await rendered(s);
}

/** The messages the field describes itself with (help and error), as a screen reader reads them. */
export function description(s: Studio, control: HTMLElement): string {
  return (control.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => s.doc.getElementById(id)?.textContent?.trim() ?? '')
    .filter(Boolean)
    .join(' | ');
}

/**
 * The code of a snippet in Publish, as the editor takes it: focusing its box (to select or copy)
 * brings Publish up to date with what was just typed.
 */
export async function snippetCode(s: Studio, name: string): Promise<string> {
  const box = field<HTMLTextAreaElement>(region(s, '4 Publish'), name);
  box.focus();
  await rendered(s);
  return box.value;
}

export function previewElement(s: Studio): CareerElement {
  return only([...s.doc.querySelectorAll<CareerElement>('#preview > *')], 'the preview element');
}

export async function ready(element: CareerElement, what: string): Promise<CareerElement> {
  await waitUntil(() => element.state?.status === 'ready' && !element.shadowRoot?.querySelector('[part="placeholder"]'), `${what} did not render ready (${element.state?.status})`, { timeout: 10_000 });
  return element;
}
