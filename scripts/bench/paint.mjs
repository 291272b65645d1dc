/**
 * Paint metrics of one page load in headless Chromium, for scripts/bench.mjs: first and largest
 * contentful paint, cumulative layout shift and total blocking time (the part of each long task
 * beyond 50 ms, from navigation until the page settles), with the CPU slowed down `slowdown`×
 * through the DevTools protocol. The observers are installed before the page's own scripts.
 */
export async function paintMetrics(browser, url, { slowdown = 1, viewport = { width: 412, height: 823 }, settled = '() => true' } = {}) {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  const session = await page.createCDPSession();
  await session.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  await page.evaluateOnNewDocument(() => {
    const perf = (globalThis.__perf = { fcp: undefined, lcp: 0, cls: 0, tbt: 0 });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') perf.fcp = entry.startTime;
    }).observe({ type: 'paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) perf.lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) perf.cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) perf.tbt += Math.max(0, entry.duration - 50);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url, { waitUntil: 'networkidle0' });
  await page.waitForFunction(settled, { timeout: 30_000 });
  await new Promise((resolve) => setTimeout(resolve, 500));
  const metrics = await page.evaluate(() => globalThis.__perf);
  await page.close();
  return metrics;
}

/**
 * What a reader sees of `url` with JavaScript off: the length of the visible text and the number
 * of drawn charts (SVGs with a box), through declarative shadow roots.
 */
export async function withoutScript(browser, url, viewport = { width: 412, height: 823 }) {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  await page.setJavaScriptEnabled(false);
  await page.goto(url, { waitUntil: 'networkidle0' });
  // Evaluated through the DevTools protocol, which runs even with the page's scripts off.
  const seen = await page.$eval('body', (body) => {
    const all = (root) => [...root.querySelectorAll('*')].flatMap((element) => [element, ...(element.shadowRoot ? all(element.shadowRoot) : [])]);
    const elements = all(body);
    const visible = elements.filter((element) => element.checkVisibility());
    const text = visible.flatMap((element) => [...element.childNodes].filter((node) => node.nodeType === 3).map((node) => node.textContent)).join(' ');
    return { text: text.replace(/\s+/g, ' ').trim().length, charts: visible.filter((element) => element.localName === 'svg' && element.getBoundingClientRect().width > 0).length };
  });
  await page.close();
  return seen;
}
