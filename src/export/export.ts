/**
 * The downloads of a chart: its figures as CSV or copied as text, its drawing as SVG or PNG.
 * A module of its own, which an element loads with `import()` the first time a reader chooses
 * a download, so that no chart pays for it up front (the one-file drop-in carries it inline).
 */
import type { Guide } from '../contract/schema.js';
import { enExporting } from '../i18n/en-exporting.js';
import type { CommonWords, Messages } from '../i18n/messages.js';
import type { DownloadKind } from '../element/figure.js';
import { chartFigures, fileName, toCsv, toTabbed, type Figures } from './figures.js';
import { paintPng, standaloneSvg, svgText, type ImageText } from './image.js';

export { chartFigures, fileName, toCsv, toTabbed, type Figures } from './figures.js';
export { paintCanvas, paintPng, standaloneSvg, svgText } from './image.js';

/** What an element hands the export code: what it shows, as it drew it. */
export interface ExportSource {
  /** The element's short name: `salary`, `tiers`… */
  readonly element: string;
  /** The element, where the download is started from. */
  readonly host: HTMLElement;
  /** The figure whose download was chosen (its drawing is the image). */
  readonly figure: Element | undefined;
  readonly guide: Guide;
  /** The layout drawn: the table's rows, the caption, the notes. */
  readonly layout: unknown;
  readonly words: CommonWords;
  readonly locale: string;
}

/** A file made for download. */
export interface Download {
  readonly blob: Blob;
  readonly name: string;
}

/**
 * The export's own words in the element's language: the words of a language loaded on demand
 * hold them; an element in English carries only its own sections, and this module the rest.
 */
export function exportWords(words: CommonWords): typeof enExporting {
  return (words as Partial<Messages>).exporting ?? enExporting;
}

/** The figures of the chart in `source`. */
export function figuresOf(source: ExportSource): Figures {
  const figures = chartFigures(source.element, source.guide, source.layout, exportWords(source.words), source.locale);
  if (!figures) throw new Error(`<career-${source.element}> has no figures to download`);
  return figures;
}

/** The title, subtitle, summary and notes the chart shows, for its image. */
export function imageText({ layout }: ExportSource): ImageText {
  const { title, subtitle, summary, notes } = layout as { title: string; subtitle?: string; summary?: string; notes?: readonly string[] };
  return { title, subtitle, summary, notes: notes ?? [] };
}

/** The standalone SVG document of the chart in `source`, as drawn now. */
export function chartSvg(source: ExportSource): SVGSVGElement {
  if (!source.figure) throw new Error('no figure to draw');
  return standaloneSvg(source.figure, imageText(source));
}

/** Makes the file of a download: CSV, SVG or PNG. */
export async function makeDownload(kind: Exclude<DownloadKind, 'copy'>, source: ExportSource): Promise<Download> {
  const name = fileName(source.guide.id, source.element, kind);
  if (kind === 'csv') return { name, blob: new Blob([toCsv(figuresOf(source))], { type: 'text/csv;charset=utf-8' }) };
  const svg = chartSvg(source);
  if (kind === 'svg') return { name, blob: new Blob([svgText(svg)], { type: 'image/svg+xml;charset=utf-8' }) };
  return { name, blob: await paintPng(svg, 2) };
}

/**
 * Saves `download` as a file: a link to it with `download`, clicked. The object URL is revoked a
 * while later rather than at once, which some browsers take as the end of the download.
 */
export function save({ blob, name }: Download, host: HTMLElement): void {
  const url = URL.createObjectURL(blob);
  const link = host.ownerDocument.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  host.ownerDocument.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 40_000);
}

/** The figures of the chart in `source` as the plain-text table a reader copies. */
export function copiedText(source: ExportSource): string {
  return toTabbed(figuresOf(source));
}

/**
 * Makes the download the reader chose and saves it, or says how the copy the element started in
 * the reader's click (`copying`, see writeClipboard) went. Returns what to tell the reader: empty
 * for a file (the browser shows the download), else whether the copy worked.
 */
export async function exportChart(kind: DownloadKind, source: ExportSource, copying?: Promise<void>): Promise<string> {
  const words = exportWords(source.words);
  if (kind === 'copy') {
    try {
      await (copying ?? navigator.clipboard.writeText(copiedText(source)));
      return words.copied;
    } catch {
      // Refused: no permission, no focus, or no clipboard API (an insecure page).
      return words.refused;
    }
  }
  save(await makeDownload(kind, source), source.host);
  return '';
}
