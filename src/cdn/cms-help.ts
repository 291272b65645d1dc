/**
 * Where each CMS takes the snippets: the table of the README's "CMS editors" section, which the
 * studio shows beside its snippets. test/studio-model.test.ts checks that the README's table
 * says the same, row for row. The text is the README's Markdown: `*emphasis*` and `` `code` ``.
 */
import { html, type TemplateResult } from 'lit';

/** One CMS and where the snippet goes in it. */
export interface CmsHelp {
  readonly cms: string;
  readonly where: string;
}

export const CMS_HELP: readonly CmsHelp[] = [
  {
    cms: 'WordPress',
    where:
      'a *Custom HTML* block. Scripts and iframes survive only for users who may post unfiltered HTML (administrators and editors on a single site, super admins on multisite). Others\' posts lose them.',
  },
  { cms: 'Ghost', where: 'an *HTML* card, which keeps scripts. Or load `career-widgets.js` once in *Settings → Code injection* and paste only the element tags.' },
  { cms: 'Webflow', where: 'a *Code Embed* element. Scripts run on the published site, not in the Designer.' },
  {
    cms: 'Drupal',
    where:
      "a text format that does not filter HTML. Formats that do (such as *Basic HTML*) drop `<script>`: use the iframe snippet there, after adding `<iframe>` and its attributes to the format's allowed tags.",
  },
  {
    cms: 'Contentful',
    where:
      'Contentful stores content, and your front end renders it: give editors a content type with the element and the guide id, and have the front end write the tag (or the iframe). Rich text does not carry raw HTML.',
  },
];

/** The README's Markdown of one cell as text with its emphasis and code, never as HTML. */
export function renderHelpText(markdown: string): TemplateResult {
  const parts = markdown.split(/(\*[^*]+\*|`[^`]+`)/);
  return html`${parts.map((part) =>
    part.startsWith('*') && part.length > 2 ? html`<em>${part.slice(1, -1)}</em>` : part.startsWith('`') && part.length > 2 ? html`<code>${part.slice(1, -1)}</code>` : part,
  )}`;
}
