/**
 * The hostile corpus (test/fixtures/hostile/) rendered on the server, as `career-widgets render
 * FILE --element guide --page` writes it: never a crash, never anything that runs, and the same
 * message, with the same path, as the element shows for the same file in the browser.
 */
import { expect } from '@open-wc/testing';
import '../src/guide/guide.js';
import { mount, settled, shadow, text } from './support/dom.js';
import { allElements } from './support/rendered.js';

/** The corpus files, as its README lists them. */
async function corpus(): Promise<string[]> {
  const readme = await (await fetch('/test/fixtures/hostile/README.md')).text();
  return [...readme.matchAll(/^\| ([a-z-]+\.json) \|/gm)].map((match) => match[1]!);
}

/** The server's page for `file`, parsed with its declarative shadow roots and no script run. */
async function served(file: string): Promise<Document> {
  const response = await fetch(`/ssr/page?element=guide&file=test/fixtures/hostile/${file}`);
  expect(response.status, `${file}: the server answered`).to.equal(200);
  return (Document as unknown as { parseHTMLUnsafe(html: string): Document }).parseHTMLUnsafe(await response.text());
}

/**
 * A message without the JavaScript engine's own words on unparsable JSON, which Node's V8 and
 * the browser's engine write differently ("… at position 55" against "… (line 2 column 1)").
 */
function engineless(message: string): string {
  return message.replace(/not valid JSON \(.*\)$/i, 'not valid JSON (…)');
}

describe('the hostile corpus, rendered on the server', function () {
  this.timeout(60_000);

  it('renders every file without running anything, and says what the browser says', async () => {
    const files = await corpus();
    expect(files.length).to.be.greaterThan(15);
    for (const file of files) {
      const doc = await served(file);
      const nodes = allElements(doc);
      // Data blocks only: the guide for the browser, the JSON-LD. No handler, no javascript: URL.
      for (const script of nodes.filter((node) => node.localName === 'script')) expect(script.getAttribute('type'), `${file}: script`).to.match(/^application\/(ld\+)?json$/);
      for (const node of nodes) {
        for (const attribute of node.getAttributeNames()) expect(attribute, `${file}: <${node.localName} ${attribute}>`).not.to.match(/^on/);
        for (const name of ['href', 'src']) expect(node.getAttribute(name) ?? '', `${file}: ${name}`).not.to.match(/^\s*javascript:/i);
      }
      const guide = doc.querySelector('career-guide')!;
      const serverAlert = guide.shadowRoot!.querySelector('[role="alert"]');
      const el = await mount('career-guide', 640, (element) => (element.src = `/test/fixtures/hostile/${file}`));
      await settled(el, serverAlert ? 'error' : 'ready');
      const browserAlert = shadow(el).querySelector('[role="alert"]');
      expect(engineless(text(serverAlert)), `${file}: the server's message`).to.equal(engineless(text(browserAlert)));
      el.parentElement!.remove();
    }
  });

  it('keeps text that is not JSON inside its script, even a closing tag', async () => {
    const response = await fetch('/ssr/page?element=salary&file=test/fixtures/ssr/script-breakout.json');
    const doc = (Document as unknown as { parseHTMLUnsafe(html: string): Document }).parseHTMLUnsafe(await response.text());
    const nodes = allElements(doc);
    expect(nodes.filter((node) => node.localName === 'img')).to.deep.equal([]);
    expect(nodes.filter((node) => node.localName === 'script').map((node) => node.getAttribute('type'))).to.deep.equal(['application/json']);
    // The browser reads the same text the server read: the same message.
    const inline = JSON.stringify(doc.querySelector('career-salary script')!.textContent);
    expect(inline).to.include('\\u003c/script');
    expect(text(doc.querySelector('career-salary')!.shadowRoot!.querySelector('[role="alert"]'))).to.match(/not valid JSON/i);
  });
});
