/**
 * The day-in-the-life chart's geometry and words, computed from the guide's `day.blocks`, the
 * container width and the language. Pure: no Lit, no DOM.
 *
 * Wide, the blocks are bars side by side on a horizontal clock, each labelled with its name,
 * its hours and its focus, and each block's tasks are listed in a column right under its bar.
 * Narrow (or when a block would be too slim to label), the day is an agenda: the clock runs
 * down the left side, the words stand beside the bars, and the tasks follow under the chart,
 * block by block. Every task is always on screen; the layout reserves their height.
 */
import { scaleLinear } from 'd3-scale';
import type { DayBlock } from '../contract/schema.js';
import { numberFormat } from '../chart/intl.js';
import { textWidth, wrapText } from '../chart/text.js';
import { frameLines, type FrameLines } from '../chart/frame.js';
import { axisTicks, estimateLabelWidth, type Tick } from '../chart/ticks.js';
import { formatClock, formatClockTick, formatHours } from '../chart/time.js';
import { NARROW_BELOW, type BlockHeight, type LayoutOptions, type TimelineFrame } from '../chart/layout.js';
import type { Box, Label as PlacedText } from '../chart/geometry.js';
import { mirrorBox, mirrorLabel, mirrorTimeAxis } from '../chart/mirror.js';
export type { Box };

/** Narrowest bar that can carry a block's words; a day with slimmer blocks is an agenda. */
export const MIN_BLOCK_WIDTH = 200;

const FONT = 14; // labels, tasks
const FOCUS = 13; // a block's focus
const SMALL = 12; // hours, ticks

/**
 * The horizontal schedule: the clock on top, like a timetable's header, then the bars, at least
 * `bar` tall and as tall as the longest block's words take, `below` under their last baseline.
 */
const WIDE = { axis: 24, bar: 86, below: 9, bottom: 4, pad: 10, strip: 4 } as const;
/**
 * The agenda: tick labels (`tickGap` clear of the bar), the bar, then the words `gap` past it;
 * the bar stands just right of the widest tick label, leaving the words all the room it can.
 */
const NARROW = { top: 10, bar: 10, gap: 8, tickGap: 8, pad: 4, bottom: 10, minPerHour: 30, maxPerHour: 60 } as const;
/** A block's words, wide or narrow: lines of name, of hours, of focus; `focusGap` more before the focus, `after` below the last line. */
const LINES = { title: 17, time: 16, focus: 16, focusGap: 2, after: 8 } as const;
/**
 * The task lists (sizes set in the styles): 20px lines, 4px between tasks, bullets indented
 * 18px; wide, each column is inset like its bar's words (14px, 8px at the end).
 */
export const TASKS = { gap: 8, line: 20, between: 4, indent: 18, padStart: 14, padEnd: 8, groupGap: 12 } as const;

/** A piece of text placed in the chart; `kind` says how it is styled. */
export interface Label extends PlacedText {
  readonly kind: 'label' | 'time' | 'focus';
}

/** One block of the day, as drawn and as read. */
export interface DayMark {
  /** The block's position in the day, as text. */
  readonly id: string;
  readonly label: string;
  readonly focus: string | undefined;
  readonly tasks: readonly string[];
  /** Minutes from midnight. */
  readonly start: number;
  readonly end: number;
  /** `9:00 AM–12:00 PM`. */
  readonly timeText: string;
  /** Name, hours and focus, for the readout line. */
  readonly exact: string;
  /** What a screen reader hears on focus (the tasks are its description). */
  readonly ariaLabel: string;
  readonly bar: Box;
  /** Wide: the accent edge at the block's start, which its task column continues. */
  readonly strip: Box | undefined;
  readonly labels: readonly Label[];
  /** The area the focus ring outlines. */
  readonly focusRing: Box;
  /**
   * Wide: where the block's task column stands, under its bar. From the inline start, like all
   * HTML placement: a right-to-left page mirrors it by itself, so `rtl` leaves it as it is.
   */
  readonly column: { readonly x: number; readonly width: number } | undefined;
}

/** Everything the day element draws. */
/** The day on a clock: a timeline of blocks (minutes from midnight), with their tasks. */
export interface DayLayout extends TimelineFrame, BlockHeight, FrameLines {
  readonly marks: readonly DayMark[];
  /** Height reserved for the task lists under the chart (0 when no block has tasks). */
  readonly tasksHeight: number;
  readonly title: string;
  /** One paragraph that says what the chart shows, generated from the data. */
  readonly summary: string;
  /** Every block with its hours, focus and tasks, for the table. */
  readonly table: readonly { readonly block: string; readonly time: string; readonly focus: string; readonly tasks: string; readonly start: string; readonly end: string }[];
  /** The table's caption and column headers. */
  readonly tableCaption: string;
  readonly tableHeaders: readonly string[];
}

/** What the layout needs besides its section. */
export type DayLayoutOptions = LayoutOptions<'day'>;

/** Minutes from midnight of a 24-hour `HH:MM` time (the contract guarantees the shape). */
export function parseTime(time: string): number {
  const [hours = '0', minutes = '0'] = time.split(':');
  return Number(hours) * 60 + Number(minutes);
}

/** A block's time span in minutes. */
interface Span {
  readonly start: number;
  readonly end: number;
}

const spanOf = (block: DayBlock): Span => ({ start: parseTime(block.start), end: parseTime(block.end) });

function clockDomain(spans: readonly Span[]): [number, number] {
  const start = Math.min(...spans.map((span) => span.start));
  const end = Math.max(...spans.map((span) => span.end));
  return [start, Math.max(end, start + 1)];
}

/** Whether the day is drawn as an agenda: a narrow container, or a block too slim to label. */
export function isAgenda(spans: readonly Span[], width: number): boolean {
  if (width < NARROW_BELOW) return true;
  const [start, end] = clockDomain(spans);
  return spans.some((span) => ((span.end - span.start) / (end - start)) * width - 2 < MIN_BLOCK_WIDTH);
}

/**
 * The agenda's vertical clock, and where each block's words start: `words[i]` is the height of
 * block i's words with their padding.
 */
function agenda(spans: readonly Span[], words: readonly number[]) {
  const domain = clockDomain(spans);
  // Enough pixels a minute for every block's words beside its bar: at least half a pixel, at
  // most one. Blocks shorter than that (a stand-up) have their words flow on below.
  const needed = Math.max(...spans.map((span, i) => (words[i]! + 4) / Math.max(1, span.end - span.start)));
  const perMinute = Math.min(NARROW.maxPerHour / 60, Math.max(NARROW.minPerHour / 60, needed));
  const y = scaleLinear()
    .domain(domain)
    .range([NARROW.top, NARROW.top + (domain[1] - domain[0]) * perMinute]);
  // Words start at their block's start, or under the previous block's words for a short block.
  const blocks: number[] = [];
  spans.forEach((span, i) => blocks.push(Math.max(y(span.start) + NARROW.pad, i === 0 ? -Infinity : blocks[i - 1]! + words[i - 1]!)));
  const end = Math.max(y(domain[1]), (blocks.at(-1) ?? 0) + (words.at(-1) ?? 0) - NARROW.pad);
  return { domain, y, blocks, height: end + NARROW.bottom };
}

/** A block's words under the chart: the agenda's heading over its tasks, and the tasks. */
export interface TasksText {
  readonly heading: string;
  readonly tasks: readonly string[];
}

/**
 * The task lists' height at `width`: the tallest column when wide, every block's heading and
 * tasks one after another when narrow.
 */
export function tasksHeight(spans: readonly Span[], texts: readonly TasksText[], width: number): number {
  if (!texts.some((text) => text.tasks.length > 0)) return 0;
  const lines = (text: string, room: number, bold = false) => wrapText(text, room, FONT, { bold }).length * TASKS.line;
  const list = (tasks: readonly string[], room: number) => tasks.reduce((sum, task) => sum + lines(task, room), 0) + Math.max(0, tasks.length - 1) * TASKS.between;
  if (!isAgenda(spans, width)) {
    const columns = wideColumns(spans, width);
    return Math.max(...texts.map((text, index) => list(text.tasks, (columns[index]?.width ?? width) - TASKS.padStart - TASKS.padEnd - TASKS.indent)));
  }
  const groups = texts.filter((text) => text.tasks.length > 0);
  return (
    groups.reduce((sum, text) => sum + lines(text.heading, width, true) + TASKS.between + list(text.tasks, width - TASKS.indent), 0) +
    (groups.length - 1) * TASKS.groupGap
  );
}

function wideColumns(spans: readonly Span[], width: number) {
  const x = scaleLinear().domain(clockDomain(spans)).range([0, width]);
  // A pixel off each end, so that blocks that meet read as two.
  return spans.map((span) => ({ x: x(span.start) + 1, width: Math.max(1, x(span.end) - x(span.start) - 2) }));
}

/** Lays out the day in the life. */
export function dayLayout(blocks: readonly DayBlock[], { width, locale, messages, rtl = false }: DayLayoutOptions): DayLayout {
  const m = messages.day;
  const spans = blocks.map(spanOf);
  const narrow = isAgenda(spans, width);
  const clock = (minutes: number) => formatClock(minutes, locale);

  const words = blocks.map((block, index) => {
    const { start, end } = spans[index]!;
    const timeText = `${clock(start)}–${clock(end)}`;
    // Accessible text says the range in words: screen readers may read an en dash as nothing.
    const spokenTime = messages.fromTo(clock(start), clock(end));
    return {
      id: String(index),
      label: block.label,
      focus: block.focus,
      tasks: block.tasks ?? [],
      start,
      end,
      timeText,
      spokenTime,
      exact: [block.label, timeText, ...(block.focus ? [block.focus] : [])].join(' · '),
      ariaLabel: block.focus ? messages.label(`${block.label}, ${spokenTime}`, block.focus) : `${block.label}, ${spokenTime}`,
    };
  });

  const geometry = narrow ? agendaGeometry(spans, words, width, locale) : scheduleGeometry(spans, words, width, locale);
  const marks: DayMark[] = words.map((word, index) => ({ ...word, ...geometry.place(index) }));
  const texts: TasksText[] = words.map((word) => ({ heading: `${word.label} · ${word.timeText}`, tasks: word.tasks }));
  const [first, last] = clockDomain(spans);
  const tasks = tasksHeight(spans, texts, width);
  // The readout shows a block, or how to show one.
  const frame = frameLines(m.title, undefined, [...words.map((word) => word.exact), messages.cue], width);

  const layout: DayLayout = {
    width,
    height: geometry.height,
    // The task lists stand under the chart, a gap below it, when a block has tasks; and the
    // frame's lines past those it reserves.
    blockHeight: geometry.height + (tasks > 0 ? TASKS.gap + tasks : 0) + frame.frameHeight,
    ...frame,
    narrow,
    rtl: false,
    domain: [first, last],
    ticks: geometry.ticks,
    plot: geometry.plot,
    tickLabelAt: geometry.tickLabelAt,
    tickRule: geometry.tickRule,
    marks,
    tasksHeight: tasks,
    title: m.title,
    // The length of the day, which no block says; the blocks' names say their hours.
    summary: m.summary({ duration: formatHours(last - first, locale), count: blocks.length, countText: numberFormat(locale, {}).format(blocks.length) }),
    table: words.map((word, index) => ({ block: word.label, time: word.spokenTime, focus: word.focus ?? '', tasks: joinTasks(word.tasks), start: blocks[index]!.start, end: blocks[index]!.end })),
    tableCaption: m.tableCaption,
    tableHeaders: [m.tableBlock, m.tableTime, m.tableFocus, m.tableTasks],
  };
  return rtl ? mirrored(layout) : layout;
}

/** The chart reflected for right-to-left reading (see `chart/mirror.ts`); words and task columns unchanged. */
function mirrored(layout: DayLayout): DayLayout {
  const w = layout.width;
  return {
    ...layout,
    rtl: true,
    ...mirrorTimeAxis(layout),
    marks: layout.marks.map((mark) => ({
      ...mark,
      bar: mirrorBox(mark.bar, w),
      strip: mark.strip && mirrorBox(mark.strip, w),
      labels: mark.labels.map((label) => mirrorLabel(label, w)),
      focusRing: mirrorBox(mark.focusRing, w),
    })),
  };
}

interface BlockWords {
  readonly label: string;
  readonly focus: string | undefined;
  readonly timeText: string;
}

type Placed = Pick<DayMark, 'bar' | 'strip' | 'labels' | 'focusRing' | 'column'>;

interface Geometry {
  readonly height: number;
  readonly ticks: Tick[];
  readonly plot: DayLayout['plot'];
  readonly tickLabelAt: number;
  readonly tickRule: DayLayout['tickRule'];
  place(index: number): Placed;
}

/** A block's words wrapped to `room`, and the height of their lines. */
function blockLines(block: BlockWords, room: number) {
  const title = wrapText(block.label, room, FONT, { bold: true });
  const time = wrapText(block.timeText, room, SMALL);
  const focus = block.focus ? wrapText(block.focus, room, FOCUS) : [];
  const height = title.length * LINES.title + time.length * LINES.time + (focus.length ? LINES.focusGap + focus.length * LINES.focus : 0);
  return { title, time, focus, height };
}

/** A block's lines placed at `x` from `top`, the top of its name's first line. */
function blockLabels({ title, time, focus }: ReturnType<typeof blockLines>, x: number, top: number): Label[] {
  const timeTop = top + title.length * LINES.title;
  const focusTop = timeTop + time.length * LINES.time;
  return [
    ...title.map((text, line): Label => ({ text, x, y: top + 13 + line * LINES.title, anchor: 'start', kind: 'label' })),
    ...time.map((text, line): Label => ({ text, x, y: timeTop + 12 + line * LINES.time, anchor: 'start', kind: 'time' })),
    ...focus.map((text, line): Label => ({ text, x, y: focusTop + 14 + line * LINES.focus, anchor: 'start', kind: 'focus' })),
  ];
}

/**
 * Minutes between ticks: the shortest of the usual steps whose labels do not collide; whole
 * hours, unless the day is shorter than four.
 */
function tickStep(minutes: number, pixelsPerMinute: number, spacing: number): number {
  const steps = minutes < 240 ? [30, 60, 120] : [60, 120, 180, 240, 360, 720];
  return steps.find((step) => step * pixelsPerMinute >= spacing) ?? 720;
}

/** Tick values: every `step` minutes, on the step, within the domain. */
function tickValues([start, end]: readonly [number, number], step: number): number[] {
  const values: number[] = [];
  for (let value = Math.ceil(start / step) * step; value <= end; value += step) values.push(value);
  return values;
}

/** The horizontal schedule: bars side by side, the clock above them, a task column per bar. */
function scheduleGeometry(spans: readonly Span[], blocks: readonly BlockWords[], width: number, locale: string): Geometry {
  const domain = clockDomain(spans);
  const x = scaleLinear().domain(domain).range([0, width]);
  const perMinute = width / (domain[1] - domain[0]);
  const widest = Math.max(...tickValues(domain, 60).map((value) => estimateLabelWidth(formatClockTick(value, locale))), estimateLabelWidth('00:00'));
  const step = tickStep(domain[1] - domain[0], perMinute, Math.max(44, widest + 14));
  const ticks = axisTicks(Object.assign((value: number) => x(value), { ticks: () => tickValues(domain, step) }), 0, (value) => formatClockTick(value, locale), width);
  const barY = WIDE.axis;
  const columns = wideColumns(spans, width);
  const lines = blocks.map((block, index) => blockLines(block, columns[index]!.width - WIDE.strip - 2 * WIDE.pad));
  // Every bar as tall as the longest block's words take, so that the task columns start level.
  const barHeight = Math.max(WIDE.bar, WIDE.pad + Math.max(...lines.map((words) => words.height)) + WIDE.below);
  const barBottom = barY + barHeight;

  return {
    height: barBottom + WIDE.bottom,
    ticks,
    plot: { x0: 0, x1: width, top: barY, bottom: barBottom },
    tickLabelAt: 12,
    tickRule: undefined,
    place(index) {
      const column = columns[index]!;
      const bar: Box = { x: column.x, y: barY, width: column.width, height: barHeight };
      const labels = blockLabels(lines[index]!, bar.x + WIDE.strip + WIDE.pad, barY + WIDE.pad);
      const strip: Box = { x: bar.x, y: bar.y, width: WIDE.strip, height: bar.height };
      return { bar, strip, labels, focusRing: { x: bar.x - 3, y: bar.y - 3, width: bar.width + 6, height: bar.height + 6 }, column };
    },
  };
}

/** The agenda: the clock down the left side, each block's bar and words beside it. */
function agendaGeometry(spans: readonly Span[], blocks: readonly BlockWords[], width: number, locale: string): Geometry {
  const domain = clockDomain(spans);
  // The bar stands right of the widest label the clock could have (every hour, or half hour
  // for a short day), and the words right of the bar: all the room there is, for long words.
  const candidates = tickValues(domain, domain[1] - domain[0] < 240 ? 30 : 60).map((value) => formatClockTick(value, locale));
  const barX = Math.ceil(Math.max(...candidates.map((label) => textWidth(label, SMALL)))) + NARROW.tickGap;
  const textX = barX + NARROW.bar + NARROW.gap;
  const lines = blocks.map((block) => blockLines(block, width - textX));
  const { y, blocks: tops, height } = agenda(
    spans,
    lines.map((words) => NARROW.pad + words.height + LINES.after),
  );
  const perMinute = (y(domain[1]) - y(domain[0])) / (domain[1] - domain[0]);
  const step = tickStep(domain[1] - domain[0], perMinute, 18);
  const ticks: Tick[] = tickValues(domain, step).map((value) => ({ value, position: y(value), label: formatClockTick(value, locale), anchor: 'end' }));

  return {
    height,
    ticks,
    plot: { x0: barX, x1: barX + NARROW.bar, top: y(domain[0]), bottom: y(domain[1]) },
    tickLabelAt: barX - NARROW.tickGap,
    tickRule: { x1: barX - NARROW.tickGap + 2, x2: barX - 2 },
    place(index) {
      const span = spans[index]!;
      const start = y(span.start);
      const end = y(span.end);
      // A pixel apart, so that blocks that meet read as two.
      const bar: Box = { x: barX, y: start + 1, width: NARROW.bar, height: Math.max(3, end - start - 2) };
      const top = tops[index] ?? start + NARROW.pad;
      const words = lines[index]!;
      const band = Math.max(end - start, top + words.height + LINES.after - start);
      return {
        bar,
        labels: blockLabels(words, textX, top),
        // Right of the tick labels, which the ring would otherwise cross.
        focusRing: { x: barX - 5, y: start + 1, width: width - barX + 5 + 3, height: band - 2 },
        strip: undefined,
        column: undefined,
      };
    },
  };
}

/** What ends a sentence, in the scripts the guides are written in: a task that ends so needs no separator. */
const SENTENCE_END = /[.!?…。！？]$/u;

/**
 * A block's tasks as one cell of text: each task a sentence ("Review alerts. Triage tickets."),
 * or, where a task is a phrase without a full stop, followed by a semicolon ("Review alerts;
 * Triage tickets").
 */
export function joinTasks(tasks: readonly string[]): string {
  return tasks.map((task, index) => (index < tasks.length - 1 && !SENTENCE_END.test(task.trimEnd()) ? `${task};` : task)).join(' ');
}
