import { css } from 'lit';

/** Styles of `<career-guide>`: a readable article, charts at full width, print-friendly. */
export const guideStyles = css`
  :host {
    --_gap: var(--career-guide-gap, 2rem);
    font-size: var(--career-font-size, 1rem);
    line-height: 1.55;
  }

  article {
    max-width: var(--career-guide-max-width, 56rem);
  }

  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    line-height: 1.25;
    margin: 0 0 0.6em;
    scroll-margin-top: 1rem;
  }

  .guide-title {
    font-size: 1.9em;
  }

  section {
    margin: 0 0 var(--_gap);
  }

  section > .section-title {
    font-size: 1.35em;
    padding-bottom: 0.25em;
    border-bottom: 1px solid var(--_border);
  }

  .subsection-title {
    font-size: 1.1em;
    margin-top: 1em;
  }

  p {
    margin: 0 0 0.9em;
  }

  ul,
  ol {
    margin: 0 0 1em;
    padding-inline-start: 1.4em;
  }

  li {
    margin: 0 0 0.35em;
  }

  .lead {
    font-size: 1.1em;
  }

  nav.toc {
    margin: 0 0 var(--_gap);
    padding: 1rem 1.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  nav.toc .toc-title {
    font-weight: 600;
    margin: 0 0 0.5em;
  }

  nav.toc ol {
    columns: 2 14rem;
    column-gap: 2rem;
    margin: 0;
  }

  a {
    color: var(--_accent);
    text-underline-offset: 2px;
  }

  a:focus-visible,
  summary:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }

  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    list-style: none;
    padding: 0;
  }

  .chips li {
    margin: 0;
    padding: 0.2em 0.75em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.9em;
  }

  .columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: 0 var(--_gap);
  }

  .pros-cons .pros .subsection-title::before {
    content: '+ ';
  }

  .pros-cons .cons .subsection-title::before {
    content: '− ';
  }

  .case {
    margin: 0 0 1.25rem;
    padding: 1rem 1.25rem;
    border-inline-start: 4px solid var(--_accent);
    background: color-mix(in srgb, var(--_accent-soft) 25%, transparent);
    border-radius: 0 var(--_radius) var(--_radius) 0;
  }

  .case p:last-child {
    margin-bottom: 0;
  }

  .figures {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em 1em;
    margin: 0 0 1em;
  }

  .figures dt {
    font-weight: 600;
  }

  .figures dd {
    margin: 0;
  }

  details {
    border-bottom: 1px solid var(--_border);
    padding: 0.6em 0;
  }

  summary {
    cursor: pointer;
    font-weight: 600;
  }

  details p {
    margin: 0.6em 0 0.2em;
  }

  .chart {
    margin: 0 0 1rem;
  }

  @media (forced-colors: active) {
    .case {
      border-inline-start-color: CanvasText;
    }
  }

  @media print {
    :host {
      font-size: 11pt;
      color: #000;
      background: #fff;
    }
    nav.toc {
      display: none;
    }
    section {
      break-inside: auto;
    }
    h1,
    h2,
    h3,
    h4,
    h5,
    h6 {
      break-after: avoid;
    }
    .case,
    details {
      break-inside: avoid;
    }
    summary {
      list-style: none;
    }
  }
`;
