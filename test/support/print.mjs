/**
 * Prints the page under test to PDF, as a reader's "Save as PDF" does, and reads the PDF back,
 * for test/print.test.ts:
 *
 *   print-pdf {format}   the page printed on `A4` or `Letter` paper with Chromium's default
 *                        margins (0.4 in), backgrounds left out as the print dialog leaves them
 *                        (CDP Page.printToPDF); answers the number of pages and each page's
 *                        text, read by pdfjs-dist
 *
 * Answers a sentence saying why instead when the engine cannot print to PDF: WebDriver BiDi
 * (Firefox) and WebDriver classic (WebKitGTK) have no such command here.
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
      if (browser.type !== 'puppeteer' || browser.name !== 'Chromium') {
        return `${browser.name}'s WebDriver cannot print to PDF here; this runs in Chromium`;
      }
      const margin = `${MARGIN}in`;
      const pdf = await browser.getPage(session.id).pdf({ format: payload.format, margin: { top: margin, right: margin, bottom: margin, left: margin } });
      return { pages: await pageTexts(pdf) };
    },
  };
}

/** The text of each page of `pdf`, its lines ended with a newline. */
async function pageTexts(pdf) {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const pages = [];
    for (let number = 1; number <= document.numPages; number++) {
      const { items } = await (await document.getPage(number)).getTextContent();
      pages.push(items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
    }
    return pages;
  } finally {
    await document.destroy();
  }
}
