import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/demand/demand.js';
import type { DemandLevel, Guide } from '../src/contract/schema.js';
import { guideWithout, sampleGuide } from './support/guides.js';
import { customTheme, rightToLeft } from './support/decorators.js';

type Args = { data: unknown; src?: string; locale?: string; theme?: string; downloads?: string; width: string };

const render = ({ data, src, locale, theme, downloads, width }: Args) =>
  html`<div style="max-width:${width}">
    <career-demand .data=${data} src=${ifDefined(src)} locale=${ifDefined(locale)} theme=${ifDefined(theme)} downloads=${ifDefined(downloads)}></career-demand>
  </div>`;

/** The sample with its demand written as a word outside the scale, a slip a maintainer might make. */
const invalidDemand = (): unknown => {
  const guide = sampleGuide() as unknown as { demand: { level: unknown } };
  guide.demand.level = 'very high';
  return guide;
};

/** The sample at another level of demand. */
const atLevel = (level: DemandLevel): Guide => {
  const guide = sampleGuide();
  guide.demand = { ...guide.demand!, level };
  return guide;
};

/** No job outlook: the growth rate comes from the headline facts. */
const factsGrowth = (): Guide => {
  const guide = sampleGuide();
  delete guide.outlook;
  return guide;
};

/**
 * `<career-demand>` shows a guide's market demand on a Low–High gauge, with the growth rate of its
 * job outlook and the guide's note.
 */
const meta: Meta<Args> = {
  title: 'Elements/career-demand',
  component: 'career-demand',
  render,
  args: { data: sampleGuide(), width: '720px' },
  argTypes: { width: { control: 'text', description: 'Width of the container (story only).' } },
};
export default meta;

type Story = StoryObj<Args>;

/** The bundled Operations Engineer guide: high demand, 9% projected growth. */
export const Ready: Story = {};

/** Loaded from a URL with `src`. */
export const FromSrc: Story = { args: { data: undefined, src: '/data/operations-engineer.json' } };

/** While the guide loads: a placeholder as tall as the gauge and its text will be. */
export const Loading: Story = { args: { data: undefined, src: '/mock/pending' } };

/** A guide with no market demand. */
export const Empty: Story = { args: { data: guideWithout('demand') } };

/** Invalid data: the message names the path of the problem. */
export const InvalidData: Story = { args: { data: invalidDemand() } };

/** A server error: the message has the status and a retry button. */
export const NetworkError: Story = { args: { data: undefined, src: '/mock/status/503' } };

/** A narrow container: the text stacks under the gauge. */
export const Narrow: Story = { args: { width: '340px' } };

/** The dark palette. */
export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
  decorators: [(story) => html`<div style="background:#111827;padding:1rem">${story()}</div>`],
};

/** Percentages in German. */
export const German: Story = { args: { locale: 'de-DE' } };

/** Moderate demand: the needle straight up. */
export const Moderate: Story = { args: { data: atLevel('moderate') } };

/** Low demand. */
export const Low: Story = { args: { data: atLevel('low') } };

/** No job outlook: the headline facts' growth rate, labelled "growth rate". */
export const GrowthFromFacts: Story = { args: { data: factsGrowth() } };

/** Demand alone: no growth figure, no note. */
export const GaugeOnly: Story = { args: { data: { schemaVersion: 1, demand: { level: 'high' } } } };

/** A right-to-left page in Arabic (dir and lang from an ancestor). */
export const RightToLeft: Story = { decorators: [rightToLeft] };

/** The page's own colors, font and corners through the --career-* tokens. */
export const CustomTheme: Story = { decorators: [customTheme] };

/** Without the Download button: `downloads="off"` (or `downloads=off` in the page's defaults). */
export const DownloadsOff: Story = { args: { downloads: 'off' } };
