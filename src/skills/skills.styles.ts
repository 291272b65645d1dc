import { css } from 'lit';

/**
 * Styles of `<career-skills>`; colors come from the shared tokens. Font sizes and line heights
 * are in px and match `TEXT` in `skills.layout.ts`, which wraps the text to place it.
 */
export const skillsStyles = css`
  .map {
    position: relative;
  }

  .links {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    pointer-events: none;
  }

  .link {
    fill: none;
    stroke: var(--_muted);
    /* Subdued but still 3:1 against the surface in both themes (WCAG 1.4.11): the curves say
       which level leads to which. */
    stroke-opacity: 0.75;
    stroke-width: 1.25;
    transition:
      stroke-width 120ms,
      stroke-opacity 120ms;
  }

  .port {
    fill: var(--_surface);
    stroke: var(--_muted);
    stroke-width: 1.25;
  }

  /* While a path is traced, the others step back: thinner, dashed, a little fainter (not below 3:1). */
  .is-tracing .link {
    stroke-opacity: 0.7;
    stroke-dasharray: 3 4;
  }

  .is-tracing .link.is-on,
  .link.is-on {
    stroke: var(--_accent);
    stroke-opacity: 1;
    stroke-width: 2.75;
    stroke-dasharray: none;
  }

  .port.is-on {
    fill: var(--_accent);
    stroke: var(--_accent);
  }

  ol,
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .intro,
  .level-head,
  .skill {
    position: absolute;
    box-sizing: border-box;
    margin: 0;
    overflow-wrap: anywhere;
  }

  .level-heading,
  .level-summary {
    position: relative;
    margin: 0;
    padding-inline-start: 32px;
  }

  .intro {
    font-size: 14px;
    line-height: 20px;
    text-wrap: pretty;
  }

  /* At least 24px tall, a pointer target by WCAG 2.5.8 (HEADING_MIN in skills.layout.ts). */
  .level-heading {
    min-height: 24px;
    font-size: 15px;
    line-height: 22px;
    font-weight: 600;
    text-wrap: balance;
    border-radius: var(--_radius);
  }

  .badge {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    box-sizing: border-box;
    width: 22px;
    height: 22px;
    border: 1.5px solid var(--_accent);
    border-radius: 50%;
    background: var(--_surface);
    color: var(--_ink);
    font-size: 12px;
    line-height: 19px;
    font-weight: 700;
    text-align: center;
    font-variant-numeric: tabular-nums;
  }

  .level-summary {
    margin-block-start: 4px;
    font-size: 13px;
    line-height: 18px;
    color: var(--_muted);
    text-wrap: pretty;
  }

  .skill {
    display: flex;
    align-items: center;
    padding: 0 10px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-size: 13px;
    line-height: 18px;
    text-wrap: balance;
  }

  .mark {
    cursor: pointer;
  }

  .mark:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  /* The traced mark: an accent frame twice as thick; its level's badge filled. */
  .skill.is-showing {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }

  .level.is-linked .badge {
    border-width: 3px;
    line-height: 16px;
  }

  .level-heading.is-showing .badge {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-ink);
  }

  /* The traced heading's title, and the selected mark's words (aria-current), which stay
     underlined while another mark is traced: not color alone. */
  .level-heading.is-showing .title,
  .level-heading[aria-current='true'] .title,
  .skill[aria-current='true'] {
    text-decoration: underline;
    text-decoration-thickness: 2px;
    text-underline-offset: 3px;
  }

  @media (prefers-reduced-motion: reduce) {
    .link {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .link,
    .port {
      stroke: CanvasText;
    }
    .port {
      fill: Canvas;
    }
    .link.is-on,
    .is-tracing .link.is-on {
      stroke: Highlight;
    }
    .port.is-on {
      fill: Highlight;
      stroke: Highlight;
    }
    .skill,
    .badge {
      border-color: CanvasText;
    }
    .skill.is-showing,
    .level-heading.is-showing .badge {
      border-color: Highlight;
      box-shadow: inset 0 0 0 1px Highlight;
    }
    .level-heading.is-showing .badge {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
