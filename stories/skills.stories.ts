import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/skills/skills.js';
import type { Guide } from '../src/contract/schema.js';
import { guideWithout, sampleGuide } from './support/guides.js';
import { customTheme } from './support/decorators.js';

type Args = { data: unknown; src?: string; locale?: string; theme?: string; downloads?: string; headingLevel?: number; dir?: string; width: string };

const render = ({ data, src, locale, theme, downloads, headingLevel, dir, width }: Args) =>
  html`<div style="max-width:${width}" dir=${ifDefined(dir)}>
    <career-skills .data=${data} src=${ifDefined(src)} locale=${ifDefined(locale)} theme=${ifDefined(theme)} downloads=${ifDefined(downloads)} heading-level=${ifDefined(headingLevel)}></career-skills>
  </div>`;

/** The sample with a skill written as an object, a slip a maintainer might make. */
const invalidSkills = (): unknown => {
  const guide = sampleGuide() as unknown as { skillMap: { levels: { skills: unknown[] }[] } };
  guide.skillMap.levels[1]!.skills[2] = { name: 'CI/CD Pipeline Development' };
  return guide;
};

/** A short map: two levels, no summaries, no introduction. */
const shortGuide = (): Guide => ({
  schemaVersion: 1,
  skillMap: {
    levels: [
      { title: 'Basics', skills: ['Linux', 'Networking'] },
      { title: 'Automation', skills: ['Terraform', 'Ansible', 'CI/CD pipelines'] },
    ],
  },
});

/** A skill name far longer than usual: every box grows, nothing is cut. */
const longNameGuide = (): Guide => {
  const guide = sampleGuide();
  guide.skillMap!.levels[0]!.skills[0] = 'Designing, operating and continuously improving globally distributed, multi-region, highly available infrastructure platforms';
  return guide;
};

/**
 * `<career-skills>` shows a guide's skill map: the levels in order with their skills, and curves
 * from each skill to the level it leads to. The text is an ordered list of levels with headings.
 */
const meta: Meta<Args> = {
  title: 'Elements/career-skills',
  component: 'career-skills',
  render,
  args: { data: sampleGuide(), width: '1000px' },
  argTypes: {
    width: { control: 'text', description: 'Width of the container (story only).' },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'], description: 'Direction of the container (story only).' },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The bundled Operations Engineer guide: three levels in columns. */
export const Ready: Story = {};

/** Loaded from a URL with `src`. */
export const FromSrc: Story = { args: { data: undefined, src: '/data/operations-engineer.json' } };

/** While the guide loads: a placeholder as tall as the map will be. */
export const Loading: Story = { args: { data: undefined, src: '/mock/pending' } };

/** A guide with no skill map. */
export const Empty: Story = { args: { data: guideWithout('skillMap') } };

/** Invalid data: the message names the path of the problem. */
export const InvalidData: Story = { args: { data: invalidSkills() } };

/** A server error: the message has the status and a retry button. */
export const NetworkError: Story = { args: { data: undefined, src: '/mock/status/503' } };

/** A narrow container: levels stacked, curves down the gutter. */
export const Narrow: Story = { args: { width: '340px' } };

/** Too narrow for three columns of readable width: the levels stack. */
export const Medium: Story = { args: { width: '640px' } };

/** The dark palette. */
export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
  decorators: [(story) => html`<div style="background:#111827;padding:1rem">${story()}</div>`],
};

/** Numbers in German (the map's words are the guide's own). */
export const German: Story = { args: { locale: 'de-DE' } };

/** Level numbers in Arabic-Indic digits, laid out right to left. */
export const RightToLeft: Story = { args: { locale: 'ar-EG', dir: 'rtl' } };

/** Level headings as h4, to fit a page whose section heading is an h3. */
export const HeadingLevel: Story = { args: { headingLevel: 4 } };

/** Two short levels without summaries or introduction. */
export const Short: Story = { args: { data: shortGuide() } };

/** A very long skill name: every box grows to hold it. */
export const LongSkillName: Story = { args: { data: longNameGuide() } };

/** The page's own colors, font and corners through the --career-* tokens. */
export const CustomTheme: Story = { decorators: [customTheme] };

/** Without the Download button: `downloads="off"` (or `downloads=off` in the page's defaults). */
export const DownloadsOff: Story = { args: { downloads: 'off' } };
