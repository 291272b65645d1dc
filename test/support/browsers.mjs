import { spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { createServer } from 'node:net';
import * as puppeteer from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

/**
 * The three engines the suite runs in, all from Debian's packages (see ../shared/TOOLCHAIN.md and
 * .ci/run): Chromium and Firefox ESR driven by puppeteer (CDP and WebDriver BiDi), and WebKitGTK's
 * MiniBrowser driven by WebKitWebDriver. `BROWSERS=chromium,firefox` picks some of them.
 */

/** Every test sees the same language and time zone, whatever the machine says. */
const LOCALE_ENV = { ...process.env, TZ: 'UTC', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' };

/** puppeteer's launch options for Debian's Chromium (or CHROME_PATH), headless. */
export const CHROMIUM_LAUNCH = {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--lang=en-US',
  ],
  env: LOCALE_ENV,
};

/** puppeteer's launch options for Debian's Firefox ESR (or FIREFOX_PATH), headless. */
export const FIREFOX_LAUNCH = {
  browser: 'firefox',
  executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
  headless: true,
  env: LOCALE_ENV,
  extraPrefsFirefox: {
    'intl.accept_languages': 'en-US',
    'intl.locale.requested': 'en-US',
    // No update checks, telemetry or remote settings: nothing leaves the machine.
    'app.update.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
  },
};

/** Chromium through CDP. */
export function chromium() {
  const launcher = chromeLauncher({ launchOptions: CHROMIUM_LAUNCH });
  // Without a custom puppeteer the launcher calls itself Chrome; this is Debian's Chromium.
  launcher.name = 'Chromium';
  return launcher;
}

/**
 * Firefox ESR through WebDriver BiDi, with the puppeteer-core the Chromium launcher already uses:
 * passing it as a "custom puppeteer" makes the launcher call it Firefox and launch that.
 */
export function firefox() {
  return chromeLauncher({ puppeteer, launchOptions: FIREFOX_LAUNCH });
}

const WEBKIT_DIR = process.env.WEBKIT_DIR ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1';

/**
 * WebKitGTK composites layers with OpenGL, which under Xvfb is Mesa's software rasterizer; now and
 * then its web process dies there ("ThreadedCompositor: segfault … in swrast_dri.so" in dmesg), the
 * page under test goes blank and the WebDriver session with it. The suite checks what pages do, not
 * how WebKit composites them: without compositing WebKit paints on the CPU and no GL is loaded,
 * and the suite ran faster in WebKit (386 s against 473 s here). `WEBKIT_COMPOSITING=1` turns it
 * back on, to compare.
 */
const WEBKIT_ENV = process.env.WEBKIT_COMPOSITING ? LOCALE_ENV : { ...LOCALE_ENV, WEBKIT_DISABLE_COMPOSITING_MODE: '1' };

/**
 * Starts WebKitWebDriver for WebKitGTK's MiniBrowser. MiniBrowser has no headless mode and
 * webdriverio cannot start WebKitWebDriver, so it runs under a virtual X server, in a process
 * group of its own that `stop()` ends whole (driver, Xvfb and browser together), as does this
 * process's exit, however it ends. Resolves to webdriverio's `remote()` options and that `stop`.
 * `WEBKIT_LOG=file` appends what the driver and the browser print to that file.
 */
export async function startWebKitDriver() {
  const port = await freePort();
  const log = process.env.WEBKIT_LOG ? openSync(process.env.WEBKIT_LOG, 'a') : 'ignore';
  const driver = spawn('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', 'WebKitWebDriver', `--port=${port}`], {
    detached: true,
    stdio: ['ignore', log, log],
    env: WEBKIT_ENV,
  });
  const stop = () => {
    process.off('exit', stop);
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  process.on('exit', stop);
  try {
    await waitForPort(port);
  } catch (error) {
    stop();
    throw error;
  }
  const options = {
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      // WebKitWebDriver 2.50 speaks WebDriver classic only.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: `${WEBKIT_DIR}/MiniBrowser`, args: ['--automation'] },
    },
  };
  return { options, stop };
}

/** The test runner's WebDriver launcher, starting and ending WebKitWebDriver itself. */
class WebKitLauncher extends WebdriverLauncher {
  /** @type {(() => void) | undefined} */
  stopDriver;

  constructor() {
    super({ capabilities: {} });
  }

  async initialize(config) {
    const { options, stop } = await startWebKitDriver();
    this.options = options;
    this.stopDriver = stop;
    await super.initialize(config);
    this.name = 'WebKit';
  }

  /**
   * Opens a test file's page, and waits for it: the library's session manager does not, so a lost
   * browser rejected where nothing caught it and ended the whole run at once, counting nothing.
   * Now it fails that file. A browser lost during an earlier file is replaced first, so one crash
   * costs that file and not the rest of the suite.
   */
  async startSession(id, url) {
    if (this.driver && !(await this.answers())) await this.forgetLostBrowser();
    await this.ensureManagerInitialized();
    await this.driverManager.startSession(id, url);
  }

  /** Whether the browser still answers in its WebDriver session. */
  async answers() {
    try {
      await this.driver.getTitle();
      return true;
    } catch {
      return false;
    }
  }

  /** Drops the session of a browser that no longer answers; the next page starts a new one. */
  async forgetLostBrowser() {
    console.error('WebKit stopped answering (its session is gone): starting it again for the next test files.');
    clearInterval(this.pendingHeartbeat);
    await this.driver.deleteSession().catch(() => {});
    this.driver = undefined;
    this.driverManager = undefined;
  }

  async stop() {
    await super.stop();
    this.stopDriver?.();
  }
}

/** WebKitGTK (MiniBrowser) through WebKitWebDriver. */
export function webkit() {
  return new WebKitLauncher();
}

const ENGINES = { chromium, firefox, webkit };

/**
 * The launchers named by `BROWSERS` (comma-separated: chromium, firefox, webkit), all three by
 * default.
 */
export function selectedBrowsers(names = process.env.BROWSERS ?? 'chromium,firefox,webkit') {
  return names
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean)
    .map((name) => {
      const make = ENGINES[name];
      if (!make) throw new Error(`BROWSERS names an unknown engine "${name}"; use chromium, firefox or webkit`);
      return make();
    });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${timeoutMs} ms`);
}
