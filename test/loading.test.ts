/**
 * Loading over the network against the test server's fault routes (test/support/fault-server.mjs):
 * each fault ends in its expected state with the right message, and nothing leaks.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../src/salary/salary.js';
import type { CareerSalary } from '../src/salary/salary.js';
import type { CareerErrorEvent } from '../src/element/events.js';
import { MAX_GUIDE_BYTES } from '../src/contract/text.js';
import { GuideError } from '../src/data/errors.js';
import { clearGuideCache, configureLoading, loadGuide } from '../src/data/load.js';
import { container, mount, nextEvent, settled, shadow, text, uniqueKey } from './support/dom.js';
import { faultAborted, faultHits } from './support/server.js';

async function failure(src: string): Promise<GuideError> {
  try {
    await loadGuide(src);
  } catch (error) {
    if (error instanceof GuideError) return error;
    throw error;
  }
  throw new Error(`expected ${src} to fail`);
}

/** An element on `src`, with a listener for its first career-error attached before it loads. */
async function salaryOn(src: string): Promise<{ el: CareerSalary; errored: Promise<CareerErrorEvent> }> {
  let errored!: Promise<CareerErrorEvent>;
  const el = await mount('career-salary', 600, (e) => {
    e.src = src;
    errored = nextEvent<CareerErrorEvent>(e, 'career-error', 8000);
  });
  return { el, errored };
}

const unhandled: unknown[] = [];
const onUnhandled = (event: PromiseRejectionEvent) => unhandled.push(event.reason);

beforeEach(() => {
  unhandled.length = 0;
  window.addEventListener('unhandledrejection', onUnhandled);
});
afterEach(() => {
  window.removeEventListener('unhandledrejection', onUnhandled);
  configureLoading({ timeoutMs: 15_000, maxBytes: MAX_GUIDE_BYTES });
  clearGuideCache();
  expect(unhandled, 'unhandled rejections').to.deep.equal([]);
});

describe('loading a guide', () => {
  const httpFaults: [name: string, status: number, retryable: boolean][] = [
    ['404', 404, false],
    ['500 with a body', 500, true],
    ['429', 429, true],
  ];
  for (const [name, status, retryable] of httpFaults) {
    it(`reports HTTP ${name} with the status`, async () => {
      const error = await failure(`/faults/status/${status}`);
      expect(error.kind).to.equal('http');
      expect(error.status).to.equal(status);
      expect(error.message).to.match(new RegExp(`^the server answered HTTP ${status}`));
      expect(error.retryable).to.equal(retryable);
    });
  }

  it('reports invalid JSON', async () => {
    const error = await failure(`/faults/invalid-json/${uniqueKey()}`);
    expect(error.kind).to.equal('invalid-json');
    expect(error.message).to.match(/^not valid JSON/);
  });

  it('reports invalid data with the path', async () => {
    const error = await failure(`/faults/invalid-data/${uniqueKey()}`);
    expect(error.kind).to.equal('invalid-data');
    expect(error.message).to.equal('salary.levels[0].amount: expected a number, got "100k"');
  });

  it('refuses an HTML error page served instead of JSON', async () => {
    const error = await failure(`/faults/html/${uniqueKey()}`);
    expect(error.kind).to.equal('content-type');
    expect(error.message).to.equal('expected JSON, got an HTML page (text/html)');
  });

  it('refuses a response over the size cap, declared or streamed', async () => {
    configureLoading({ maxBytes: 1_000_000 });
    const declared = await failure(`/faults/large/${uniqueKey()}`);
    expect(declared.kind).to.equal('too-large');
    expect(declared.message).to.equal('the guide is larger than 1.0 MB');
    const streamed = await failure(`/faults/large-chunked/${uniqueKey()}`);
    expect(streamed.kind).to.equal('too-large');
  });

  it('gives up after the time limit', async () => {
    configureLoading({ timeoutMs: 300 });
    const key = uniqueKey();
    const error = await failure(`/faults/never/${key}`);
    expect(error.kind).to.equal('timeout');
    expect(error.retryable).to.equal(true);
    await waitUntil(() => faultAborted(key), 'the timed-out request was not aborted');
  });

  it('reads a slow trickle to the end when it finishes in time', async () => {
    const guide = await loadGuide(`/faults/trickle/${uniqueKey()}?ms=15`);
    expect(guide.title).to.equal('Operations Engineer');
  });

  it('gives up on a trickle that outlasts the time limit, body included', async () => {
    configureLoading({ timeoutMs: 250 });
    const key = uniqueKey();
    const error = await failure(`/faults/trickle/${key}?ms=100`);
    expect(error.kind).to.equal('timeout');
  });

  it('reports a redirect loop and a connection reset as network errors', async () => {
    expect((await failure(`/faults/redirect-loop/${uniqueKey()}`)).kind).to.equal('network');
    expect((await failure(`/faults/reset/${uniqueKey()}`)).kind).to.equal('network');
  });

  it('makes one request for many callers of one URL', async () => {
    const key = uniqueKey();
    const guides = await Promise.all(Array.from({ length: 10 }, () => loadGuide(`/faults/guide/${key}`)));
    expect(new Set(guides).size).to.equal(1);
    expect(await faultHits(key)).to.equal(1);
  });

  it('aborts the request when its only caller withdraws', async () => {
    const key = uniqueKey();
    const controller = new AbortController();
    const pending = loadGuide(`/faults/never/${key}`, controller.signal);
    setTimeout(() => controller.abort(), 100);
    let rejected: unknown;
    await pending.catch((reason: unknown) => (rejected = reason));
    expect(rejected).to.be.instanceOf(DOMException);
    await waitUntil(() => faultAborted(key), 'the request was not aborted');
  });

  it('keeps a shared request alive while another caller still wants it', async () => {
    const key = uniqueKey();
    const controller = new AbortController();
    const withdrawn = loadGuide(`/faults/slow/${key}?ms=400`, controller.signal).catch(() => 'withdrawn');
    const kept = loadGuide(`/faults/slow/${key}?ms=400`);
    controller.abort();
    expect(await withdrawn).to.equal('withdrawn');
    expect((await kept).title).to.equal('Operations Engineer');
  });
});

describe('<career-salary> loading states', () => {
  it('shows an HTTP error with its status, and no retry for a 404', async () => {
    const { el, errored } = await salaryOn('/faults/status/404');
    const event = await errored;
    expect(event.detail).to.deep.include({ kind: 'http', status: 404, retryable: false });
    await settled(el, 'error');
    expect(text(shadow(el).querySelector('[role="alert"]'))).to.contain('HTTP 404');
    expect(shadow(el).querySelector('[part="retry"]')).to.equal(null);
  });

  it('offers a retry after a 503 that succeeds the second time', async () => {
    const key = uniqueKey();
    const { el, errored } = await salaryOn(`/faults/flaky/${key}`);
    expect((await errored).detail.status).to.equal(503);
    await settled(el, 'error');
    const loaded = nextEvent(el, 'career-load');
    shadow(el).querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await loaded;
    await settled(el);
    expect(shadow(el).querySelectorAll('.mark')).to.have.length(5);
  });

  it('reports invalid JSON and the wrong content type in the element', async () => {
    const json = await salaryOn(`/faults/invalid-json/${uniqueKey()}`);
    expect((await json.errored).detail.kind).to.equal('invalid-json');
    const html = await salaryOn(`/faults/html/${uniqueKey()}`);
    expect((await html.errored).detail.message).to.equal('expected JSON, got an HTML page (text/html)');
  });

  it('reports an empty src', async () => {
    const { el, errored } = await salaryOn('');
    expect((await errored).detail.kind).to.equal('no-source');
    await settled(el, 'error');
    expect(text(shadow(el).querySelector('[role="alert"]'))).to.contain('The src attribute is empty');
  });

  it('shows the placeholder through a slow response, then the chart', async () => {
    const { el } = await salaryOn(`/faults/slow/${uniqueKey()}?ms=500`);
    await el.updateComplete;
    expect(el.state.status).to.equal('loading');
    expect(shadow(el).querySelector('[part="placeholder"]')).to.exist;
    await settled(el);
    expect(shadow(el).querySelector('svg')).to.exist;
  });

  it('shows the latest src when src changes mid-flight, and aborts the first request', async () => {
    const first = uniqueKey();
    const second = uniqueKey();
    const { el } = await salaryOn(`/faults/never/${first}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    el.src = `/faults/guide/${second}`;
    await settled(el);
    expect(el.state).to.deep.include({ status: 'ready', source: 'src' });
    await waitUntil(() => faultAborted(first), 'the first request was not aborted');
  });

  it('aborts its request when removed mid-flight, without an error event', async () => {
    const key = uniqueKey();
    const { el } = await salaryOn(`/faults/never/${key}`);
    let errors = 0;
    el.addEventListener('career-error', () => (errors += 1));
    await new Promise((resolve) => setTimeout(resolve, 100));
    el.remove();
    await waitUntil(() => faultAborted(key), 'the request was not aborted');
    await el.updateComplete;
    expect(errors).to.equal(0);
  });

  it('loads again when put back on the page after leaving mid-flight', async () => {
    const key = uniqueKey();
    const { el } = await salaryOn(`/faults/slow/${key}?ms=300`);
    const parent = el.parentElement!;
    await new Promise((resolve) => setTimeout(resolve, 50));
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 50));
    parent.append(el);
    await settled(el);
    expect(shadow(el).querySelectorAll('.mark')).to.have.length(5);
  });

  it('makes one request for 50 elements on one URL', async () => {
    const key = uniqueKey();
    const box = await container(400);
    const elements = Array.from({ length: 50 }, () => {
      const el = document.createElement('career-salary');
      el.src = `/faults/guide/${key}`;
      return el;
    });
    box.append(...elements);
    await Promise.all(elements.map((el) => settled(el)));
    expect(await faultHits(key)).to.equal(1);
  });
});

describe('the guide cache', () => {
  afterEach(() => clearGuideCache());

  it('keeps recently used guides and forgets the oldest past 32', async () => {
    const keys = Array.from({ length: 34 }, () => uniqueKey());
    for (const key of keys) await loadGuide(`/faults/guide/${key}`);
    // The most recent one is served from the cache…
    await loadGuide(`/faults/guide/${keys[33]}`);
    expect(await faultHits(keys[33]!)).to.equal(1);
    // …the oldest was forgotten and is fetched again.
    await loadGuide(`/faults/guide/${keys[0]}`);
    expect(await faultHits(keys[0]!)).to.equal(2);
  });
});
