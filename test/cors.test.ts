/**
 * The README's "On another origin (CORS)": the built drop-in and its guides served from second
 * origins by examples/cors/server.mjs (test/support/cors.mjs starts them), used by a page on the
 * test's own origin (a frame). With `Access-Control-Allow-Origin` the elements render; without
 * it the module script is refused and the elements never upgrade, and a guide `src` on such an
 * origin shows the element's error. No engine-specific API: the same in every browser.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { CareerErrorEvent } from '../src/element/events.js';

interface Origins {
  /** Allows every page: `Access-Control-Allow-Origin: *`. */
  readonly any: string;
  /** Lists this test page's origin, which it answers with. */
  readonly page: string;
  /** Lists only https://www.example.com: this page gets no header. */
  readonly other: string;
}

interface Probe {
  readonly status: number;
  readonly headers: Record<string, string | undefined>;
}

const query = `page=${encodeURIComponent(location.origin)}`;
const origins = (await (await fetch(`/cors/origins?${query}`)).json()) as Origins;

async function probe(server: keyof Origins, path: string): Promise<Probe> {
  return (await (await fetch(`/cors/probe?${query}&server=${server}&path=${encodeURIComponent(path)}`)).json()) as Probe;
}

/**
 * A page on this origin (a frame) holding `body`, once its module script from `script` has loaded
 * (`true`) or failed; `listen` is called with its document before the script is added.
 */
async function crossOriginPage(script: string, body: string, listen: (doc: Document) => void = () => {}): Promise<{ doc: Document; loaded: boolean }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:720px;height:480px;border:0';
  const ready = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A page on another origin than its widgets</title></head><body>${body}</body></html>`;
  document.body.append(frame);
  await ready;
  const doc = frame.contentDocument!;
  listen(doc);
  // Added here rather than in the markup, so that its load or error event is heard.
  const element = doc.createElement('script');
  element.type = 'module';
  element.src = script;
  const loaded = new Promise<boolean>((resolve) => {
    element.addEventListener('load', () => resolve(true), { once: true });
    element.addEventListener('error', () => resolve(false), { once: true });
  });
  doc.head.append(element);
  return { doc, loaded: await loaded };
}

type Chart = HTMLElement & { state?: { status: string } };

/** The figures of a `<career-salary>` once it is drawn. */
async function figures(element: Chart): Promise<string[]> {
  const values = () => [...(element.shadowRoot?.querySelectorAll('.value') ?? [])].map((node) => node.textContent?.trim());
  await waitUntil(() => values().length === 5, `no salary figures; state ${element.state?.status}`, { timeout: 8000 });
  return values();
}

const FIGURES = ['$70,000–$130,000', '$79,000', '$100,000', '$121,000', '$130,000+'];
const GUIDE = '/guides/operations-engineer.json';

afterEach(() => {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
});

describe('the drop-in on another origin (CORS)', () => {
  it('runs the header code that the README shows for Node', async () => {
    const readme = await (await fetch('/README.md')).text();
    const section = readme.slice(readme.indexOf('### Host it on another origin (CORS)'));
    const snippet = /```js\n(export function corsHeaders[\s\S]*?\n\})\n/.exec(section)?.[1];
    expect(snippet, "the README's Node snippet").to.be.a('string');
    const example = await (await fetch('/cors/example')).text();
    expect(example.includes(snippet!), "examples/cors/server.mjs holds the README's corsHeaders as written").to.equal(true);
    expect(section).to.include("Access to script at 'https://cdn.example.com/career-widgets/dist/cdn/career-widgets.js' from origin 'https://www.example.com' has been blocked by CORS policy");
  });

  it('is served with the headers the README shows', async () => {
    const any = await probe('any', '/career-widgets.js');
    expect(any.status).to.equal(200);
    expect(any.headers['content-type']).to.equal('text/javascript; charset=utf-8');
    expect(any.headers['access-control-allow-origin']).to.equal('*');
    const listed = await probe('page', GUIDE);
    expect(listed.headers['content-type']).to.equal('application/json; charset=utf-8');
    expect(listed.headers['access-control-allow-origin']).to.equal(location.origin);
    expect(listed.headers.vary).to.equal('Origin');
    // Served all the same, without the header: the browser, not the server, refuses it.
    const other = await probe('other', '/career-widgets.js');
    expect(other.status).to.equal(200);
    expect(other.headers['access-control-allow-origin']).to.equal(undefined);
  });

  for (const server of ['any', 'page'] as const) {
    it(`renders the salary figures with the header (${server === 'any' ? '*' : 'the page’s origin'})`, async () => {
      const { doc, loaded } = await crossOriginPage(`${origins[server]}/career-widgets.js`, `<career-salary src="${origins[server]}${GUIDE}"></career-salary>`);
      expect(loaded, 'the module script loaded').to.equal(true);
      expect(doc.defaultView!.customElements.get('career-salary')).to.be.a('function');
      expect(await figures(doc.querySelector('career-salary')!)).to.deep.equal(FIGURES);
    });
  }

  it('finds a guide by name beside the drop-in, on its origin', async () => {
    const { doc, loaded } = await crossOriginPage(`${origins.any}/career-widgets.js`, '<career-salary career="operations-engineer"></career-salary>');
    expect(loaded).to.equal(true);
    expect(await figures(doc.querySelector('career-salary')!)).to.deep.equal(FIGURES);
  });

  it('loads the autoloader and its chunks with the header', async () => {
    const { doc, loaded } = await crossOriginPage(`${origins.any}/autoload.js`, `<career-salary src="${origins.any}${GUIDE}"></career-salary>`);
    expect(loaded).to.equal(true);
    expect(await figures(doc.querySelector('career-salary')!)).to.deep.equal(FIGURES);
  });

  it('fails to load without the header: the elements never upgrade', async () => {
    const { doc, loaded } = await crossOriginPage(`${origins.other}/career-widgets.js`, `<career-salary src="${origins.any}${GUIDE}"></career-salary>`);
    expect(loaded, 'the module script loaded').to.equal(false);
    const win = doc.defaultView!;
    expect(win.customElements.get('career-salary')).to.equal(undefined);
    const element = doc.querySelector('career-salary')!;
    expect(element.matches(':defined')).to.equal(false);
    expect(element.shadowRoot).to.equal(null);
  });

  it('shows the error with the reason when a guide’s origin sends no header', async () => {
    const url = `${origins.other}${GUIDE}`;
    const errors: CareerErrorEvent[] = [];
    const { doc, loaded } = await crossOriginPage(`${origins.any}/career-widgets.js`, `<career-salary src="${url}"></career-salary>`, (page) => {
      page.addEventListener('career-error', (event) => errors.push(event as CareerErrorEvent));
    });
    expect(loaded).to.equal(true);
    const element = doc.querySelector<Chart>('career-salary')!;
    await waitUntil(() => element.state?.status === 'error', `state ${element.state?.status}`, { timeout: 8000 });
    const alert = element.shadowRoot!.querySelector('[role="alert"]')!;
    const text = alert.textContent.replace(/\s+/g, ' ');
    expect(text).to.include('This chart could not be shown.');
    expect(text).to.include("The guide could not be loaded from another origin: its server must send Access-Control-Allow-Origin for this page's origin, or the network failed");
    expect(text).to.include(`(${url})`);
    // Trying again may help once the server sends the header.
    expect(alert.querySelector('button[part="retry"]')).to.not.equal(null);
    expect(errors.map((event) => [event.detail.kind, event.detail.url])).to.deep.equal([['network', url]]);
  });
});
