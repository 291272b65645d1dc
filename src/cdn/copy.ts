/**
 * Copying a code from a read-only text area, for the embed builder and the studio: to the
 * clipboard where the page may write it, else the text is selected for Ctrl+C.
 */

/** Copies the text of `area` and answers with the sentence that tells the editor what happened. */
export async function copyFromArea(area: HTMLTextAreaElement): Promise<string> {
  try {
    if (typeof navigator.clipboard?.writeText !== 'function') throw new Error('no clipboard');
    await navigator.clipboard.writeText(area.value);
    return 'Copied to the clipboard.';
  } catch {
    // Out of reach (plain http, no permission): the text is selected instead.
    area.focus();
    area.select();
    return 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
  }
}
