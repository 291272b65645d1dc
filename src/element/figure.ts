import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Box } from '../chart/geometry.js';
import type { CommonWords } from '../i18n/messages.js';
import { cssomStyle } from './cssom-style.js';

/** The "show as table" disclosure of a chart's table: its state and words, kept by the element. */
export interface TableToggle {
  /** Whether the table is shown; hidden, it is out of the accessibility tree too. */
  readonly open: boolean;
  /** The button's words. */
  readonly label: string;
  /** Shows or hides the table. */
  readonly toggle: () => void;
}

/** What a chart offers to download: its figures as CSV or copied, its drawing as SVG or PNG. */
export type DownloadKind = 'csv' | 'svg' | 'png' | 'copy';

/** The "Download" disclosure beside "Show as table": its state and words, kept by the element. */
export interface DownloadsMenu {
  /** Whether the choices are shown. */
  readonly open: boolean;
  readonly words: CommonWords['downloads'];
  /** Whether the button's word is left to its name (visually hidden) beside its glyph: where the row has no room for it. */
  readonly compact: boolean;
  /** What the last choice came to, when it has something to say (copied, refused): shown and announced. */
  readonly note: string;
  /** Shows or hides the choices. */
  readonly toggle: () => void;
  /** Makes the download of a choice's button (its `data-download`). */
  readonly choose: (event: Event) => void;
}

/** A cell, or any text, in the guide's language: a span with `lang` when it differs from the element's (see `GuideElement.guideLang`). */
export function inLang(text: string, lang: string | typeof nothing): unknown {
  return lang === nothing ? text : html`<span lang=${lang}>${text}</span>`;
}

/** A chart's table of exact figures (drawn by `drawTable`) with its disclosure. */
export interface FigureTable {
  readonly content: unknown;
  readonly toggle: TableToggle;
}

/** What every chart's frame holds. */
export interface FigureParts {
  /** The chart's name, shown as its caption and used as its accessible name. */
  readonly title: string;
  /** A second line of context: place, currency, source. */
  readonly subtitle?: string | undefined;
  /** The subtitle's `lang`, when it is the guide's text in another language than the element's words. */
  readonly subtitleLang?: string | typeof nothing;
  /** Lines the caption is estimated to take at this width; kept at least that tall, so the estimate is what the page gets. */
  readonly captionLines?: number | undefined;
  /**
   * A paragraph written from the data for screen readers, read in its place before the chart: what
   * the chart shows and what it tells, without the figures its marks say.
   */
  readonly summary: string;
  /**
   * How to use the chart's marks by keyboard, for screen readers: the description of the marks'
   * container (`aria-describedby="hint"`, plus `ids`), heard when focus enters it, never read in
   * the page's flow. Only for charts with marks.
   */
  readonly keys?: string | undefined;
  /** The drawing: its marks' container has `aria-labelledby="title"` (plus `ids`). */
  readonly chart: unknown;
  /** The line under the chart that shows the hovered, focused or selected mark's exact figures. */
  readonly readout: string;
  /** Lines kept for the readout at this width (see `readoutLines`), whichever mark it shows, so that nothing below it moves. */
  readonly readoutLines?: number | undefined;
  /**
   * What the readout line says while it shows no mark: how to use the chart, for sighted readers
   * with a pointer or a keyboard. Only for charts with marks.
   */
  readonly cue?: string | undefined;
  /** What follows the readout line, above the table (the tiers' panel). */
  readonly details?: unknown;
  /** The numbers as a table, behind a "show as table" button. */
  readonly table?: FigureTable | undefined;
  /** The downloads, behind a "Download" button beside the table's (or alone); none where the page or the element turned them off. */
  readonly downloads?: DownloadsMenu | undefined;
  /** What the figure's ids end with: empty, or the width of a server form (see `GuideElement`). */
  readonly ids?: string | undefined;
}

/**
 * The frame shared by every chart: caption, hidden summary, drawing, readout line and, for charts
 * with a table, the "show as table" button and the table. The loading placeholder has the same
 * caption, readout and button lines, so nothing moves when the chart replaces it. Ids are unique
 * within the element's shadow root.
 *
 * The readout line is for the eyes (`aria-hidden`): the marks' names say what it shows. Its cue
 * and the table button are hidden until the element is defined: without script (a
 * server-rendered page read without JavaScript) neither marks nor button would answer.
 */
export function renderFigure({ title, subtitle, subtitleLang = nothing, captionLines, summary, keys, chart, readout, readoutLines, cue, details, table, downloads, ids = '' }: FigureParts): TemplateResult {
  return html`<figure part="figure">
    <figcaption class="caption" style=${lines(captionLines)}>
      <span class="title" id="title${ids}">${title}</span>
      ${subtitle ? html`<span class="subtitle" lang=${subtitleLang}>${subtitle}</span>` : nothing}
    </figcaption>
    <p class="visually-hidden" id="summary${ids}">${summary}</p>
    ${keys ? html`<p hidden id="hint${ids}">${keys}</p>` : nothing} ${drawing(chart)}
    <p class="readout" aria-hidden="true" style=${lines(readoutLines)}>${readout || (cue ? html`<span class="cue">${cue}</span>` : '')}</p>
    ${drawing(details)} ${table || downloads ? renderButtonRow(table, downloads, ids) : nothing}
  </figure>`;
}

/** A box kept at least `count` lines of the frame's text tall (1.4em each, see the shared styles). */
function lines(count: number | undefined) {
  return count === undefined ? nothing : cssomStyle({ 'min-height': `${count * 1.4}em` });
}

/**
 * What a layout placed, in pixels at the designed text size: enlarged as a whole for a reader's
 * larger text (`zoom`, by the element's `--_scale`; see `chartScale`). The text around it (the
 * caption, the readout, the table) grows with the font size itself.
 */
export function drawing(content: unknown): unknown {
  return content === undefined || content === nothing ? nothing : html`<div class="drawing">${content}</div>`;
}

/**
 * The row under the chart: "Show as table" and the table it shows, then "Download" and its
 * choices; either may be missing (a chart that writes out every figure has no table). Collapsed, the table is hidden from everyone, so that
 * `aria-expanded` tells the truth and a screen reader does not hear every figure again after the
 * marks, whose names carry each figure the table has (test/announced-once.test.ts). It stays in
 * the DOM, whole, for whatever reads the page's text.
 */
function renderButtonRow(table: FigureTable | undefined, downloads: DownloadsMenu | undefined, ids: string): TemplateResult {
  return html`<div class="table-toggle">
      ${table ? disclosure('table-toggle', `figures${ids}`, table.toggle.open, table.toggle.label, table.toggle.toggle) : nothing}
      ${downloads
        ? disclosure(
            'downloads-toggle',
            `downloads${ids}`,
            downloads.open,
            html`${DOWNLOAD_GLYPH}<span class=${downloads.compact ? 'visually-hidden' : nothing}>${downloads.words.menu}</span>`,
            downloads.toggle,
          )
        : nothing}
    </div>
    ${downloads ? renderDownloads(downloads, ids) : nothing}
    ${table ? html`<div id="figures${ids}" class="figures" ?hidden=${!table.toggle.open}>${table.content}</div>` : nothing}`;
}

/** A button that shows and hides the region `controls`; its chevron points down while the region is hidden. */
function disclosure(part: string, controls: string, open: boolean, label: unknown, toggle: () => void): TemplateResult {
  return html`<button type="button" part=${part} aria-expanded=${open ? 'true' : 'false'} aria-controls=${controls} @click=${toggle}>
    <span class="chevron" aria-hidden="true"></span>${label}
  </button>`;
}

/** An arrow down onto a line: the "Download" button's glyph, in the text's color. */
const DOWNLOAD_GLYPH = svg`<svg class="glyph" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M8 2v8M4.5 6.5 8 10l3.5-3.5M3 13.5h10"></path></svg>`;

/**
 * The download choices. Each button is named by its words and the chart's caption
 * (`aria-labelledby` itself and the title), so that among the charts of a page it says what it
 * downloads. The status line says what copying came to; it is there, empty, whenever the choices
 * are, so that its words are announced when they arrive.
 */
function renderDownloads({ open, words, note, choose }: DownloadsMenu, ids: string): TemplateResult {
  const kinds: readonly DownloadKind[] = ['csv', 'svg', 'png', 'copy'];
  return html`<div id="downloads${ids}" class="downloads" part="download-choices" ?hidden=${!open}>
    ${kinds.map(
      (kind) => html`<button type="button" id="download-${kind}${ids}" aria-labelledby="download-${kind}${ids} title${ids}" data-download=${kind} @click=${choose}>${words[kind]}</button>`,
    )}
    <p class="download-note" role="status">${note}</p>
  </div>`;
}

/** The table of exact figures, shown behind the "show as table" button. */
export function drawTable(caption: string, headers: readonly string[], rows: readonly (readonly unknown[])[]): TemplateResult {
  return html`<table part="table">
    <caption>${caption}</caption>
    <thead><tr>${headers.map((header) => html`<th scope="col">${header}</th>`)}</tr></thead>
    <tbody>
      ${rows.map(([head, ...cells]) => html`<tr><th scope="row">${head}</th>${cells.map((cell) => html`<td>${cell}</td>`)}</tr>`)}
    </tbody>
  </table>`;
}

/**
 * The frame of a selected mark (`aria-selected`), drawn 3px inside `box`, its focus ring's box:
 * dashed, and shown only while the mark is selected (see the shared styles).
 */
export function selectionRing(box: Box): SVGTemplateResult {
  return svg`<rect class="selection-ring" x=${box.x + 3} y=${box.y + 3} width=${Math.max(0, box.width - 6)} height=${Math.max(0, box.height - 6)} rx="3"></rect>`;
}

/** What a chart's SVG frame needs: its size, a class for its orientation, the marks' listeners. */
export interface ChartFrame {
  readonly width: number;
  readonly height: number;
  /** The SVG's class, e.g. `horizontal` or `vertical`. */
  readonly className?: string | undefined;
  /** The marks' listeners (`marks.container()`). */
  readonly listeners: unknown;
  /** What the figure's ids end with (see `FigureParts`). */
  readonly ids?: string | undefined;
}

/**
 * The SVG of a chart whose marks are the options of a listbox (see `MarksController`): named by
 * the figure's caption, described by its keyboard hint, drawn at its layout's size. `content`
 * goes in a presentational group.
 */
export function renderChartSvg({ width, height, className, listeners, ids = '' }: ChartFrame, content: unknown): SVGTemplateResult {
  return svg`<svg
    part="chart"
    class=${className ?? nothing}
    role="listbox"
    aria-labelledby="title${ids}"
    aria-describedby="hint${ids}"
    width=${width}
    height=${height}
    viewBox="0 0 ${width} ${height}"
    ${listeners}
  >
    <g role="none">${content}</g>
  </svg>`;
}
