import { css } from 'lit';

/**
 * Styles of `<career-facts>`; colors come from the shared tokens. Every size a tile's height
 * depends on arrives from the layout as a private `--_*` property, so the CSS and the reserved
 * loading height cannot disagree.
 */
export const factsStyles = css`
  .tiles {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  /* The figure stands first on screen; in the document the label comes first, so a screen
     reader says "growth rate, 9%". */
  .value {
    order: -1;
    display: flex;
    flex-direction: column;
    justify-content: flex-end;
    align-items: flex-start;
    height: var(--_value-height);
    font-weight: 700;
    overflow-wrap: anywhere;
  }

  .kind-number .value {
    font-size: var(--_number-size);
    line-height: var(--_number-line);
    font-variant-numeric: tabular-nums;
    letter-spacing: -0.01em;
  }

  .kind-word .value {
    font-size: var(--_word-size);
    line-height: var(--_word-line);
    font-weight: 600;
    overflow-wrap: break-word;
  }

  .glyph {
    flex: none;
    width: var(--_glyph);
    height: var(--_glyph);
    margin-bottom: var(--_glyph-gap);
    color: var(--_accent);
    fill: none;
    stroke: currentColor;
    stroke-width: 1.8;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .term {
    margin-top: var(--_label-gap);
    font-size: var(--_label-size);
    line-height: var(--_label-line);
    color: var(--_muted);
    font-weight: 500;
  }

  .detail {
    margin-top: var(--_meta-gap);
  }

  .detail,
  .source {
    font-size: var(--_meta-size);
    line-height: var(--_meta-line);
    color: var(--_muted);
  }

  /* The source is a footnote: it sits at the foot of the tile, level across a row. */
  .source {
    margin-top: auto;
    padding-top: var(--_meta-gap);
  }

  @media (prefers-reduced-motion: reduce) {
    .tile {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .tile {
      border-color: CanvasText;
    }
    .glyph {
      color: CanvasText;
    }
  }

  @media print {
    .tile {
      break-inside: avoid;
    }
  }
`;
