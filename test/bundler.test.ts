/**
 * The bundler path: an app that imports `career-widgets/salary` and `career-widgets/contract`,
 * built by Vite from the installed package (test/support/bundler.mjs), runs in the browser.
 */
import { expect, waitUntil } from '@open-wc/testing';

type App = { defined: boolean; validateGuide: (value: unknown) => { ok: boolean } };

describe('the package in a bundler', () => {
  it('builds into a working app through the exports map', async () => {
    const source = await (await fetch('/bundler/app.js')).text();
    // Bundled: no bare imports left for the browser to resolve.
    expect(source).not.to.match(/from\s*["'](lit|d3-|valibot|career-widgets)/);
    const app = '/bundler/app.js';
    await import(/* @vite-ignore */ app);
    const { bundledApp } = window as unknown as { bundledApp: App };
    expect(bundledApp.defined).to.equal(true);
    expect(bundledApp.validateGuide({ schemaVersion: 1 }).ok).to.equal(true);
    const element = document.querySelector('career-salary') as HTMLElement & { state: { status: string } };
    await waitUntil(() => element.state?.status === 'ready', 'the bundled element did not load its guide', { timeout: 8000 });
    await waitUntil(() => element.shadowRoot?.querySelectorAll('.mark').length === 5, 'no chart');
  });
});
