/**
 * Prints the page under test to PDF, as a reader's "Save as PDF" does, and reads the PDF back,
 * for test/print.test.ts:
 *
 *   print-pdf {format}   the page printed on `A4` or `Letter` paper with Chromium's default
 *                        margins (0.4 in), backgrounds left out as the print dialog leaves them
 *                        (puppeteer's page.pdf: CDP Page.printToPDF in Chromium, WebDriver
 *                        BiDi's browsingContext.print in Firefox); answers each page's text,
 *                        read by pdfjs-dist, and the runs of text that reach past the margins
 *
 * Answers a sentence saying why instead when the engine cannot print to PDF: WebKitGTK's
 * WebDriver (classic) has no such command.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Chromium's print dialog's default margins, in inches. */
const MARGIN = 0.4;

export function printPdf() {
  return {
    name: 'print-pdf',
    async executeCommand({ command, payload, session }) {
      if (command !== 'print-pdf') return undefined;
      const { browser } = session;
      if (browser.type !== 'puppeteer') {
        return `${browser.name}'s WebDriver cannot print to PDF here; this runs in Chromium and Firefox`;
      }
      const margin = `${MARGIN}in`;
      const pdf = await browser.getPage(session.id).pdf({ format: payload.format, margin: { top: margin, right: margin, bottom: margin, left: margin } });
      return readPdf(pdf);
    },
  };
}

/**
 * The text of each page of `pdf`, its lines ended with a newline; and each run of text that
 * reaches past the left or right margin by more than a point (a glyph's side bearing), which a
 * chart cut at the paper's edge would have: "page 3: "High" at 540–580pt of 595pt".
 */
async function readPdf(pdf) {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const margin = MARGIN * 72;
  try {
    const pages = [];
    const pastMargins = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const [, , width] = page.view;
      const { items } = await page.getTextContent();
      pages.push(items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
      for (const item of items) {
        if (!('str' in item) || !item.str.trim()) continue;
        const [left, right] = [item.transform[4], item.transform[4] + item.width];
        if (left < margin - 1 || right > width - margin + 1) pastMargins.push(`page ${number}: "${item.str}" at ${left.toFixed(0)}–${right.toFixed(0)}pt of ${width.toFixed(0)}pt`);
      }
    }
    return { pages, pastMargins };
  } finally {
    await document.destroy();
  }
}
