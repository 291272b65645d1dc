/**
 * The space each element reserves until it is drawn, computed from its layout function on a
 * guide, and written as the stylesheets that carry it: each element's sheet
 * (src/<name>/<name>.reserved.ts) and cdn/career-widgets.css. Pure, so that scripts/reserved-sizes.ts
 * writes and checks the files in Node and test/reserved-space.test.ts computes the same text in
 * the browser (where the layouts format numbers with the browser's Intl).
 *
 * A chart's height changes with its width (text wraps, blocks stack below NARROW_BELOW), so
 * every whole width from WIDTHS.from to WIDTHS.to is laid out, and each run of widths with the
 * same height becomes one rule: a container query on the waiting element's width in its own
 * sheet, and on the not-yet-defined element's own width in cdn/career-widgets.css.
 */
import type { Guide } from '../src/contract/schema.js';
import { en } from '../src/i18n/en.js';
import { balanceLayout } from '../src/balance/balance.layout.js';
import { dayLayout } from '../src/day/day.layout.js';
import { demandLayout } from '../src/demand/demand.layout.js';
import { factsLayout } from '../src/facts/facts.layout.js';
import { salaryLayout } from '../src/salary/salary.layout.js';
import { skillsLayout } from '../src/skills/skills.layout.js';
import { tiersLayout } from '../src/tiers/tiers.layout.js';

/** The widths laid out, in CSS px: a narrow phone column to a wide desktop one. Narrower elements keep the first height, wider ones the last. */
export const WIDTHS = { from: 240, to: 1400 } as const;

/**
 * The frame around every chart, as the shared styles draw it (.caption, .readout, .table-toggle
 * in src/styles/shared.styles.ts): lines of 1.4 em, a caption line with 0.5rem under it, the
 * readout's lines with 0.25rem above them, and for a chart with a table or downloads, the 2.25em
 * line of its buttons 0.5em below. Sums of ems of the element's font and rems, so the reservation follows a
 * page's font size; test/reserved-space.test.ts compares them with what the browser draws.
 */
const LINE = 1.4;
const CAPTION = { em: LINE, rem: 0.5 } as const;
const READOUT_GAP = 0.25;
const BUTTON_ROW = 2.25 + 0.5;
/** The elements' font size at the defaults (--career-font-size 0.875rem of a 16px root), for the px of cdn/career-widgets.css. */
const DEFAULT_FONT = { em: 14, rem: 16 } as const;

/** What an element reserves, and the layout that says so. */
export interface Reservation {
  /** The element's name: `career-<name>`. */
  readonly name: string;
  /** Lines of its readout under the drawing that the frame holds: 0 where it shows none (the gauge); a layout adds any more it takes at its width. */
  readonly readout: 0 | 1;
  /**
   * What the line of buttons that ends it holds: `table`, "Show as table" (and "Download"), always
   * there; `downloads`, "Download" alone, there unless downloads are off; none, no line.
   */
  readonly row: 'table' | 'downloads' | undefined;
  /** Its layout's block height on `guide` at `width`: the chart and the panels under it. */
  block(guide: Guide, width: number): number;
}

const options = (width: number) => ({ width, locale: 'en-US', messages: en });

/** Every element, with the layout its reservation comes from. */
export const RESERVATIONS: readonly Reservation[] = [
  { name: 'salary', readout: 1, row: 'table', block: (guide, width) => salaryLayout(guide.salary!, { ...options(width), occupation: guide.title }).blockHeight },
  { name: 'tiers', readout: 1, row: 'table', block: (guide, width) => tiersLayout(guide.tiers!, { ...options(width), salary: guide.salary }).blockHeight },
  { name: 'skills', readout: 1, row: 'downloads', block: (guide, width) => skillsLayout(guide.skillMap!, options(width)).blockHeight },
  {
    name: 'demand',
    readout: 0,
    row: 'downloads',
    block: (guide, width) => demandLayout({ demand: guide.demand!, outlook: guide.outlook, facts: guide.facts }, options(width)).blockHeight,
  },
  { name: 'facts', readout: 1, row: 'downloads', block: (guide, width) => factsLayout(guide, options(width)).blockHeight },
  { name: 'day', readout: 1, row: 'table', block: (guide, width) => dayLayout(guide.day!.blocks, options(width)).blockHeight },
  { name: 'balance', readout: 1, row: 'downloads', block: (guide, width) => balanceLayout(guide.workLife!, options(width)).blockHeight },
  // The whole guide is text laid out by the browser, too varied to estimate: a screen's height.
  { name: 'guide', readout: 1, row: undefined, block: () => 640 },
];

/** A run of widths with one height: from `min` px wide (the first band has no lower bound). */
export interface Band {
  readonly min: number;
  /** The block's height, px. */
  readonly block: number;
}

/** An element's reservation on a guide: its frame, and its block's height by width. */
export interface Measured {
  readonly name: string;
  /** The frame around the block, as ems of the element's font and rems. */
  readonly frame: { readonly em: number; readonly rem: number };
  /** For a chart whose only button is Download, the ems its line of buttons takes, which it does not reserve with downloads off. */
  readonly downloadsRow?: number;
  /** One band per change of height, widest last. */
  readonly bands: readonly Band[];
}

const round = (value: number) => Math.round(value * 100) / 100;

/** Every element's reservation on `guide`, at every width from WIDTHS.from to WIDTHS.to. */
export function measure(guide: Guide): Measured[] {
  return RESERVATIONS.map((reservation) => {
    const bands: Band[] = [];
    for (let width = WIDTHS.from; width <= WIDTHS.to; width += 1) {
      const block = round(reservation.block(guide, width));
      if (bands.at(-1)?.block !== block) bands.push({ min: width, block });
    }
    const { readout, row } = reservation;
    const frame = { em: round(CAPTION.em + readout * LINE + (row ? BUTTON_ROW : 0)), rem: round(CAPTION.rem + (readout > 0 ? READOUT_GAP : 0)) };
    return { name: reservation.name, frame, bands, ...(row === 'downloads' ? { downloadsRow: BUTTON_ROW } : {}) };
  });
}

const HEADER = 'Generated by scripts/reserved-sizes.ts from the layouts on the bundled guide: do not edit.\n`npm run reserved` writes it again; `npm test` fails when it is stale.';

/**
 * The CSS of an element's sheet: the frame's height (`--_frame`) and the block's at the
 * narrowest width (`--_block`) on the host, and the block's at wider widths on the placeholder,
 * by the width of the box around it, a container while the element waits (see the shared
 * styles). A chart whose only button is Download has a frame without its line where downloads
 * are off (`.no-button-row`, set by the element).
 */
export function elementCss({ frame, downloadsRow, bands: [first, ...rest] }: Measured): string {
  const rules = [
    `  :host {\n    --_frame: calc(${frame.em}em + ${frame.rem}rem);\n    --_block: ${first!.block}px;\n  }`,
    ...(downloadsRow ? [`  .content.no-button-row {\n    --_frame: calc(${round(frame.em - downloadsRow)}em + ${frame.rem}rem);\n  }`] : []),
    ...rest.map((band) => `  @container (min-width: ${band.min}px) {\n    .placeholder {\n      --_block: ${band.block}px;\n    }\n  }`),
  ];
  return `\n${rules.join('\n\n')}\n`;
}

/** The element sheets, one module per element (`src/<name>/<name>.reserved.ts`), so that an element alone carries only its own. */
export function elementSheets(measured: readonly Measured[]): { readonly path: string; readonly text: string }[] {
  return measured.map((element) => ({
    path: `src/${element.name}/${element.name}.reserved.ts`,
    text: `${HEADER.replace(/^/gm, '// ')}\nimport { css } from 'lit';\n\n/** What <career-${element.name}> reserves until drawn, by its own width. */\nexport const ${element.name}Reserved = css\`${elementCss(element)}\`;\n`,
  }));
}

/** cdn/career-widgets.css: the same heights, in px at the default font size, before the script has defined the elements. */
export function pageSheet(measured: readonly Measured[]): string {
  const tags = measured.map(({ name }) => `career-${name}`);
  const notDefined = `:is(${tags.join(', ')}):not(:defined)`;
  const rules = measured.flatMap(({ name, frame, downloadsRow, bands: [first, ...rest] }) => {
    const total = (band: Band) => round(band.block + frame.em * DEFAULT_FONT.em + frame.rem * DEFAULT_FONT.rem);
    const selector = `career-${name}:not(:defined)::before`;
    // Without its line of Download, where the element turns downloads off (not the page: CSS cannot read its default).
    const bare = downloadsRow ? [`career-${name}[downloads='off']:not(:defined)::before { margin-bottom: -${round(downloadsRow * DEFAULT_FONT.em)}px; }`] : [];
    return [`${selector} { height: ${total(first!)}px; }`, ...rest.map((band) => `@container (min-width: ${band.min}px) { ${selector} { height: ${total(band)}px; } }`), ...bare];
  });
  return `/*
 * ${HEADER.replace(/\n/g, '\n * ')}
 *
 * Optional: reserves each widget's space before the script has defined it, so the page does not
 * move when the widgets upgrade. Link it in the page's <head> next to the script:
 *   <link rel="stylesheet" href="…/career-widgets.css">
 *
 * The heights are those the elements draw for the bundled guide at the default font size, and
 * those their own sheets reserve once defined. They follow each widget's own width: until it is
 * defined, a widget is a container, and its ::before, a float of no width as tall as the widget
 * will be, holds it open (as min-height would, whatever the page put inside it).
 */
${tags.join(',\n')} {
  display: block;
}

${notDefined} {
  display: flow-root;
  container-type: inline-size;
}

${notDefined}::before {
  content: '';
  float: left;
}

${rules.join('\n')}
`;
}
