/** Story decorators shared by every element's stories. */
import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';

/** A right-to-left page in Arabic: the element follows its ancestor's `dir` and `lang`. */
export const rightToLeft: Decorator = (story) => html`<div dir="rtl" lang="ar">${story()}</div>`;

/** Colors, font and corners from the page: the --career-* tokens set on an ancestor. */
export const customTheme: Decorator = (story) =>
  html`<div class="custom-theme-demo">
    <style>
      .custom-theme-demo {
        --career-accent: #0f766e;
        --career-accent-soft: #ccfbf1;
        --career-highlight: #9a3412;
        --career-focus: #0f766e;
        --career-font: Georgia, 'Times New Roman', serif;
        --career-radius: 0;
      }
    </style>
    ${story()}
  </div>`;
