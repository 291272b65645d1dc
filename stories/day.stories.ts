import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/day/day.js';
import type { Guide } from '../src/contract/schema.js';
import { guideWithout, sampleGuide } from './support/guides.js';
import { customTheme, rightToLeft } from './support/decorators.js';

type Args = { data: unknown; src?: string; locale?: string; theme?: string; downloads?: string; width: string };

const render = ({ data, src, locale, theme, downloads, width }: Args) =>
  html`<div style="max-width:${width}">
    <career-day .data=${data} src=${ifDefined(src)} locale=${ifDefined(locale)} theme=${ifDefined(theme)} downloads=${ifDefined(downloads)}></career-day>
  </div>`;

/** The sample with a typo a maintainer might make: a time written as on the page. */
const invalidDay = (): unknown => {
  const guide = sampleGuide() as unknown as { day: { blocks: { start: unknown }[] } };
  guide.day.blocks[1]!.start = '12:00 PM';
  return guide;
};

/** A day with a lunch break, a short stand-up and blocks without focus or tasks. */
const brokenUpDay = (): Guide => ({
  schemaVersion: 1,
  day: {
    blocks: [
      { label: 'Stand-up', start: '08:30', end: '08:45', focus: 'Team sync', tasks: ['Share yesterday’s progress and today’s plan.'] },
      { label: 'Morning', start: '08:45', end: '12:00', focus: 'On-call and tickets', tasks: ['Work the ticket queue.', 'Review pull requests.'] },
      { label: 'Afternoon', start: '13:00', end: '17:00', focus: 'Project work' },
    ],
  },
});

/**
 * `<career-day>` draws a guide's day in the life: the blocks of a typical day on a clock, each
 * with its hours and focus, and every block's tasks.
 */
const meta: Meta<Args> = {
  title: 'Elements/career-day',
  component: 'career-day',
  render,
  args: { data: sampleGuide(), width: '760px' },
  argTypes: { width: { control: 'text', description: 'Width of the container (story only).' } },
};
export default meta;

type Story = StoryObj<Args>;

/** The bundled Operations Engineer guide. */
export const Ready: Story = {};

/** Loaded from a URL with `src`. */
export const FromSrc: Story = { args: { data: undefined, src: '/data/operations-engineer.json' } };

/** While the guide loads: a placeholder that reserves the chart's and the tasks' size. */
export const Loading: Story = { args: { data: undefined, src: '/mock/pending' } };

/** A guide with no day in the life. */
export const Empty: Story = { args: { data: guideWithout('day') } };

/** Invalid data: the message names the path of the problem. */
export const InvalidData: Story = { args: { data: invalidDay() } };

/** A server error: the message has the status and a retry button. */
export const NetworkError: Story = { args: { data: undefined, src: '/mock/status/503' } };

/** A narrow container: an agenda, the clock down the side and the tasks under it. */
export const Narrow: Story = { args: { width: '340px' } };

/** The dark palette. */
export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
  decorators: [(story) => html`<div style="background:#111827;padding:1rem">${story()}</div>`],
};

/** The dark palette, narrow. */
export const DarkNarrow: Story = { ...Dark, args: { theme: 'dark', width: '340px' } };

/** The clock in German: 09:00, not 9 AM. */
export const German: Story = { args: { locale: 'de-DE' } };

/** A day with a break and a block too short to label in a schedule: drawn as an agenda. */
export const BrokenUpDay: Story = { args: { data: brokenUpDay() } };

/** A right-to-left page in Arabic (dir and lang from an ancestor). */
export const RightToLeft: Story = { decorators: [rightToLeft] };

/** The page's own colors, font and corners through the --career-* tokens. */
export const CustomTheme: Story = { decorators: [customTheme] };

/** Without the Download button: `downloads="off"` (or `downloads=off` in the page's defaults). */
export const DownloadsOff: Story = { args: { downloads: 'off' } };
