import { css, unsafeCSS } from 'lit';
import { SERVER_WIDTHS } from '../chart/layout.js';

/** The dark defaults of the theme tokens; a host's own --career-* values still win. */
const darkPalette = css`
  --_ink: var(--career-ink, #f3f4f6);
  --_muted: var(--career-muted, #b6bcc6);
  --_surface: var(--career-surface, #111827);
  --_border: var(--career-border, #4b5563);
  --_grid: var(--career-grid, #374151);
  --_accent: var(--career-accent, #93c5fd);
  --_accent-soft: var(--career-accent-soft, #1e3a8a);
  --_accent-ink: var(--career-accent-ink, #0b1220);
  --_highlight: var(--career-highlight, #fbbf24);
  --_focus: var(--career-focus, #93c5fd);
  --_error: var(--career-error, #fca5a5);
  --_skeleton: var(--career-skeleton, #1f2937);
  color-scheme: dark;
`;

/** How finely the narrowest form is zoomed out below its width, in CSS pixels of container width. */
const SHRINK_STEP = 8;

/**
 * Zoom levels for the narrowest form in a container narrower than it (a 320 px page with a
 * classic scrollbar and margins leaves less than 280): one step per `SHRINK_STEP` pixels, each
 * small enough to fit the narrowest container of its step, down to half the form's width. Zoom
 * scales the drawing and its HTML together (the skill map places HTML boxes over its links),
 * and the box it takes, so nothing sticks out of the chart's box. Later rules win.
 */
function shrinkNarrowest(): string[] {
  const narrowest = SERVER_WIDTHS[0]!;
  const rules: string[] = [];
  for (let width = narrowest - SHRINK_STEP; width >= narrowest / 2; width -= SHRINK_STEP) {
    const zoom = Math.floor((width / narrowest) * 1000) / 1000;
    rules.push(`@container (width < ${width + SHRINK_STEP}px) { .form-${narrowest} { zoom: ${zoom}; } }`);
  }
  return rules;
}

/**
 * Which of a server's forms shows (see `SERVER_WIDTHS` and `.is-forms` below): each from its
 * width up to the next one's, the narrowest below its width too, zoomed out to fit. Made from
 * numbers in the code, never from data; a sheet of its own, since it cannot be written as one
 * css`` literal.
 */
export const serverFormStyles = unsafeCSS(
  [
    ...SERVER_WIDTHS.map((width, index) => {
      const next = SERVER_WIDTHS[index + 1];
      const from = index === 0 ? '' : `(width >= ${width}px)`;
      const to = next === undefined ? '' : `(width < ${next}px)`;
      return `@container ${[from, to].filter(Boolean).join(' and ')} { .form-${width} { display: block; } }`;
    }),
    ...shrinkNarrowest(),
  ].join('\n'),
);

/**
 * The sheet every element shares: theme tokens, the focus ring, visually hidden text and the
 * loading, empty and error states. Public tokens are `--career-*`; private ones are `--_*`.
 */
export const sharedStyles = css`
  :host {
    --_font: var(--career-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_radius: var(--career-radius, 6px);
    --_ink: var(--career-ink, #1f2937);
    --_muted: var(--career-muted, #4b5563);
    --_surface: var(--career-surface, #ffffff);
    --_border: var(--career-border, #d1d5db);
    --_grid: var(--career-grid, #e5e7eb);
    --_accent: var(--career-accent, #1d4ed8);
    --_accent-soft: var(--career-accent-soft, #bfdbfe);
    --_accent-ink: var(--career-accent-ink, #ffffff);
    --_highlight: var(--career-highlight, #b45309);
    --_focus: var(--career-focus, #1d4ed8);
    --_error: var(--career-error, #b91c1c);
    --_skeleton: var(--career-skeleton, #e8eaee);

    display: block;
    position: relative;
    color: var(--_ink);
    background: var(--_surface);
    font-family: var(--_font);
    font-size: var(--career-font-size, 0.875rem);
    line-height: 1.4;
    color-scheme: light;
    /* The side lines of text start on; text-align itself is left to the page (see below). */
    --_text-start: start;
  }

  /* What the element shows; the sizer inside it. Skipped off screen, the box is as tall as what
     it holds will be, so nothing moves when the browser draws it or skips it again; paint
     containment would then clip focus rings drawn just outside it: the clip margin keeps them
     (see the fallback after .sizer). Positioned, so that the sizer measures this box in every
     state, not only in those that contain it. */
  .content {
    --_ring-room: 8px;
    position: relative;
    /* Our text colors and our surface, always as a pair, inside the shadow root: a reader's or
       a page's forced color on the host (a user style sheet) would otherwise be inherited by
       text drawn on our own surfaces, yellow on white. */
    color: var(--_ink);
    background: var(--_surface);
    overflow-clip-margin: var(--_ring-room);
  }

  /* A chart: off screen, the browser skips its style, layout and paint until the reader scrolls
     near it (Chromium draws it again about a screen ahead), and its text stays in the
     accessibility tree and in find-in-page. At the height its layout says, set by the element. */
  .content.is-drawn {
    content-visibility: var(--career-content-visibility, auto);
    contain-intrinsic-block-size: auto calc(var(--_drawn) + var(--_frame));
  }

  /* Drawn by a server, which knows no width: every form is in the HTML, and the container's
     width shows one (a size container, as while waiting). The forms stay after hydrating, until
     the element shows another guide or language. */
  .content.is-forms {
    container-type: inline-size;
  }

  .form {
    display: none;
  }

  /* Waiting for its guide or its width: a container as wide as the element, by whose
     width the element's generated sheet (<name>.reserved.ts) sets --_block, the chart's height,
     on the placeholder. Only while waiting: a size container has the browser style its whole
     subtree during layout, one container at a time, which would slow every drawn chart down. */
  .content.is-waiting {
    container-type: inline-size;
  }

  /* In the browser before the width is known: the first render, measured before the first
     frame. Skipped whole at the narrowest width's height, so that a hundred charts inserted at
     once are measured without styling their placeholders. */
  .content.is-unmeasured {
    content-visibility: var(--career-content-visibility, auto);
    contain-intrinsic-block-size: auto calc(var(--_block) * var(--_scale, 1) + var(--_frame));
  }

  /* Right-to-left pages: the layout mirrors, the words keep their own order. Every box takes its
     paragraph's direction from its first strong character (UAX #9 P2-P3; none, as in "4,5 %",
     means left to right), so an English sentence ends with its full stop on the right, a German
     percentage reads digits first, and an Arabic time reads right to left. Only the reading
     order: the boxes still lay out by the page's direction (flex, grid, inline insets, list
     markers). But with plaintext, Chromium, Firefox and WebKit resolve text-align start and end
     per paragraph (an English one starts on the left, measured in test/bidi.test.ts), so the side
     text lines up on is pinned to the page's here, next to the mirrored charts. */
  :host(:dir(rtl)) {
    --_text-start: right;
    text-align: right;
  }

  :host(:dir(rtl)) * {
    unicode-bidi: plaintext;
  }

  :host([hidden]) {
    display: none;
  }

  /* Dark palette: the same tokens, other defaults; on request or, with theme="auto", when the
     host page is dark (see host-theme.ts) or the reader's system is. */
  :host([theme='dark']),
  :host([theme='auto'][data-page-dark]) {
    ${darkPalette}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkPalette}
    }
  }

  /* Measured by the width controller: as wide as the host and one em tall, its text size;
     positioned, so it takes no room. */
  .sizer {
    position: absolute;
    inset-inline: 0;
    top: 0;
    height: 1em;
    visibility: hidden;
    pointer-events: none;
  }

  /* WebKit has no overflow-clip-margin: paint containment clips at the padding box, and cut off
     the focus rings of tiles, meters and buttons at the chart's edges. There the box reaches out
     as far itself, with padding that a negative margin takes back, so nothing in it moves; the
     host becomes a formatting context of its own, or those margins would collapse through it and
     move the element; the sizer keeps to the content box. */
  @supports not (overflow-clip-margin: 1px) {
    :host {
      display: flow-root;
    }

    .content {
      padding: var(--_ring-room);
      margin: calc(-1 * var(--_ring-room));
    }

    .sizer {
      inset-inline: var(--_ring-room);
    }
  }

  /* A grid of cards (the facts' tiles, the balance's meters): columns, card height, gap and
     padding come from the layout as private properties. */
  .cards {
    display: grid;
    grid-template-columns: repeat(var(--_columns), minmax(0, 1fr));
    grid-auto-rows: minmax(var(--_card-height), auto);
    gap: var(--_gap);
  }

  .card {
    box-sizing: border-box;
    min-width: 0;
    display: flex;
    flex-direction: column;
    padding: var(--_pad-y) var(--_pad-x);
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    transition: border-color 120ms;
  }

  /* For paper only (see the print rules). */
  .source-addresses {
    display: none;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  figure {
    margin: 0;
  }

  /* What a layout placed, in pixels at the designed 14px text (every size inside is in px,
     none in em or rem), enlarged as a whole when the reader's text is larger: laid out at the
     width divided by --_scale, then zoomed back to the width (see chartScale). */
  .drawing {
    zoom: var(--_scale, 1);
    font-size: 14px;
  }

  .caption {
    display: flex;
    flex-wrap: wrap;
    /* Lines at the top when a layout keeps the caption taller than its text (see renderFigure). */
    align-content: flex-start;
    align-items: baseline;
    gap: 0 0.5em;
    margin: 0 0 0.5rem;
    min-height: 1.4em;
  }

  .title {
    font-weight: 600;
    font-size: 1em;
    margin: 0;
  }

  .subtitle,
  .readout {
    color: var(--_muted);
  }

  /* Without script (server-rendered HTML read with none) no mark answers the pointer or keys and
     the table button opens nothing: the readout's cue and the button show once the element is
     defined, in the room kept for them. */
  :host(:not(:defined)) :is(.cue, .table-toggle button) {
    visibility: hidden;
  }

  /* Wraps like any text, never cut: the layout keeps as many lines as its longest readout takes
     at this width (renderFigure sets them), so nothing below moves whichever mark is shown. A
     word wider than the line (a long URL in the data) breaks rather than widen the page. */
  .readout {
    min-height: 1.4em;
    margin: 0.25rem 0 0;
    font-variant-numeric: tabular-nums;
    overflow-wrap: break-word;
  }

  /* The "show as table" line under a chart. Its height is fixed (the placeholder draws the same
     empty line) so that nothing moves when the chart arrives; the button is at least 24px tall
     (WCAG 2.5.8). */
  .table-toggle {
    display: flex;
    align-items: center;
    gap: 0.5em;
    height: 2.25em;
    margin-top: 0.5em;
  }

  /* The download choices wrap, under the buttons that show them and the table. */
  .downloads:not([hidden]) {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-top: 0.5em;
  }

  .download-note {
    flex-basis: 100%;
    margin: 0;
  }

  :is(.table-toggle, .downloads) button {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 24px;
    padding: 0.25em 0.75em;
    color: var(--_accent);
    background: var(--_surface);
    border: 1px solid var(--_border);
    white-space: nowrap;
  }

  [part='downloads-toggle'] .glyph {
    width: 1em;
    height: 1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  :is(.table-toggle, .downloads) button:hover {
    border-color: var(--_accent);
  }

  /* Points down when the table is hidden, up when it is shown: the state is not told by color. */
  .chevron {
    width: 0.4em;
    height: 0.4em;
    margin-top: -0.2em;
    border: solid currentColor;
    border-width: 0 0.125em 0.125em 0;
    transform: rotate(45deg);
  }

  [aria-expanded='true'] > .chevron {
    margin-top: 0.2em;
    transform: rotate(-135deg);
  }

  /* break-word, not anywhere: the latter lets the table squeeze short columns to a letter wide. */
  .figures {
    margin-top: 0.5em;
    overflow-wrap: break-word;
  }

  .figures table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }

  .figures caption {
    text-align: var(--_text-start);
    font-weight: 600;
    padding-bottom: 0.25em;
  }

  .figures th,
  .figures td {
    text-align: var(--_text-start);
    vertical-align: top;
    padding-block: 0.3em;
    padding-inline: 0 0.75em;
    border-bottom: 1px solid var(--_grid);
  }

  .figures thead th {
    color: var(--_muted);
    border-bottom-color: var(--_border);
  }

  .figures tbody th {
    font-weight: 500;
  }

  /* SVG coordinates and text anchors are physical: in a right-to-left page the layouts mirror
     the geometry themselves (chart/mirror.ts), so start and end must keep meaning left and right
     here, or every anchor would flip a second time. The HTML around them follows the page.
     Text-anchor follows this direction, not the text's (measured: plaintext leaves it alone). */
  svg {
    display: block;
    overflow: visible;
    font: inherit;
    direction: ltr;
  }

  /* The SVG's direction is a device for the geometry, not a statement about its words: each
     text takes its reading order from its own first strong character, in any page ("3:00 م"
     reads right to left). */
  svg text {
    fill: currentColor;
    unicode-bidi: plaintext;
  }

  .axis text {
    fill: var(--_muted);
    font-size: 12px;
    font-variant-numeric: tabular-nums;
  }

  .axis line {
    stroke: var(--_grid);
    shape-rendering: crispEdges;
  }

  .mark {
    outline: none;
    cursor: pointer;
  }

  /* Hidden, the ring still takes the pointer over its whole mark, words beside it included. */
  .focus-ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 2;
    visibility: hidden;
    pointer-events: all;
  }

  /* A mark's words drawn outside its option, for the eyes (the option's name says them): the
     pointer goes through them to the mark under them. */
  .mark-words {
    pointer-events: none;
  }

  /* The selected option of a chart (aria-selected): a dashed frame inside its focus ring, so
     that both show at once and selecting the focused mark shows (see selectionRing). */
  .selection-ring {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
    visibility: hidden;
  }

  .mark[aria-selected='true'] .selection-ring {
    visibility: visible;
  }

  .mark:focus-visible .focus-ring {
    visibility: visible;
  }

  /* HTML marks (tiles, meters) draw the ring as an outline; SVG marks draw .focus-ring. */
  .mark:not(g):focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  button {
    font: inherit;
    color: var(--_accent-ink);
    background: var(--_accent);
    border: 0;
    border-radius: var(--_radius);
    padding: 0.35em 0.9em;
    cursor: pointer;
  }

  button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  .state {
    box-sizing: border-box;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem 1rem;
  }

  .state p {
    margin: 0;
  }

  .error {
    border-color: var(--_error);
  }

  .error .message {
    font-weight: 600;
    color: var(--_error);
  }

  .error ul {
    margin: 0.5rem 0 0;
    padding-inline-start: 1.25rem;
    overflow-wrap: anywhere;
  }

  .error button {
    margin-top: 0.75rem;
  }

  .empty {
    color: var(--_muted);
  }

  /* As tall as the chart will be: its block and the frame. Off screen the browser skips it
     too, at that height, so that a hundred charts waiting far down cost next to nothing. */
  .placeholder {
    box-sizing: border-box;
    content-visibility: var(--career-content-visibility, auto);
    contain-intrinsic-block-size: auto calc(var(--_block) * var(--_scale, 1) + var(--_frame));
  }

  /* Grey bars where the chart's rows will be: 18px bars every 34px, below a 22px header. As
     tall as the chart will be at this width (the element's generated sheet). */
  .skeleton-chart {
    height: calc(var(--_block) * var(--_scale, 1));
    background: repeating-linear-gradient(to bottom, var(--_skeleton) 0 18px, transparent 18px 34px) left 30px / 70% calc(100% - 56px) no-repeat;
    border-radius: 3px;
    box-sizing: border-box;
  }

  .skeleton-text {
    display: block;
    height: 0.9em;
    width: 12em;
    max-width: 60%;
    border-radius: 3px;
    background: var(--_skeleton);
  }

  /* The pulse says "loading", so only a placeholder waiting for its guide pulses. One whose
     guide is here waits for its width or its turn, and is usually gone within a frame: an
     animation started for each of a hundred charts, to be dropped at once, is work for nothing. */
  @media (prefers-reduced-motion: no-preference) {
    [aria-busy='true'] :is(.skeleton-chart, .skeleton-text) {
      animation: career-pulse 1.6s ease-in-out infinite;
    }
  }

  @keyframes career-pulse {
    50% {
      opacity: 0.55;
    }
  }

  /* Paper. Charts are drawn at most as wide as A4's text before printing (see PRINT_WIDTH);
     narrower than that, a chart is zoomed out to its box (--_width is the width its layout was
     made for), and where a browser cannot, its SVG is scaled down (its viewBox keeps the
     proportions). Nothing on paper answers a click: the controls under a chart go, as a row
     with whatever stands in it, and so do the readout and its cue. The table of exact figures
     prints after its chart, shown or not: on paper it is the only way to the figures (print
     media only: a screen reader reads the screen's). A chart, its caption and a row of its
     table are not cut by a page break; the caption stays with the chart. What only a reader at
     the screen needs (data-screen-only: the band of the tier whose summary the panel shows) is
     left out, as the downloaded images leave it out. */
  @media print {
    .content {
      container-type: inline-size;
    }
    /* Paper has no "off screen": WebKit prints a chart it skipped (content-visibility: auto) as
       an empty box of its height. */
    .content.is-drawn,
    .content.is-unmeasured,
    .placeholder {
      content-visibility: visible;
    }
    .drawing {
      zoom: min(var(--_scale, 1), 100cqi / var(--_width, 100cqi));
    }
    svg {
      max-width: 100%;
      height: auto;
    }
    .table-toggle,
    .downloads,
    button,
    .readout,
    [data-screen-only] {
      display: none;
    }
    .source-addresses {
      display: block;
      margin-top: 0.5rem;
      font-size: 0.75rem;
      overflow-wrap: anywhere;
    }
    .figures[hidden] {
      display: block;
    }
    .drawing,
    .caption,
    tr {
      break-inside: avoid;
    }
    .caption,
    caption {
      break-after: avoid;
    }
    /* What stands under a chart's drawing (the salary's notes and source) stays with it. */
    .readout + .drawing {
      break-before: avoid;
    }
    /* A link says where it goes: the URL after its words, broken anywhere rather than past the
       page's edge. */
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }
  }

  @media (forced-colors: active) {
    /* Browsers force color, not SVG fill: a text filled with a palette token kept its color
       on the system's canvas (the dark palette's muted grey on white). Every palette, the
       dark ones included, writes its text in the system's text color. */
    :host,
    :host([theme]),
    :host([theme='auto'][data-page-dark]) {
      --_ink: CanvasText;
      --_muted: CanvasText;
    }
    .focus-ring {
      stroke: Highlight;
    }
    .skeleton-chart,
    .skeleton-text {
      forced-color-adjust: none;
      background: GrayText;
    }
  }
`;
