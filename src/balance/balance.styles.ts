import { css } from 'lit';

/**
 * Styles of `<career-balance>`; colors come from the shared tokens. Sizes the reserved loading
 * height depends on arrive from the layout as private `--_*` properties.
 */
export const balanceStyles = css`
  .meter-label {
    font-size: var(--_label-size);
    line-height: var(--_label-line);
    font-weight: 500;
    color: var(--_muted);
  }

  .meter-word {
    font-size: var(--_word-size);
    line-height: var(--_word-line);
    font-weight: 600;
    margin-bottom: var(--_word-gap);
  }

  .scale {
    flex: none;
  }

  /* Up to the level: solid. Above it: an outline only. The shape, not the hue, tells them apart. */
  .segment.filled {
    fill: var(--_accent);
  }

  .segment.empty {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1.5;
    stroke-dasharray: 3 2;
  }

  .marker {
    fill: var(--_ink);
  }

  .end {
    font-size: 12px;
    fill: var(--_muted);
  }

  .text {
    box-sizing: border-box;
    font-size: var(--_text-size);
    line-height: var(--_text-line);
  }

  .text p {
    margin: 0;
  }

  .text p + p {
    margin-top: var(--_paragraph-gap);
  }

  @media (prefers-reduced-motion: reduce) {
    .meter {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .meter {
      border-color: CanvasText;
    }
    .segment.filled,
    .marker {
      fill: CanvasText;
    }
    .segment.empty {
      stroke: CanvasText;
    }
    .end {
      fill: CanvasText;
    }
  }

  @media print {
    .meter {
      break-inside: avoid;
    }
  }
`;
