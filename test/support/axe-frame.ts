/**
 * axe-core in a page under test in a frame (the studio), whatever its CSP:
 * the script element is made in the test's own (unrestricted) document and points at axe on the
 * test server, which the page's `script-src 'self'` admits.
 */
import { expect } from '@open-wc/testing';

type AxeResults = { violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] };
type AxeWindow = Window & { axe?: { run(context: Document, options: object): Promise<AxeResults> } };

/** Loads axe into `doc`, and answers with a check that expects no violation, naming `when` if there are. */
export async function axeChecker(doc: Document, win: Window): Promise<(when: string) => Promise<void>> {
  const script = document.createElement('script');
  script.src = '/node_modules/axe-core/axe.min.js';
  const loaded = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve, { once: true });
    script.addEventListener('error', reject, { once: true });
  });
  doc.head.append(script);
  await loaded;
  return async (when: string) => {
    const results = await (win as AxeWindow).axe!.run(doc, { resultTypes: ['violations'] });
    expect(
      results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`),
      when,
    ).to.deep.equal([]);
  };
}
