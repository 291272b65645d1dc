/**
 * Test runner commands that change how the page under test is shown, in every engine the suite
 * runs in, or say plainly that the engine's driver cannot do it (test/support/engine.ts turns
 * that answer into a skipped test with its reason). @web/test-runner-commands' own setViewport and
 * emulateMedia throw for WebDriver, and reach Firefox only through CDP, which it lacks.
 *
 *   viewport {width, height}          the page's inner size (WebKit: at least 447 px wide)
 *   media {colorScheme?, forcedColors?, type?}  prefers-color-scheme, forced-colors, and the
 *                                     media type (`print`, or `null` for the screen again)
 *   type {text}                       types text into the focused element, key by key
 *
 * Each answers `true` when done, or a sentence saying why this engine cannot.
 */
export function emulation() {
  return {
    name: 'emulation-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'viewport') return setViewport(session, payload);
      if (command === 'media') return emulateMedia(session, payload);
      if (command === 'type') return typeText(session, payload);
      return undefined;
    },
  };
}

async function setViewport(session, { width, height }) {
  const { browser } = session;
  if (browser.type === 'puppeteer') {
    await browser.getPage(session.id).setViewport({ width, height });
    return true;
  }
  if (browser.type === 'webdriver') {
    // WebDriver sizes the window, toolbar included: size it, measure what the page got, and
    // grow the window by the difference.
    const driver = browser.driver;
    await driver.setWindowSize(width, height);
    const inner = await driver.execute('return [innerWidth, innerHeight]');
    await driver.setWindowSize(2 * width - inner[0], 2 * height - inner[1]);
    const final = await driver.execute('return [innerWidth, innerHeight]');
    // MiniBrowser's window has a minimum width (447 px here): a narrower request gets that.
    if (final[0] !== width && !(width < 447 && final[0] <= 447)) {
      throw new Error(`asked for a ${width}px wide viewport, got ${final[0]}px`);
    }
    return true;
  }
  return `${browser.name} has no way to set the viewport here`;
}

async function emulateMedia(session, { colorScheme, forcedColors, type }) {
  const { browser } = session;
  // Media emulation is a Chrome DevTools Protocol feature: WebDriver BiDi (Firefox) and
  // WebDriver classic (WebKitGTK) have no command for either feature.
  if (browser.type !== 'puppeteer' || browser.name !== 'Chromium') {
    return `${browser.name}'s WebDriver has no media emulation (prefers-color-scheme, forced-colors); this runs in Chromium`;
  }
  const features = [];
  if (colorScheme) features.push({ name: 'prefers-color-scheme', value: colorScheme });
  if (forcedColors !== undefined) features.push({ name: 'forced-colors', value: forcedColors ? 'active' : 'none' });
  const page = browser.getPage(session.id);
  await page.emulateMediaFeatures(features);
  if (type !== undefined) await page.emulateMediaType(type ?? undefined);
  return true;
}

/**
 * sendKeys({ type }) reaches WebDriver as webdriverio's keys(), which presses every key of the
 * text down, then lets them all up: a character that repeats ("http://", "8000") is already down
 * the second time, and WebKitWebDriver drops it. Here each character goes down and up in turn.
 */
async function typeText(session, { text }) {
  const { browser } = session;
  if (browser.type === 'puppeteer') {
    await browser.getPage(session.id).keyboard.type(text);
    return true;
  }
  if (browser.type === 'webdriver') {
    const keys = browser.driver.action('key');
    for (const char of text) keys.down(char).up(char);
    await keys.perform(true);
    return true;
  }
  return `${browser.name} has no way to type here`;
}
