/**
 * The plain node:http example (examples/node-http/server.mjs), run by test/support/node-http.mjs
 * on a free port: it streams a complete guide page, head first, and the page hydrates under the
 * Content-Security-Policy it sends.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sampleGuide } from './support/guides.js';
import { charts, openFrame } from './support/rendered.js';
import { reportKey, violations, withReports, type Violation } from './support/csp-reports.js';

interface Probe {
  readonly status: number;
  readonly headers: Record<string, string>;
  /** The body as it arrived: each chunk with its time in ms after the request. */
  readonly chunks: readonly { readonly at: number; readonly text: string }[];
}

async function probe(path: string): Promise<Probe> {
  return (await (await fetch(`/node-http/probe?path=${encodeURIComponent(path)}`)).json()) as Probe;
}

afterEach(() => {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
});

describe('the node:http example server', () => {
  it('streams a whole guide page, the head before the guide', async () => {
    const { status, headers, chunks } = await probe('/careers/operations-engineer');
    expect(status).to.equal(200);
    expect(headers['content-type']).to.equal('text/html; charset=utf-8');
    // Written as it renders, not sent in one piece with a length.
    expect(headers['transfer-encoding']).to.equal('chunked');
    expect(headers['content-length']).to.equal(undefined);
    const first = chunks[0]!;
    const last = chunks.at(-1)!;
    expect(first.text, 'the first chunk').to.include('</head>');
    expect(first.text, 'the first chunk').to.not.include('</career-guide>');
    // The head and the guide's first part come while the rest is still being rendered: in the
    // first half of the response time (a page rendered whole first would come at the very end).
    expect(first.at, `first chunk at ${first.at.toFixed(1)} ms, last at ${last.at.toFixed(1)} ms`).to.be.below(last.at / 2);

    const body = chunks.map((chunk) => chunk.text).join('');
    expect(body.startsWith('<!doctype html>')).to.equal(true);
    expect(body.trimEnd().endsWith('</html>')).to.equal(true);
    // Parsed as a browser parses a page, declarative shadow roots included.
    const doc = Document.parseHTMLUnsafe(body);
    const guide = doc.querySelector('career-guide')!;
    expect(guide.shadowRoot, 'the declarative shadow root').to.not.equal(null);
    expect(guide.shadowRoot!.querySelector('h1')!.textContent).to.equal(sampleGuide().title);
    // Server output styles itself: <style> elements and style attributes (see the CSP below).
    expect(guide.shadowRoot!.querySelector('style')).to.not.equal(null);
    expect(body).to.match(/ style="[^"]+"/);
    const jsonLd = [...doc.querySelectorAll('script[type="application/ld+json"]')];
    expect(jsonLd.length).to.equal(1);
    const occupation = JSON.parse(jsonLd[0]!.textContent) as { '@type': string; name: string; mainEntityOfPage: { url: string } };
    expect(occupation['@type']).to.equal('Occupation');
    expect(occupation.name).to.equal(sampleGuide().title);
    expect(occupation.mainEntityOfPage.url).to.equal('https://careers.example.com/careers/operations-engineer');
  });

  it('serves the drop-in, and answers an unknown guide with 404', async () => {
    const dropIn = await probe('/career-widgets.js');
    expect(dropIn.status).to.equal(200);
    const built = await (await fetch('/dist/cdn/career-widgets.js')).text();
    expect(dropIn.chunks.map((chunk) => chunk.text).join('') === built, 'the built drop-in').to.equal(true);
    expect((await probe('/careers/no-such-guide')).status).to.equal(404);
    expect((await probe('/careers/..%2Fpackage')).status).to.equal(404);
  });

  it('hydrates under its Content-Security-Policy without a violation', async () => {
    const { headers } = await probe('/careers/operations-engineer');
    const policy = headers['content-security-policy']!;
    expect(policy).to.include("script-src 'self';");
    expect(policy).to.include("require-trusted-types-for 'script'");

    // The page reports its violations to the test server from its first byte (csp-reports.ts).
    const key = reportKey();
    const frame = await openFrame(withReports('/careers/operations-engineer', key), 900);
    const doc = frame.contentDocument!;
    const win = frame.contentWindow! as Window & typeof globalThis;
    const guide = doc.querySelector('career-guide') as HTMLElement & { hasUpdated?: boolean };
    await waitUntil(() => guide.hasUpdated && charts(doc).every((chart) => (chart as HTMLElement & { hasUpdated?: boolean }).hasUpdated), 'hydrated', { timeout: 10_000 });
    // The eval is the oracle that shows the policy holds and is seen: Trusted Types refuse the
    // string before script-src would.
    expect(() => {
      win.eval('1');
    }).to.throw();
    const reported = await violations(key, win);
    const isEval = (violation: Violation) => ['trusted-types-sink', 'eval'].includes(violation.blocked);
    expect(reported.some(isEval), 'the oracle violation reported').to.equal(true);
    expect(reported.filter((violation) => !isEval(violation))).to.deep.equal([]);
  });
});
