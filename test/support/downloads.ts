/** Helpers for the downloads tests: choose a download as a reader does, catch the file instead of saving it, read CSV. */
import { waitUntil } from '@open-wc/testing';

/** A file the element offered for download: its name and its bytes. */
export interface Caught {
  readonly name: string;
  readonly blob: Blob;
}

/**
 * Catches every download link clicked in `doc` (the export code clicks an `<a download>`): the
 * browser saves nothing, and the test reads the file from its object URL. `stop()` ends it.
 */
export function catchDownloads(doc: Document = document): { readonly files: Caught[]; next: () => Promise<Caught>; stop: () => void } {
  const files: Caught[] = [];
  const pending: Promise<void>[] = [];
  const listener = (event: Event) => {
    const link = event.target;
    if (!(link instanceof (doc.defaultView as typeof window).HTMLAnchorElement) || !link.download) return;
    event.preventDefault();
    const { download: name, href } = link;
    // Read from this page: a blob: URL is fetched by any page of its origin, and the page under
    // test may refuse to fetch it (connect-src).
    pending.push(
      fetch(href)
        .then((response) => response.blob())
        .then((blob) => void files.push({ name, blob })),
    );
  };
  doc.addEventListener('click', listener, true);
  let seen = 0;
  return {
    files,
    next: async () => {
      await waitUntil(() => files.length > seen, 'no download was made', { timeout: 5000 });
      await Promise.all(pending);
      return files[seen++]!;
    },
    stop: () => doc.removeEventListener('click', listener, true),
  };
}

/** The "Download" button of an element's first figure, and the choice of `kind`'s button. */
export function downloadButtons(root: ShadowRoot, kind?: 'csv' | 'svg' | 'png' | 'copy'): { toggle: HTMLButtonElement | null; choice: HTMLButtonElement | null } {
  return {
    toggle: root.querySelector<HTMLButtonElement>('[part="downloads-toggle"]'),
    choice: kind ? root.querySelector<HTMLButtonElement>(`[data-download="${kind}"]`) : null,
  };
}

/** Opens the element's download choices (if closed) and presses `kind`'s button; `clicked` runs as soon as the click returns. */
export async function choose(element: HTMLElement & { updateComplete: Promise<unknown> }, kind: 'csv' | 'svg' | 'png' | 'copy', clicked?: () => void): Promise<void> {
  const root = element.shadowRoot!;
  const { toggle } = downloadButtons(root);
  if (!toggle) throw new Error(`${element.localName} has no Download button`);
  if (toggle.getAttribute('aria-expanded') !== 'true') {
    toggle.click();
    await element.updateComplete;
  }
  downloadButtons(root, kind).choice!.click();
  clicked?.();
}

/** The records of a CSV text (RFC 4180: quoted fields, doubled quotes, CRLF between records). */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 1;
    } else {
      field += char;
    }
  }
  if (field || record.length) throw new Error('the CSV does not end with CRLF');
  return records;
}

/** An image file's pixels, decoded. */
export async function pixelsOf(blob: Blob): Promise<ImageData> {
  const bitmap = await createImageBitmap(blob);
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, bitmap.width, bitmap.height);
}

/** How an image file is drawn: its size, the share of pixels other than its most common color (the background), and how many colors it has. */
export async function imageStats(blob: Blob): Promise<{ width: number; height: number; inked: number; colors: number; background: number }> {
  const image = await pixelsOf(blob);
  const pixels = new Uint32Array(image.data.buffer);
  const counts = new Map<number, number>();
  for (const pixel of pixels) counts.set(pixel, (counts.get(pixel) ?? 0) + 1);
  const [background, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  return { width: image.width, height: image.height, inked: (pixels.length - count) / pixels.length, colors: counts.size, background };
}

/** A stand-in for the page's clipboard: what was written to it, and whether each write began in the click. */
export interface FakeClipboard {
  /** The texts written, in order, once each has arrived. */
  readonly texts: string[];
  /** For each write, whether it was called before the click that started it returned. */
  readonly inClick: boolean[];
  /** Marks the end of the click: writes after it are not in it. */
  clickEnded(): void;
  restore(): void;
}

/**
 * Replaces the clipboard's `write` and `writeText` with ones that keep the text: `refuse` makes
 * both reject as a browser does without permission. The real clipboard needs a reader's
 * gesture, which a test's `click()` is not.
 */
export function fakeClipboard({ refuse = false } = {}): FakeClipboard {
  const clipboard = navigator.clipboard;
  const texts: string[] = [];
  const inClick: boolean[] = [];
  let clicking = true;
  const refused = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
  const replaced = {
    writeText: (text: string) => {
      inClick.push(clicking);
      if (refuse) return refused();
      texts.push(text);
      return Promise.resolve();
    },
    write: async (items: ClipboardItem[]) => {
      inClick.push(clicking);
      if (refuse) return refused();
      for (const item of items) texts.push(await (await item.getType('text/plain')).text());
    },
  };
  for (const [name, value] of Object.entries(replaced)) Object.defineProperty(clipboard, name, { configurable: true, value });
  return {
    texts,
    inClick,
    clickEnded: () => (clicking = false),
    restore: () => {
      for (const name of Object.keys(replaced)) delete (clipboard as unknown as Record<string, unknown>)[name];
    },
  };
}
