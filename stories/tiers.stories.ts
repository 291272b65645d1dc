import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/tiers/tiers.js';
import type { Guide } from '../src/contract/schema.js';
import { guideWithout, sampleGuide } from './support/guides.js';
import { customTheme, rightToLeft } from './support/decorators.js';

type Args = { data: unknown; src?: string; locale?: string; theme?: string; downloads?: string; width: string };

const render = ({ data, src, locale, theme, downloads, width }: Args) =>
  html`<div style="max-width:${width}">
    <career-tiers .data=${data} src=${ifDefined(src)} locale=${ifDefined(locale)} theme=${ifDefined(theme)} downloads=${ifDefined(downloads)}></career-tiers>
  </div>`;

/** The sample with a typo a maintainer might make: years as words. */
const invalidTiers = (): unknown => {
  const guide = sampleGuide() as unknown as { tiers: { years: { min: unknown } }[] };
  guide.tiers[1]!.years.min = 'two';
  return guide;
};

/** The sample's tiers without its salary: no pay on the tiers. */
const withoutSalary = (): Guide => guideWithout('salary');

/** Tiers with no ids, summaries or pay, one of them only a year long. */
const sparse = (): Guide => ({
  schemaVersion: 1,
  tiers: [
    { title: 'Apprentice', years: { min: 0, max: 1 } },
    { title: 'Journeyman', years: { min: 1, max: 6 } },
    { title: 'Master', years: { min: 6, max: null } },
  ],
});

/**
 * `<career-tiers>` draws the career path of a guide: each tier on a years-of-experience axis,
 * its pay where the guide links it to a salary level, and the summary of the selected tier in a
 * panel under the chart.
 */
const meta: Meta<Args> = {
  title: 'Elements/career-tiers',
  component: 'career-tiers',
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

/** While the guide loads: a placeholder that reserves the chart's and the panel's size. */
export const Loading: Story = { args: { data: undefined, src: '/mock/pending' } };

/** A guide with no career tiers. */
export const Empty: Story = { args: { data: guideWithout('tiers') } };

/** Invalid data: the message names the path of the problem. */
export const InvalidData: Story = { args: { data: invalidTiers() } };

/** A server error: the message has the status and a retry button. */
export const NetworkError: Story = { args: { data: undefined, src: '/mock/status/503' } };

/** A narrow container: a top-to-bottom timeline, years down the side. */
export const Narrow: Story = { args: { width: '340px' } };

/** The dark palette. */
export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
  decorators: [(story) => html`<div style="background:#111827;padding:1rem">${story()}</div>`],
};

/** The dark palette, narrow. */
export const DarkNarrow: Story = { ...Dark, args: { theme: 'dark', width: '340px' } };

/** Years and pay in German. */
export const German: Story = { args: { locale: 'de-DE' } };

/** A guide without salary figures: the tiers carry no pay. */
export const WithoutSalary: Story = { args: { data: withoutSalary() } };

/** Tiers with only titles and years. */
export const TitlesOnly: Story = { args: { data: sparse() } };

/** A right-to-left page in Arabic (dir and lang from an ancestor). */
export const RightToLeft: Story = { decorators: [rightToLeft] };

/** The page's own colors, font and corners through the --career-* tokens. */
export const CustomTheme: Story = { decorators: [customTheme] };

/** Without the Download button: `downloads="off"` (or `downloads=off` in the page's defaults). */
export const DownloadsOff: Story = { args: { downloads: 'off' } };
