import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/balance/balance.js';
import type { Guide } from '../src/contract/schema.js';
import { guideWithout, sampleGuide } from './support/guides.js';
import { customTheme, rightToLeft } from './support/decorators.js';

type Args = { data: unknown; src?: string; locale?: string; theme?: string; downloads?: string; width: string };

const render = ({ data, src, locale, theme, downloads, width }: Args) =>
  html`<div style="max-width:${width}">
    <career-balance .data=${data} src=${ifDefined(src)} locale=${ifDefined(locale)} theme=${ifDefined(theme)} downloads=${ifDefined(downloads)}></career-balance>
  </div>`;

/** The sample with a stress level the contract does not know, a typo a maintainer might make. */
const invalidWorkLife = (): unknown => {
  const guide = sampleGuide() as unknown as { workLife: { stress: unknown } };
  guide.workLife.stress = 'very high';
  return guide;
};

/**
 * `<career-balance>` shows the work-life balance section of a guide: the stress level and the
 * balance rating as five-step meters, and the text about what shapes them.
 */
const meta: Meta<Args> = {
  title: 'Elements/career-balance',
  component: 'career-balance',
  render,
  args: { data: sampleGuide(), width: '720px' },
  argTypes: { width: { control: 'text', description: 'Width of the container (story only).' } },
};
export default meta;

type Story = StoryObj<Args>;

/** The bundled Operations Engineer guide: stress moderate to high, balance challenging. */
export const Ready: Story = {};

/** Loaded from a URL with `src`. */
export const FromSrc: Story = { args: { data: undefined, src: '/data/operations-engineer.json' } };

/** While the guide loads: a placeholder as tall as the meters and the text will be. */
export const Loading: Story = { args: { data: undefined, src: '/mock/pending' } };

/** A guide with no work-life section. */
export const Empty: Story = { args: { data: guideWithout('workLife') } };

/** Invalid data: the message names the path of the problem. */
export const InvalidData: Story = { args: { data: invalidWorkLife() } };

/** A server error: the message has the status and a retry button. */
export const NetworkError: Story = { args: { data: undefined, src: '/mock/status/503' } };

/** A narrow container: the meters stack. */
export const Narrow: Story = { args: { width: '340px' } };

/** The dark palette. */
export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
  decorators: [(story) => html`<div style="background:#111827;padding:1rem">${story()}</div>`],
};

/** Numbers in German (the words are the library's English until a German catalogue exists). */
export const German: Story = { args: { locale: 'de-DE' } };

/** The ends of both scales, and no text. */
export const Extremes: Story = { args: { data: { schemaVersion: 1, workLife: { stress: 'low', balance: 'excellent' } } satisfies Guide } };

/** Only a balance rating: one meter across the full width. */
export const OneMeter: Story = { args: { data: { schemaVersion: 1, workLife: { balance: 'good', text: ['Predictable hours, rare on-call.'] } } satisfies Guide } };

/** A right-to-left page in Arabic (dir and lang from an ancestor). */
export const RightToLeft: Story = { decorators: [rightToLeft] };

/** The page's own colors, font and corners through the --career-* tokens. */
export const CustomTheme: Story = { decorators: [customTheme] };

/** Without the Download button: `downloads="off"` (or `downloads=off` in the page's defaults). */
export const DownloadsOff: Story = { args: { downloads: 'off' } };
