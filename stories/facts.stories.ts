import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/facts/facts.js';
import type { Guide } from '../src/contract/schema.js';
import { sampleGuide } from './support/guides.js';
import { customTheme, rightToLeft } from './support/decorators.js';

type Args = { data: unknown; src?: string; locale?: string; theme?: string; downloads?: string; width: string };

const render = ({ data, src, locale, theme, downloads, width }: Args) =>
  html`<div style="max-width:${width}">
    <career-facts .data=${data} src=${ifDefined(src)} locale=${ifDefined(locale)} theme=${ifDefined(theme)} downloads=${ifDefined(downloads)}></career-facts>
  </div>`;

/** The sample with its growth rate written as text, a typo a maintainer might make. */
const invalidFacts = (): unknown => {
  const guide = sampleGuide() as unknown as { facts: { growthRate: { value: unknown } } };
  guide.facts.growthRate.value = '9%';
  return guide;
};

/** No `facts` section: the median salary and growth rate come from `salary` and `outlook`. */
const fallbackGuide = (): Guide => {
  const guide = sampleGuide();
  delete guide.facts;
  return guide;
};

/**
 * `<career-facts>` shows a guide's headline facts as tiles: the growth rate, the median salary,
 * whether the role is remote-friendly and the job outlook.
 */
const meta: Meta<Args> = {
  title: 'Elements/career-facts',
  component: 'career-facts',
  render,
  args: { data: sampleGuide(), width: '720px' },
  argTypes: { width: { control: 'text', description: 'Width of the container (story only).' } },
};
export default meta;

type Story = StoryObj<Args>;

/** The bundled Operations Engineer guide: four tiles across. */
export const Ready: Story = {};

/** Loaded from a URL with `src`. */
export const FromSrc: Story = { args: { data: undefined, src: '/data/operations-engineer.json' } };

/** While the guide loads: a placeholder as tall as the tiles will be. */
export const Loading: Story = { args: { data: undefined, src: '/mock/pending' } };

/** A guide with no headline facts at all. */
export const Empty: Story = { args: { data: { schemaVersion: 1, title: 'Baker' } satisfies Guide } };

/** Invalid data: the message names the path of the problem. */
export const InvalidData: Story = { args: { data: invalidFacts() } };

/** A server error: the message has the status and a retry button. */
export const NetworkError: Story = { args: { data: undefined, src: '/mock/status/503' } };

/** A narrow container: two tiles across. */
export const Narrow: Story = { args: { width: '340px' } };

/** A very narrow container: one tile above the other. */
export const VeryNarrow: Story = { args: { width: '260px' } };

/** The dark palette. */
export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
  decorators: [(story) => html`<div style="background:#111827;padding:1rem">${story()}</div>`],
};

/** Numbers in German. */
export const German: Story = { args: { locale: 'de-DE' } };

/** Without a `facts` section: the median salary and growth rate fall back to the salary and outlook sections, with their sources. */
export const Fallbacks: Story = { args: { data: fallbackGuide() } };

/** On-site work, with a source and an as-of date. */
export const OnSite: Story = {
  args: {
    data: {
      schemaVersion: 1,
      facts: {
        growthRate: { value: 4, unit: 'percent' },
        medianSalary: { amount: 38_500, currency: 'GBP', period: 'year' },
        remoteFriendly: false,
        source: { name: 'Office for National Statistics' },
        asOf: '2024-04',
      },
    } satisfies Guide,
    locale: 'en-GB',
  },
};

/** A right-to-left page in Arabic (dir and lang from an ancestor). */
export const RightToLeft: Story = { decorators: [rightToLeft] };

/** The page's own colors, font and corners through the --career-* tokens. */
export const CustomTheme: Story = { decorators: [customTheme] };

/** Without the Download button: `downloads="off"` (or `downloads=off` in the page's defaults). */
export const DownloadsOff: Story = { args: { downloads: 'off' } };
