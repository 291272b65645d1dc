import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/guide/guide.js';
import { sampleGuide } from './support/guides.js';
import { customTheme, rightToLeft } from './support/decorators.js';

type Args = { data: unknown; src?: string; locale?: string; theme?: string; sections?: string; headingLevel: number; structuredData?: 'on' | 'off'; width: string };

const render = ({ data, src, locale, theme, sections, headingLevel, structuredData, width }: Args) =>
  html`<div style="max-width:${width}">
    <career-guide
      .data=${data}
      src=${ifDefined(src)}
      locale=${ifDefined(locale)}
      theme=${ifDefined(theme)}
      sections=${ifDefined(sections)}
      heading-level=${headingLevel}
      structured-data=${ifDefined(structuredData)}
    ></career-guide>
  </div>`;

/**
 * `<career-guide>` renders a whole career guide: the charts, the text sections in the order of
 * the career-guide page, and a table of contents. `sections` picks and orders sections;
 * `heading-level` fits its headings into the host page's outline. In the page's head it adds
 * the guide's schema.org Occupation (JSON-LD), once per page; `structured-data="off"` leaves it out.
 */
const meta: Meta<Args> = {
  title: 'Elements/career-guide',
  component: 'career-guide',
  render,
  args: { data: sampleGuide(), headingLevel: 2, width: '900px' },
  argTypes: { width: { control: 'text', description: 'Width of the container (story only).' } },
};
export default meta;

type Story = StoryObj<Args>;

/** The bundled Operations Engineer guide, every section. */
export const Ready: Story = {};

/** Loaded once from a URL; the charts inside make no request of their own. */
export const FromSrc: Story = { args: { data: undefined, src: '/data/operations-engineer.json' } };

/** While the guide loads. */
export const Loading: Story = { args: { data: undefined, src: '/mock/pending' } };

/** A guide with nothing to show. */
export const Empty: Story = { args: { data: { schemaVersion: 1 } } };

/** Invalid data: the message names the path of the problem. */
export const InvalidData: Story = { args: { data: { ...sampleGuide(), faq: [{ question: 'Why?' }] } } };

/** A server error, with a retry button. */
export const NetworkError: Story = { args: { data: undefined, src: '/mock/status/503' } };

/** Three sections, in the order asked for. */
export const SomeSections: Story = { args: { sections: 'salary tiers faq' } };

/** A phone-sized column. */
export const Narrow: Story = { args: { width: '360px' } };

/** The dark palette. */
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background:#111827;padding:1rem">${story()}</div>`],
};

/** Numbers in German. */
export const German: Story = { args: { locale: 'de-DE' } };

/** A right-to-left page in Arabic (dir and lang from an ancestor). */
export const RightToLeft: Story = { decorators: [rightToLeft] };

/** The page's own colors, font and corners through the --career-* tokens. */
export const CustomTheme: Story = { decorators: [customTheme] };
