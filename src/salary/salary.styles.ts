import { css } from 'lit';

/** Styles of `<career-salary>`; colors come from the shared tokens. */
export const salaryStyles = css`
  :host {
    --_bar-radius: var(--career-salary-bar-radius, 3px);
  }

  .bar {
    fill: var(--_accent);
    transition: opacity 120ms;
  }

  .mark-range .bar {
    fill: var(--_accent-soft);
    stroke: var(--_accent);
    stroke-width: 1;
  }

  .band {
    fill: var(--_accent);
    opacity: 0.45;
  }

  .mark-top .bar {
    fill: var(--_highlight);
  }

  .label {
    font-weight: 500;
  }

  .value {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }

  .mark.is-showing .bar {
    stroke: var(--_ink);
    stroke-width: 2;
  }

  .median-line {
    stroke: var(--_ink);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }

  .median-marker {
    fill: var(--_ink);
    stroke: var(--_surface);
    stroke-width: 1.5;
  }

  .median-label {
    font-size: 12px;
    font-weight: 600;
  }

  /* Lines of 18px at 12px, 6px below the readout: the height salary.layout.ts keeps for them. */
  .notes {
    box-sizing: border-box;
    padding-top: 6px;
    font-size: 12px;
    line-height: 18px;
    color: var(--_muted);
  }

  .notes p {
    margin: 0;
  }

  @media (prefers-reduced-motion: reduce) {
    .bar {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .bar,
    .mark-top .bar {
      fill: CanvasText;
    }
    .mark-range .bar {
      fill: Canvas;
      stroke: CanvasText;
    }
    .band {
      fill: CanvasText;
    }
    .median-line,
    .median-marker {
      stroke: CanvasText;
      fill: CanvasText;
    }
    .mark.is-showing .bar {
      stroke: Highlight;
    }
  }
`;
