import { css } from 'lit';

/**
 * Styles of `<career-demand>`; colors come from the shared tokens. Font sizes and line heights
 * are in px and match `TEXT` in `demand.layout.ts`, which wraps the text to place it.
 */
export const demandStyles = css`
  .demand {
    position: relative;
  }

  .gauge,
  .growth,
  .note {
    position: absolute;
    box-sizing: border-box;
    margin: 0;
    overflow-wrap: anywhere;
  }

  .gauge {
    text-align: center;
  }

  .gauge svg {
    margin-inline: auto;
  }

  .segment {
    fill: var(--_grid);
    stroke: var(--_muted);
    stroke-width: 1;
    /* The outline draws the scale's steps: 3:1 against the surface in both themes (WCAG 1.4.11). */
    stroke-opacity: 0.75;
  }

  .segment.is-current {
    fill: var(--_accent);
    stroke: var(--_accent);
    stroke-opacity: 1;
  }

  /* The needle and hub: ink with a halo of the surface, readable over any segment. */
  .needle,
  .hub {
    fill: var(--_ink);
    stroke: var(--_surface);
    stroke-width: 2;
    paint-order: stroke;
  }

  .end {
    fill: var(--_muted);
    font-size: 12px;
  }

  .word {
    display: block;
    font-size: 28px;
    line-height: 34px;
    font-weight: 700;
  }

  .demand-source,
  .growth-source {
    display: block;
    font-size: 12px;
    line-height: 18px;
    color: var(--_muted);
  }

  .growth p {
    margin: 0;
  }

  .growth-value,
  .growth-label {
    display: block;
  }

  .growth-value {
    font-size: 28px;
    line-height: 34px;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }

  .growth-label,
  .growth-status {
    font-size: 14px;
    line-height: 20px;
  }

  .growth-label {
    color: var(--_muted);
  }

  .growth-source {
    margin-block-start: 4px;
  }

  .note {
    font-size: 14px;
    line-height: 20px;
    text-wrap: pretty;
  }

  /* Not interactive: no readout line under the gauge (the placeholder has none either). */
  .readout {
    display: none;
  }

  @media (forced-colors: active) {
    .segment {
      fill: Canvas;
      stroke: CanvasText;
      stroke-opacity: 1;
    }
    .segment.is-current {
      fill: Highlight;
      stroke: CanvasText;
    }
    .needle,
    .hub {
      fill: CanvasText;
      stroke: Canvas;
    }
    .end {
      fill: CanvasText;
    }
  }
`;
