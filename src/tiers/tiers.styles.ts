import { css } from 'lit';

/**
 * Styles of `<career-tiers>`; colors come from the shared tokens. Text sizes and the panel's
 * 20px lines are those the layout assumes (`FONT`, `SMALL`, `DETAILS.line`).
 */
export const tiersStyles = css`
  .bar {
    fill: var(--_accent);
    transition: opacity 120ms;
  }

  /* Open-ended: the bar fades towards the edge (a gradient from the layout's defs, which the
     bar names in its own style, since a server's forms each have theirs) and keeps its
     outline, so its pointed end stays visible; the words say "8+ years". */
  .is-open .bar {
    stroke: var(--_accent);
    stroke-width: 1.5;
    stroke-linejoin: round;
  }

  .fade-from {
    stop-color: var(--_accent);
    stop-opacity: 1;
  }

  .fade-to {
    stop-color: var(--_accent);
    stop-opacity: 0.12;
  }

  /* The current tier's band: a tint, which alone is too faint to see, and an outline that
     stands out from the surface and the tint (WCAG 1.4.11), so the band is seen without color. */
  .row {
    fill: var(--_accent-soft);
    fill-opacity: 0.5;
    stroke: var(--_muted);
    stroke-width: 1;
    opacity: 0;
    transition: opacity 120ms;
  }

  .is-current .row {
    opacity: 1;
  }

  .mark.is-showing .bar {
    stroke: var(--_ink);
    stroke-width: 2;
  }

  .tier-title {
    font-weight: 600;
  }

  .tier-salary,
  .tier-meta,
  .tier-years,
  .tier-years-inside,
  .axis-title {
    font-size: 12px;
  }

  .tier-salary,
  .tier-meta,
  .axis-title {
    fill: var(--_muted);
  }

  .tier-years,
  .tier-years-inside {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }

  .tier-years-inside {
    fill: var(--_accent-ink);
  }

  .spine {
    stroke: var(--_grid);
    stroke-width: 2;
  }

  /* Every summary sits in the same grid cell; only the current one is visible. The panel is
     therefore as tall as the longest, and changing tiers moves nothing below it. */
  .details {
    display: grid;
    box-sizing: border-box;
    margin-top: 12px;
    padding-top: 10px;
    border-top: 1px solid var(--_grid);
    line-height: 20px;
  }

  .detail {
    grid-area: 1 / 1;
    visibility: hidden;
    max-width: 680px;
  }

  .detail.is-current {
    visibility: visible;
  }

  .detail p {
    margin: 0;
  }

  .detail-title {
    font-weight: 600;
  }

  .detail-meta {
    color: var(--_muted);
  }

  .detail .detail-summary {
    margin-top: 4px;
  }

  @media (prefers-reduced-motion: reduce) {
    .bar,
    .row {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .bar {
      fill: CanvasText;
    }
    .is-open .bar {
      stroke: CanvasText;
    }
    .fade-from,
    .fade-to {
      stop-color: CanvasText;
    }
    .tier-years-inside {
      fill: Canvas;
    }
    /* The current tier's row is outlined in the system's highlight color: a translucent fill
       turns into a grey band under the words once colors are forced. */
    .row {
      fill: none;
      stroke: Highlight;
      stroke-width: 2;
    }
    .is-current .row {
      opacity: 1;
    }
    .spine {
      stroke: CanvasText;
    }
    .mark.is-showing .bar {
      stroke: Highlight;
    }
  }

  /* On paper the table under the chart has every tier's summary: the panel, which shows one
     at a time, would repeat one of them, and the band that marks its tier (data-screen-only)
     would mean nothing. */
  @media print {
    .details {
      display: none;
    }
  }
`;
