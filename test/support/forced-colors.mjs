/**
 * A test runner command that turns forced colors (Windows High Contrast) on or off for the
 * page under test, through the launcher's puppeteer page. @web/test-runner-commands' emulateMedia
 * knows color scheme and reduced motion only. In a test:
 *   await executeServerCommand('forced-colors', { active: true });
 */
export function forcedColors() {
  return {
    name: 'forced-colors-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`forced colors need a puppeteer launcher, not ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      await page.emulateMediaFeatures([{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }]);
      return true;
    },
  };
}
