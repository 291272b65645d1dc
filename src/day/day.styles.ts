import { css } from 'lit';

/**
 * Styles of `<career-day>`; colors come from the shared tokens. Text sizes, the task lists'
 * 20px lines and their insets are those the layout assumes (`FONT`, `FOCUS`, `SMALL`, `TASKS`).
 */
export const dayStyles = css`
  /* The soft fill is too faint to show a block's span on its own (WCAG 1.4.11): an accent
     outline draws it. */
  .bar {
    fill: var(--_accent-soft);
    stroke: var(--_accent);
    stroke-width: 1;
  }

  .strip,
  .vertical .bar {
    fill: var(--_accent);
  }

  .mark.is-showing .bar {
    stroke: var(--_ink);
    stroke-width: 2;
  }

  .day-label {
    font-weight: 600;
  }

  .day-time {
    font-size: 12px;
    fill: var(--_muted);
    font-variant-numeric: tabular-nums;
  }

  .day-focus {
    font-size: 13px;
  }

  .spine {
    stroke: var(--_grid);
    stroke-width: 2;
  }

  /* Every task is on screen: in columns under their bars when wide, block after block when
     narrow. The reserved height is the layout's estimate, at least the real height. */
  .tasks {
    box-sizing: border-box;
    margin-top: 8px;
    line-height: 20px;
  }

  .tasks.columns {
    display: flex;
    align-items: stretch;
  }

  .task-column {
    box-sizing: border-box;
    flex: none;
    padding-inline: 12px 8px;
    border-inline-start: 2px solid var(--_grid);
  }

  .task-column.is-showing {
    border-inline-start-color: var(--_accent);
  }

  .task-group + .task-group {
    margin-top: 12px;
  }

  .task-heading {
    margin: 0 0 4px;
    font-weight: 600;
  }

  .task-group.is-showing .task-heading {
    text-decoration: underline;
    text-decoration-color: var(--_accent);
    text-decoration-thickness: 2px;
    text-underline-offset: 3px;
  }

  /* A text bullet, not the drawn disc: Firefox gives a disc marker a box of its own that
     stretches the first line past the fixed line height, so the lists outgrew the height the
     layout reserves for them. */
  .tasks ul {
    margin: 0;
    padding-inline-start: 18px;
    list-style-type: '• ';
  }

  .tasks li + li {
    margin-top: 4px;
  }

  @media (forced-colors: active) {
    .bar {
      fill: Canvas;
      stroke: CanvasText;
    }
    .strip,
    .vertical .bar {
      fill: CanvasText;
    }
    .spine {
      stroke: CanvasText;
    }
    .mark.is-showing .bar {
      stroke: Highlight;
    }
    .task-column.is-showing {
      border-inline-start-color: Highlight;
    }
  }
`;
