/**
 * The skill map's geometry and words, computed from the guide's `skillMap` section, the
 * container width and the language. Pure: no Lit, no DOM. The element places its text (real
 * HTML: an ordered list of levels with headings and lists of skills) where this says, and draws
 * the curves this returns behind it.
 *
 * Wide, the levels are columns, left to right, and every skill of a level is linked to the next
 * level's number badge by a horizontal link curve through the gap between the columns. Narrow,
 * the levels stack top to bottom and the curves run down the gutter at their start into the next
 * level's badge. Text is wrapped with a width estimate that errs wide, so the browser's lines are
 * never more than the layout's.
 *
 * Boxes are measured from the inline start (the element places the HTML with
 * `inset-inline-start`), so a right-to-left page mirrors them by itself; the curves are SVG, in
 * physical x, and the `rtl` option reflects them to match.
 */
import { linkHorizontal, linkVertical } from 'd3-shape';
import type { SkillMap } from '../contract/schema.js';
import { numberFormat } from '../chart/intl.js';
import { textWidth, wrapText } from '../chart/text.js';
import { NARROW_BELOW, type BlockHeight, type LayoutOptions } from '../chart/layout.js';
import { frameLines, type FrameLines } from '../chart/frame.js';
import type { Box } from '../chart/geometry.js';
import { mirrorPath, mirrorX } from '../chart/mirror.js';
export type { Box };

/** Columns narrower than this stack too, whatever the width: a skill name would take 3+ lines. */
export const MIN_COLUMN = 200;

/** Font sizes and line heights in px; `skills.styles.ts` sets the same. */
export const TEXT = {
  intro: { size: 14, line: 20 },
  title: { size: 15, line: 22 },
  summary: { size: 13, line: 18 },
  skill: { size: 13, line: 18 },
} as const;

/** Diameter of a level's number badge; its centre is on the title's first line. */
export const BADGE = 22;
/**
 * The least height of a level's heading, a target for the pointer: WCAG 2.5.8's 24px, so a
 * one-line title (22px) gets a line a little taller (the styles set the same).
 */
export const HEADING_MIN = 24;
/** Where a level's title and summary start, after the badge. */
export const INDENT = 32;
/** Border plus padding of a skill box, on each side (px). */
export const SKILL_PAD = { x: 11, y: 5 } as const;

const INTRO_GAP = 16;
const SUMMARY_GAP = 4;
const HEAD_GAP = 12;
// Two lines at least: boxes 46px tall, a comfortable pointer and touch target, and rows that
// line up across columns however the names wrap.
const SKILL_MIN_LINES = 2;
const SKILL_GAP = 8;
const COLUMN_GAP = 48;
const LEVEL_GAP = 32;
/** Narrow: where a skill's curve leaves, in the gutter left of its box, this far from the box. */
const PORT_INSET = 9;
/** Narrow: the gutter is never narrower, however long a skill's words. */
const MIN_GUTTER = 12;

/** One skill as placed. */
export interface SkillNode {
  /** `<level id>-<position>`, e.g. `foundational-1`. */
  readonly id: string;
  readonly label: string;
  /** The lines the name wraps onto (the browser wraps it again, never onto more lines). */
  readonly lines: readonly string[];
  readonly box: Box;
  /** Its index in `marks`. */
  readonly mark: number;
}

/** One level as placed. */
export interface LevelNode {
  /** The level's id, or `level-<position>`. */
  readonly id: string;
  readonly index: number;
  readonly title: string;
  readonly summary: string | undefined;
  /** "Level 2 of 3", said before the title. */
  readonly position: string;
  /** The badge's number, in the reader's digits. */
  readonly number: string;
  /** "Builds on Foundational Skills.", said after the heading; undefined for the first level. */
  readonly buildsOn: string | undefined;
  /** The block of heading and summary, as estimated: the text flows in it, and is never taller. */
  readonly header: Box;
  /** The heading's box (badge and title) within it, as estimated. */
  readonly heading: Box;
  readonly badge: { readonly cx: number; readonly cy: number; readonly r: number };
  readonly summaryBox: Box | undefined;
  readonly skills: readonly SkillNode[];
  /** Its index in `marks`. */
  readonly mark: number;
}

/** A curve from a skill to the next level's badge. Decorative: the words say the same. */
export interface SkillLink {
  /** The level the skill belongs to, and the skill's index in it. */
  readonly from: { readonly level: number; readonly skill: number };
  /** The level it leads to. */
  readonly to: number;
  /** Where the curve leaves the skill: a small dot (physical x, like the path). */
  readonly port: { readonly x: number; readonly y: number };
  /** SVG path data, from d3-shape's link generator. */
  readonly path: string;
}

/** A level or a skill, in reading order: what the keyboard moves through. */
export interface SkillMark {
  readonly kind: 'level' | 'skill';
  readonly id: string;
  readonly label: string;
  readonly level: number;
  /** The skill's index in its level; undefined for a level. */
  readonly skill: number | undefined;
  /** The line under the map while the mark is focused or hovered. */
  readonly readout: string;
}

/** Everything the skills element draws. */
export interface SkillsLayout extends BlockHeight, FrameLines {
  readonly width: number;
  readonly height: number;
  /** Levels stacked top to bottom rather than in columns. */
  readonly narrow: boolean;
  readonly levels: readonly LevelNode[];
  readonly links: readonly SkillLink[];
  readonly marks: readonly SkillMark[];
  readonly title: string;
  /** The section's own introduction, above the levels, when it has one. */
  readonly intro: { readonly text: string; readonly box: Box } | undefined;
  /** One sentence that says what the map holds, generated from the data. */
  readonly summary: string;
}

/** What the layout needs besides its section. */
export type SkillsLayoutOptions = LayoutOptions<'skills'>;

/** What is lit up while a mark is focused or hovered: its path through the map. */
export interface SkillsHighlight {
  /** Indices into `links`. */
  readonly links: ReadonlySet<number>;
  /** Levels at the other ends of those links, and the mark's own level. */
  readonly levels: ReadonlySet<number>;
}

/** The text of a skill map, all that its geometry depends on. */
interface MapText {
  readonly intro?: string | undefined;
  readonly levels: readonly { readonly title: string; readonly summary?: string | undefined; readonly skills: readonly string[] }[];
}

interface Geometry {
  readonly height: number;
  readonly intro: Box | undefined;
  readonly narrow: boolean;
  /** Narrow: where the skills' boxes start, right of the curves. */
  readonly gutter: number;
  readonly levels: readonly {
    readonly header: Box;
    readonly heading: Box;
    readonly badge: { readonly cx: number; readonly cy: number; readonly r: number };
    readonly summaryBox: Box | undefined;
    readonly skills: readonly { readonly box: Box; readonly lines: readonly string[] }[];
  }[];
  readonly links: readonly Omit<SkillLink, 'path'>[];
  /** Each link's two ends, for the link generator. */
  readonly ends: readonly { readonly source: [number, number]; readonly target: [number, number] }[];
}

/** Whether `levels` levels stack at `width`. */
export function isNarrow(width: number, levels: number): boolean {
  return width < NARROW_BELOW || columnWidth(width, levels) < MIN_COLUMN;
}

/** Lays out the skill map. */
export function skillsLayout(section: SkillMap, { width, locale, messages, rtl = false }: SkillsLayoutOptions): SkillsLayout {
  const m = messages.skills;
  const count = (value: number) => numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
  const g = geometry(section, width);
  const link = g.narrow ? linkVertical() : linkHorizontal();
  const total = section.levels.length;
  const levelIds = section.levels.map((level, i) => level.id ?? `level-${i + 1}`);

  const marks: SkillMark[] = [];
  const levels: LevelNode[] = section.levels.map((level, i) => {
    const placed = g.levels[i]!;
    const position = m.levelOf(count(i + 1), count(total));
    const previous = section.levels[i - 1]?.title;
    const next = section.levels[i + 1]?.title;
    const mark = marks.length;
    marks.push({
      kind: 'level',
      id: levelIds[i]!,
      label: level.title,
      level: i,
      skill: undefined,
      readout: m.readoutLevel({ position, skills: m.skillCount(level.skills.length, count(level.skills.length)), previous }),
    });
    const skills = level.skills.map((label, k): SkillNode => {
      marks.push({ kind: 'skill', id: `${levelIds[i]}-${k + 1}`, label, level: i, skill: k, readout: m.readoutSkill({ level: level.title, next }) });
      return { id: `${levelIds[i]}-${k + 1}`, label, lines: placed.skills[k]!.lines, box: placed.skills[k]!.box, mark: marks.length - 1 };
    });
    return {
      id: levelIds[i]!,
      index: i,
      title: level.title,
      summary: level.summary,
      position,
      number: count(i + 1),
      buildsOn: previous === undefined ? undefined : m.buildsOn(previous),
      header: placed.header,
      heading: placed.heading,
      badge: placed.badge,
      summaryBox: placed.summaryBox,
      skills,
      mark,
    };
  });

  const links = g.links.map((placed, i) => {
    const path = linkPath(link, g.ends[i]!, g.narrow ? g.gutter : undefined, placed.port);
    return rtl ? { ...placed, port: { ...placed.port, x: mirrorX(placed.port.x, width) }, path: mirrorPath(path, width) } : { ...placed, path };
  });

  // The headings say each level's title, the lists its skills: the summary says how many.
  const skillTotal = section.levels.reduce((sum, level) => sum + level.skills.length, 0);
  const summary = m.summary({ count: total, countText: count(total), skills: m.skillCount(skillTotal, count(skillTotal)) });

  const intro = section.intro && g.intro ? { text: section.intro, box: g.intro } : undefined;
  const frame = frameLines(m.title, undefined, [...marks.map((mark) => mark.readout), messages.cue], width);
  return {
    width,
    height: g.height,
    // The map, and the frame's lines past those it reserves.
    blockHeight: g.height + frame.frameHeight,
    ...frame,
    narrow: g.narrow,
    levels,
    links,
    marks,
    title: m.title,
    intro,
    summary,
  };
}

/**
 * The path lit up by mark `index`: for a skill, its curve and the level it leads to; for a
 * level, the curves into it and out of it and the levels at their other ends.
 */
export function skillsHighlight(layout: SkillsLayout, index: number | undefined): SkillsHighlight {
  const links = new Set<number>();
  const levels = new Set<number>();
  const mark = index === undefined ? undefined : layout.marks[index];
  if (!mark) return { links, levels };
  levels.add(mark.level);
  layout.links.forEach((link, i) => {
    const matches =
      mark.kind === 'skill' ? link.from.level === mark.level && link.from.skill === mark.skill : link.from.level === mark.level || link.to === mark.level;
    if (!matches) return;
    links.add(i);
    levels.add(link.from.level).add(link.to);
  });
  return { links, levels };
}

/** Column width for `levels` columns across `width`. */
function columnWidth(width: number, levels: number): number {
  const n = Math.max(1, levels);
  return (width - (n - 1) * COLUMN_GAP) / n;
}

const lines = (text: string, width: number, size: number, bold = false) => wrapText(text, Math.max(size * 4, width), size, { bold });

/** Boxes and link ends from the text alone. */
function geometry(map: MapText, width: number): Geometry {
  const n = map.levels.length;
  const narrow = isNarrow(width, n);
  const column = narrow ? width : columnWidth(width, n);
  const headerWidth = column - INDENT;

  // Narrow, the skills stand right of a gutter where the curves run: narrower than the heading's
  // indent where a skill's longest word would not fit beside it, so that no word is cut.
  const longestWord = Math.max(0, ...map.levels.flatMap((level) => level.skills.flatMap((skill) => skill.split(/\s+/))).map((word) => textWidth(word, TEXT.skill.size)));
  const gutter = narrow ? Math.max(MIN_GUTTER, Math.min(INDENT, Math.floor(width - 2 * SKILL_PAD.x - longestWord))) : 0;
  const skillTextWidth = (narrow ? width - gutter : column) - 2 * SKILL_PAD.x;

  // Every skill box has the same height, and wide, every level's skills start at the same
  // height: columns line up row by row.
  const titles = map.levels.map((level) => lines(level.title, headerWidth, TEXT.title.size, true));
  const summaries = map.levels.map((level) => (level.summary ? lines(level.summary, headerWidth, TEXT.summary.size) : []));
  const skillLines = map.levels.map((level) => level.skills.map((skill) => lines(skill, skillTextWidth, TEXT.skill.size)));
  const titleHeights = titles.map((title) => Math.max(HEADING_MIN, Math.max(1, title.length) * TEXT.title.line));
  const summaryHeights = summaries.map((summary) => summary.length * TEXT.summary.line);
  const headerHeights = titleHeights.map((title, i) => title + (summaryHeights[i] ? SUMMARY_GAP + summaryHeights[i] : 0));
  const widestHeader = Math.max(0, ...headerHeights);
  const boxHeight = Math.max(SKILL_MIN_LINES, ...skillLines.flat().map((l) => l.length)) * TEXT.skill.line + 2 * SKILL_PAD.y;
  const pitch = boxHeight + SKILL_GAP;
  const skillsHeight = (count: number) => (count ? HEAD_GAP + count * pitch - SKILL_GAP : 0);

  const introLines = map.intro ? lines(map.intro, width, TEXT.intro.size).length : 0;
  const intro = introLines ? { x: 0, y: 0, width, height: introLines * TEXT.intro.line } : undefined;
  const start = intro ? intro.height + INTRO_GAP : 0;

  const levels: Geometry['levels'][number][] = [];
  let top = start;
  map.levels.forEach((level, i) => {
    const headerHeight = narrow ? headerHeights[i]! : widestHeader;
    const x = narrow ? 0 : i * (column + COLUMN_GAP);
    const y = narrow ? top : start;
    const skillX = narrow ? gutter : x;
    const skillWidth = narrow ? width - gutter : column;
    levels.push({
      header: { x, y, width: column, height: headerHeights[i]! },
      heading: { x, y, width: column, height: titleHeights[i]! },
      badge: { cx: x + BADGE / 2, cy: y + TEXT.title.line / 2, r: BADGE / 2 },
      summaryBox: level.summary ? { x: x + INDENT, y: y + titleHeights[i]! + SUMMARY_GAP, width: headerWidth, height: summaryHeights[i]! } : undefined,
      skills: level.skills.map((_, k) => ({
        box: { x: skillX, y: y + headerHeight + HEAD_GAP + k * pitch, width: skillWidth, height: boxHeight },
        lines: skillLines[i]![k]!,
      })),
    });
    top = y + headerHeight + skillsHeight(level.skills.length) + LEVEL_GAP;
  });

  const links: Omit<SkillLink, 'path'>[] = [];
  const ends: Geometry['ends'][number][] = [];
  levels.slice(0, -1).forEach((level, i) => {
    const next = levels[i + 1]!;
    level.skills.forEach(({ box }, k) => {
      const y = box.y + box.height / 2;
      // Wide: out of the box's far side, into the badge's near side. Narrow: down the gutter
      // from a port beside the box, into the top of the badge.
      const port = narrow ? { x: Math.max(2, gutter - PORT_INSET), y } : { x: box.x + box.width, y };
      const target: [number, number] = narrow ? [next.badge.cx, next.badge.cy - next.badge.r] : [next.badge.cx - next.badge.r, next.badge.cy];
      links.push({ from: { level: i, skill: k }, to: i + 1, port });
      ends.push({ source: [port.x, port.y], target });
    });
  });

  const height = narrow ? Math.max(start, top - LEVEL_GAP) : start + widestHeader + Math.max(0, ...map.levels.map((level) => skillsHeight(level.skills.length)));
  return { height, intro, narrow, gutter, levels, links, ends };
}

type LinkGenerator = (ends: { source: [number, number]; target: [number, number] }) => string | null;

function linkPath(link: LinkGenerator, ends: Geometry['ends'][number], gutter: number | undefined, port: { x: number; y: number }): string {
  const curve = link(ends) ?? '';
  // Narrow, a short stub joins the box's edge (the gutter's end) to the port where the curve starts.
  return gutter === undefined ? curve : `M${gutter},${port.y}H${port.x}${curve}`;
}
