import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/salary/salary.js';
import { guideWithout, invalidGuide, sampleGuide } from './support/guides.js';
import { customTheme, rightToLeft } from './support/decorators.js';

type Args = { data: unknown; src?: string; locale?: string; theme?: string; downloads?: string; width: string };

const render = ({ data, src, locale, theme, downloads, width }: Args) =>
  html`<div style="max-width:${width}">
    <career-salary .data=${data} src=${ifDefined(src)} locale=${ifDefined(locale)} theme=${ifDefined(theme)} downloads=${ifDefined(downloads)}></career-salary>
  </div>`;

/**
 * `<career-salary>` draws the salary section of a guide: the range, the median, pay at each
 * level and where the top earners start.
 */
const meta: Meta<Args> = {
  title: 'Elements/career-salary',
  component: 'career-salary',
  render,
  args: { data: sampleGuide(), width: '720px' },
  argTypes: { width: { control: 'text', description: 'Width of the container (story only).' } },
};
export default meta;

type Story = StoryObj<Args>;

/** The bundled Operations Engineer guide. */
export const Ready: Story = {};

/** Loaded from a URL with `src`. */
export const FromSrc: Story = { args: { data: undefined, src: '/data/operations-engineer.json' } };

/** While the guide loads: a placeholder that reserves the chart's size. */
export const Loading: Story = { args: { data: undefined, src: '/mock/pending' } };

/** A guide with no salary section. */
export const Empty: Story = { args: { data: guideWithout('salary') } };

/** Invalid data: the message names the path of the problem. */
export const InvalidData: Story = { args: { data: invalidGuide() } };

/** A server error: the message has the status and a retry button. */
export const NetworkError: Story = { args: { data: undefined, src: '/mock/status/503' } };

/** A 404: no retry, the URL is shown. */
export const NotFound: Story = { args: { data: undefined, src: '/mock/status/404' } };

/** A narrow container: labels above bars, compact amounts. */
export const Narrow: Story = { args: { width: '320px' } };

/** The dark palette. */
export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
  decorators: [(story) => html`<div style="background:#111827;padding:1rem">${story()}</div>`],
};

/** Numbers in German. */
export const German: Story = { args: { locale: 'de-DE' } };

/** Numbers in French, narrow. */
export const FrenchNarrow: Story = { args: { locale: 'fr-FR', width: '320px' } };

/** A right-to-left page in Arabic (dir and lang from an ancestor). */
export const RightToLeft: Story = { decorators: [rightToLeft] };

/** The page's own colors, font and corners through the --career-* tokens. */
export const CustomTheme: Story = { decorators: [customTheme] };

/** Without the Download button: `downloads="off"` (or `downloads=off` in the page's defaults). */
export const DownloadsOff: Story = { args: { downloads: 'off' } };
