import { literal, type StaticValue } from 'lit/static-html.js';

/** The tags h1–h6, as static values for `html` from lit/static-html.js. */
const HEADINGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`] as const;

/**
 * The heading tag for `level`, clamped to `min`–6 (a non-number gives `fallback`), for
 * `` html`<${tag}>…</${tag}>` `` from lit/static-html.js: the tag is one of six constants,
 * never text from data.
 */
export function headingTag(level: number, fallback: number, min = 1): StaticValue {
  const wanted = Math.round(level) || fallback;
  return HEADINGS[Math.min(6, Math.max(min, wanted)) - 1]!;
}
