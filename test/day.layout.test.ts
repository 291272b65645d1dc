import { expect } from '@open-wc/testing';
import { NARROW_BELOW } from '../src/chart/layout.js';
import type { DayBlock } from '../src/contract/schema.js';
import { textWidth } from '../src/chart/text.js';
import { formatClock, formatClockTick, formatHours, usesTwelveHours } from '../src/chart/time.js';
import { dayLayout, isAgenda, joinTasks, MIN_BLOCK_WIDTH, parseTime, TASKS, type DayLayout } from '../src/day/day.layout.js';
import { en } from '../src/i18n/en.js';
import { sampleGuide } from './support/guides.js';
import { reflected, swappedAnchor } from './support/reflect.js';

const messages = en;
const sampleBlocks = (): DayBlock[] => sampleGuide().day!.blocks;
const layoutAt = (width: number, blocks = sampleBlocks(), locale = 'en-US') => dayLayout(blocks, { width, locale, messages });
const texts = (layout: DayLayout, index: number, kind: string) =>
  layout.marks[index]!.labels.filter((label) => label.kind === kind).map((label) => label.text);
const spans = (blocks: DayBlock[]) => blocks.map((block) => ({ start: parseTime(block.start), end: parseTime(block.end) }));

describe('day layout', () => {
  it('parses HH:MM into minutes from midnight', () => {
    expect(['00:00', '09:00', '12:30', '18:00', '23:59'].map(parseTime)).to.deep.equal([0, 540, 750, 1080, 1439]);
  });

  describe('wide (720px): a schedule of bars with the tasks in columns under them', () => {
    const layout = layoutAt(720);
    const x = (minutes: number) => ((minutes - 540) / 540) * 720;

    it('runs the clock from the first start to the last end', () => {
      expect(layout.narrow).to.equal(false);
      expect(layout.domain).to.deep.equal([540, 1080]);
      expect(layout.plot).to.deep.equal({ x0: 0, x1: 720, top: 24, bottom: 110 });
      expect(layout.height).to.equal(114);
    });

    it('puts an hour tick every 80px, labelled on the twelve-hour clock, above the bars', () => {
      expect(layout.ticks.map((tick) => tick.value)).to.deep.equal([540, 600, 660, 720, 780, 840, 900, 960, 1020, 1080]);
      expect(layout.ticks.map((tick) => tick.position)).to.deep.equal([0, 80, 160, 240, 320, 400, 480, 560, 640, 720]);
      expect(layout.ticks.map((tick) => tick.label)).to.deep.equal(['9 AM', '10 AM', '11 AM', '12 PM', '1 PM', '2 PM', '3 PM', '4 PM', '5 PM', '6 PM']);
      expect([layout.ticks[0]!.anchor, layout.ticks[4]!.anchor, layout.ticks.at(-1)!.anchor]).to.deep.equal(['start', 'middle', 'end']);
      expect(layout.tickLabelAt).to.be.below(layout.plot.top);
    });

    it('draws each block from its start to its end, a pixel apart', () => {
      const expected: [number, number][] = [
        [540, 720],
        [720, 900],
        [900, 1080],
      ];
      expected.forEach(([start, end], index) => {
        const mark = layout.marks[index]!;
        expect([mark.start, mark.end]).to.deep.equal([start, end]);
        expect(mark.bar.x).to.be.closeTo(x(start) + 1, 1e-9);
        expect(mark.bar.x + mark.bar.width).to.be.closeTo(x(end) - 1, 1e-9);
        expect(mark.bar.y).to.equal(24);
        expect(mark.bar.height).to.equal(86);
        expect(mark.strip).to.deep.equal({ x: mark.bar.x, y: 24, width: 4, height: 86 });
      });
    });

    it('labels every bar with its name, hours and focus, inside the bar', () => {
      expect(texts(layout, 0, 'label')).to.deep.equal(['Morning']);
      expect(texts(layout, 0, 'time')).to.deep.equal(['9:00 AM–12:00 PM']);
      expect(texts(layout, 0, 'focus').join(' ')).to.equal('System Monitoring & Incident Review');
      expect(texts(layout, 1, 'time')).to.deep.equal(['12:00 PM–3:00 PM']);
      for (const mark of layout.marks) {
        for (const label of mark.labels) {
          const size = label.kind === 'label' ? 14 : label.kind === 'focus' ? 13 : 12;
          expect(label.x).to.be.at.least(mark.bar.x + 4);
          expect(label.x + textWidth(label.text, size, label.kind === 'label')).to.be.at.most(mark.bar.x + mark.bar.width);
          expect(label.y).to.be.within(mark.bar.y, mark.bar.y + mark.bar.height);
        }
      }
    });

    it('puts each block’s task column right under its bar', () => {
      for (const mark of layout.marks) expect(mark.column).to.deep.equal({ x: mark.bar.x, width: mark.bar.width });
    });

    it('reserves the tallest column’s height, in 20px lines and 4px gaps', () => {
      expect(layout.tasksHeight).to.equal(252);
      expect((layout.tasksHeight - 3 * TASKS.between) % TASKS.line).to.equal(0);
    });

    it('summarises the day in words, its length and blocks, leaving the hours to the blocks in the reader’s clock', () => {
      expect(layout.title).to.equal('A day in the life');
      expect(layout.summary).to.equal('A typical day of 9 hours in 3 blocks.');
      expect(layout.marks[0]!.ariaLabel).to.equal('Morning, 9:00 AM to 12:00 PM: System Monitoring & Incident Review');
      expect(layout.marks[0]!.exact).to.equal('Morning · 9:00 AM–12:00 PM · System Monitoring & Incident Review');
    });

    it('lists every block with hours, focus and tasks for the table', () => {
      expect(layout.table.map(({ block, time, focus }) => [block, time, focus])).to.deep.equal([
        ['Morning', '9:00 AM to 12:00 PM', 'System Monitoring & Incident Review'],
        ['Afternoon', '12:00 PM to 3:00 PM', 'Automation & Deployment'],
        ['Evening', '3:00 PM to 6:00 PM', 'Collaboration & Strategic Planning'],
      ]);
      // The sample's tasks are sentences: a space between them, not "dashboards.; Analyze".
      expect(layout.table[2]!.tasks).to.equal(sampleBlocks()[2]!.tasks!.join(' '));
    });

    it('joins tasks that are phrases with semicolons, sentences with spaces', () => {
      expect(joinTasks(['Review alerts', 'Triage tickets'])).to.equal('Review alerts; Triage tickets');
      expect(joinTasks(['Review alerts.', 'Triage tickets!', 'Plan?', 'Write notes'])).to.equal('Review alerts. Triage tickets! Plan? Write notes');
      expect(joinTasks(['Revisar alertas', '障害を確認する。', 'Plan'])).to.equal('Revisar alertas; 障害を確認する。 Plan');
      expect(joinTasks([])).to.equal('');
    });
  });

  describe('narrow (340px): an agenda down the page', () => {
    const layout = layoutAt(340);

    it('runs the clock down the left side, half a pixel a minute', () => {
      expect(layout.narrow).to.equal(true);
      expect(layout.plot.top).to.equal(10);
      expect(layout.plot.bottom).to.equal(10 + 540 / 2);
      layout.ticks.forEach((tick, index) => expect(tick.position).to.be.closeTo(10 + index * 30, 1e-9));
      expect(layout.ticks).to.have.length(10);
      expect(layout.ticks[3]!.label).to.equal('12 PM');
      expect(layout.tickLabelAt).to.be.below(layout.plot.x0);
      expect(layout.height).to.equal(290);
    });

    it('draws each block down from its start to its end, its words beside it', () => {
      layout.marks.forEach((mark, index) => {
        expect(mark.bar.x).to.equal(layout.plot.x0);
        expect(mark.bar.y).to.be.closeTo(10 + index * 90 + 1, 1e-9);
        expect(mark.bar.height).to.be.closeTo(88, 1e-9);
        expect(mark.column).to.equal(undefined);
        for (const label of mark.labels) {
          expect(label.x).to.be.greaterThan(layout.plot.x1);
          expect(label.y).to.be.within(mark.bar.y, mark.bar.y + mark.bar.height);
          const size = label.kind === 'label' ? 14 : label.kind === 'focus' ? 13 : 12;
          expect(label.x + textWidth(label.text, size, label.kind === 'label')).to.be.at.most(340);
        }
      });
      expect(texts(layout, 2, 'focus')).to.deep.equal(['Collaboration & Strategic Planning']);
    });

    it('reserves every block’s heading and tasks, one after another', () => {
      expect(layout.tasksHeight).to.equal(612);
      expect(layout.tasksHeight).to.be.greaterThan(layoutAt(720).tasksHeight);
    });
  });

  it('switches to the agenda below the threshold, or when a block is too slim to label', () => {
    expect(layoutAt(NARROW_BELOW - 1).narrow).to.equal(true);
    expect(layoutAt(NARROW_BELOW * 2).narrow).to.equal(false);
    // Three equal blocks need three times the narrowest bar.
    expect(isAgenda(spans(sampleBlocks()), 3 * (MIN_BLOCK_WIDTH + 2) - 1)).to.equal(true);
    expect(isAgenda(spans(sampleBlocks()), 3 * (MIN_BLOCK_WIDTH + 2))).to.equal(false);
    const withShortBlock: DayBlock[] = [...sampleBlocks(), { label: 'Wrap-up', start: '18:00', end: '18:30' }];
    expect(layoutAt(1000, withShortBlock).narrow).to.equal(true);
  });

  it('reads the clock in the given locale: 24 hours in German', () => {
    const layout = layoutAt(720, sampleBlocks(), 'de-DE');
    expect(layout.ticks.map((tick) => tick.label)).to.deep.equal(['09:00', '10:00', '11:00', '12:00', '13:00', '14:00', '15:00', '16:00', '17:00', '18:00']);
    expect(layout.marks[0]!.timeText).to.equal('09:00–12:00');
    expect(layout.summary).to.equal('A typical day of 9 Stunden in 3 blocks.');
  });

  it('copes with one block without focus or tasks', () => {
    const layout = layoutAt(720, [{ label: 'Shift', start: '22:00', end: '23:30' }]);
    expect(layout.marks).to.have.length(1);
    expect(layout.marks[0]!.id).to.equal('0');
    expect(layout.marks[0]!.labels.map((label) => label.kind)).to.deep.equal(['label', 'time']);
    expect(layout.tasksHeight).to.equal(0);
    expect(layout.summary).to.equal('A typical day of 1.5 hours in 1 block.');
    expect(layout.marks[0]!.ariaLabel).to.equal('Shift, 10:00 PM to 11:30 PM');
    // A day shorter than four hours gets half-hour ticks.
    expect(layout.ticks.map((tick) => tick.value)).to.deep.equal([1320, 1350, 1380, 1410]);
  });

  it('leaves a gap in the schedule where the day has one', () => {
    const blocks: DayBlock[] = [
      { label: 'Morning', start: '08:00', end: '12:00', tasks: ['Plan'] },
      { label: 'Afternoon', start: '13:00', end: '17:00', tasks: ['Build'] },
    ];
    const layout = layoutAt(900, blocks);
    const [morning, afternoon] = layout.marks;
    expect(afternoon!.bar.x - (morning!.bar.x + morning!.bar.width)).to.be.closeTo(100 + 2, 1e-9);
    expect(afternoon!.column!.x).to.equal(afternoon!.bar.x);
  });

  it('starts the clock where the day starts, on the half hour too', () => {
    const layout = layoutAt(720, [{ label: 'Early', start: '06:30', end: '11:30' }]);
    expect(layout.domain).to.deep.equal([390, 690]);
    expect(layout.ticks[0]!.value).to.equal(420);
    expect(layout.ticks.at(-1)!.value).to.equal(660);
  });

  it('keeps a short block’s words clear of the next block’s in the agenda', () => {
    const blocks: DayBlock[] = [
      { label: 'Stand-up', start: '09:00', end: '09:15', focus: 'Team sync' },
      { label: 'Deep work', start: '09:15', end: '12:00', focus: 'Projects' },
    ];
    const layout = layoutAt(340, blocks);
    const lastOfFirst = Math.max(...layout.marks[0]!.labels.map((label) => label.y));
    const firstOfSecond = Math.min(...layout.marks[1]!.labels.map((label) => label.y));
    expect(firstOfSecond - 13).to.be.above(lastOfFirst);
    expect(layout.height).to.be.at.least(lastOfFirst + 4);
  });
});

describe('clock formatting', () => {
  const table: [number, string, string, string][] = [
    [540, 'en-US', '9:00 AM', '9 AM'],
    [750, 'en-US', '12:30 PM', '12:30 PM'],
    [1080, 'en-US', '6:00 PM', '6 PM'],
    [540, 'de-DE', '09:00', '09:00'],
    [1080, 'de-DE', '18:00', '18:00'],
    [540, 'en-GB', '09:00', '09:00'],
  ];
  for (const [minutes, locale, clock, tick] of table) {
    it(`${minutes} minutes in ${locale}: ${clock}, on an axis ${tick}`, () => {
      expect(formatClock(minutes, locale)).to.equal(clock);
      expect(formatClockTick(minutes, locale)).to.equal(tick);
    });
  }

  it('knows which languages read twelve hours', () => {
    expect([usesTwelveHours('en-US'), usesTwelveHours('de-DE'), usesTwelveHours('fr-FR')]).to.deep.equal([true, false, false]);
  });

  it('writes durations in hours', () => {
    expect([formatHours(540, 'en-US'), formatHours(60, 'en-US'), formatHours(90, 'de-DE')]).to.deep.equal(['9 hours', '1 hour', '1,5 Stunden']);
  });
});

describe('day layout, right to left: the left-to-right geometry mirrored (x → width − x), anchors swapped', () => {
  for (const width of [900, 360]) {
    describe(`${width}px`, () => {
      const ltr = layoutAt(width);
      const rtl = dayLayout(sampleBlocks(), { width, locale: 'en-US', messages, rtl: true });

      it(ltr.narrow ? 'stands the agenda’s clock on the right' : 'runs the clock leftwards: the morning on the right', () => {
        expect(rtl.rtl).to.equal(true);
        expect(rtl.ticks.map((tick) => tick.anchor)).to.deep.equal(ltr.ticks.map((tick) => swappedAnchor(tick.anchor)));
        expect(rtl.ticks.map((tick) => tick.position)).to.deep.equal(ltr.ticks.map((tick) => (ltr.narrow ? tick.position : width - tick.position)));
        expect(rtl.ticks.map((tick) => tick.label)).to.deep.equal(ltr.ticks.map((tick) => tick.label));
        expect(rtl.plot.x0).to.equal(width - ltr.plot.x0);
        expect(rtl.tickLabelAt).to.equal(ltr.narrow ? width - ltr.tickLabelAt : ltr.tickLabelAt);
        if (ltr.tickRule) expect(rtl.tickRule).to.deep.equal({ x1: width - ltr.tickRule.x1, x2: width - ltr.tickRule.x2 });
        if (!ltr.narrow) expect(rtl.marks[0]!.bar.x).to.be.greaterThan(rtl.marks[1]!.bar.x);
      });

      it('mirrors every bar, strip, focus ring and text; task columns stay logical (the page mirrors them)', () => {
        rtl.marks.forEach((mark, i) => {
          const before = ltr.marks[i]!;
          for (const key of ['bar', 'focusRing', 'strip'] as const) {
            const box = before[key];
            if (box) expect(mark[key]).to.deep.equal({ ...box, x: width - box.x - box.width });
          }
          expect(mark.labels).to.deep.equal(before.labels.map((label) => reflected(label, width)));
          expect(mark.column).to.deep.equal(before.column);
        });
        expect(rtl.summary).to.equal(ltr.summary);
      });
    });
  }
});
