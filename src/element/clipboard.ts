/**
 * Writes text to the clipboard from a reader's click, when the text is only known a moment later
 * (the export code that makes it loads on first use).
 *
 * Safari lets a page write to the clipboard only within the click itself: a `writeText` after
 * the export code arrives is refused. So where the browser has `ClipboardItem`, the write starts
 * in the click with the promise of the text, which the browser waits for (WebKit's advice for
 * the Async Clipboard API); elsewhere the text is written once it is there.
 */
export async function writeClipboard(text: Promise<string>): Promise<void> {
  // Async, so that a browser without a clipboard rejects rather than throws; it runs up to its
  // first await in the click.
  const { clipboard } = navigator;
  if (typeof ClipboardItem === 'function' && typeof clipboard?.write === 'function') {
    // A Blob, not a string: the type every engine with ClipboardItem takes.
    return clipboard.write([new ClipboardItem({ 'text/plain': text.then((value) => new Blob([value], { type: 'text/plain' })) })]);
  }
  await clipboard.writeText(await text);
}
