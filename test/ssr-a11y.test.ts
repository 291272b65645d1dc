/**
 * Server-rendered HTML against axe, as a reader without JavaScript gets it (parsed into this page
 * with its declarative shadow roots, before any element is defined) and once the drop-in bundle
 * has hydrated it: every element, light and dark, wide and narrow.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { ELEMENTS } from '../src/registry.js';

/** The body of a server-rendered page from the CLI (see test/support/ssr.mjs), parsed into a box `width` px wide. */
async function served(element: string, width: number, theme: 'light' | 'dark'): Promise<HTMLElement> {
  const html = await (await fetch(`/ssr/page?element=${element}&theme=${theme}`)).text();
  const body = /<main>([\s\S]*)<\/main>/.exec(html)![1]!;
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  document.body.append(box);
  // setHTMLUnsafe parses declarative shadow roots, as the HTML parser of a page does.
  (box as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(body);
  return box;
}

/** A variable, so that TypeScript leaves the built file to the test server. */
const DROP_IN = '/dist/cdn/career-widgets.js';

const CASES = ELEMENTS.flatMap(({ name }) => [
  { name, width: 900, theme: 'light' as const },
  { name, width: 320, theme: 'dark' as const },
]);

describe('server-rendered HTML, before and after hydration', function () {
  // Sixteen axe runs over every element, the whole guide twice: longer than one element's test.
  this.timeout(60_000);
  const boxes: { box: HTMLElement; name: string }[] = [];

  before(async () => {
    for (const { name, width, theme } of CASES) boxes.push({ box: await served(name, width, theme), name });
  });

  it('has no axe violations with no script', async () => {
    expect(customElements.get('career-salary')).to.equal(undefined);
    for (const { box, name } of boxes) {
      expect(box.querySelector(`career-${name}`)!.shadowRoot, name).to.not.equal(null);
      await expect(box, name).to.be.accessible();
    }
  });

  it('has no axe violations once the drop-in has hydrated it', async () => {
    await import(/* @vite-ignore */ DROP_IN);
    const elements = boxes.map(({ box, name }) => box.querySelector(`career-${name}`) as HTMLElement & { hasUpdated: boolean });
    await waitUntil(() => elements.every((element) => element.hasUpdated), 'hydrated', { timeout: 8000 });
    for (const { box, name } of boxes) await expect(box, name).to.be.accessible();
  });
});
