/**
 * What the engine under test lets a test do, for tests that run in Chromium, Firefox and WebKit
 * alike. The commands live in test/support/emulation.mjs.
 */
import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Sets the page's inner size, in every engine. WebKitGTK's MiniBrowser window is never narrower
 * than 447 px: test narrower layouts in a box of that width, not through the viewport.
 */
export async function setViewport(size: { width: number; height: number }): Promise<void> {
  const done = await executeServerCommand<true | string, typeof size>('viewport', size);
  if (done !== true) throw new Error(done ?? 'the viewport command did not answer');
}

/**
 * Types `text` into the focused element as a keyboard would, key by key, in every engine (use it
 * rather than sendKeys({ type }), which loses repeated characters in WebKit).
 */
export async function typeText(text: string): Promise<void> {
  const done = await executeServerCommand<true | string, { text: string }>('type', { text });
  if (done !== true) throw new Error(done ?? 'the type command did not answer');
}

/** The media features a test can emulate where the engine's driver allows it. */
export interface MediaFeatures {
  colorScheme?: 'light' | 'dark';
  forcedColors?: boolean;
  /** The media type: `print`, or `null` for the screen again. */
  type?: 'print' | null;
}

/**
 * Emulates media features; answers `true`, or why this engine's driver cannot (see
 * {@link skipBecause}).
 */
export async function emulateMedia(features: MediaFeatures): Promise<true | string> {
  return (await executeServerCommand<true | string, MediaFeatures>('media', features)) ?? 'no answer from the media command';
}

/**
 * Skips the running test, or the rest of a suite from a `before` hook, and says why in the
 * browser log, which the test runner prints with the engine's name.
 */
export function skipBecause(context: Mocha.Context, reason: string): never {
  const title = context.currentTest?.fullTitle() ?? context.test?.parent?.fullTitle() ?? context.test?.fullTitle() ?? '';
  console.log(`skipped: ${title}: ${reason}`);
  context.skip();
}

/** The key name for the space bar that every driver knows (CDP knows "Space", BiDi does not). */
export const SPACE = ' ';
