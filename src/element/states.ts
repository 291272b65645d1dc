import { html, nothing, type TemplateResult } from 'lit';
import type { GuideError } from '../data/errors.js';
import type { CommonWords } from '../i18n/messages.js';

/** How many validation issues an error box lists; the rest are counted. */
const MAX_SHOWN_ISSUES = 5;

/**
 * The ready chart's outline while the guide loads: a caption line, the chart's height, a readout
 * line and, for a chart with a table or downloads, the line of its buttons. Same structure and
 * frame as the chart, so the page does not move when the guide arrives. The chart's height is
 * the one the element reserves at its width, set by its generated sheet (`<name>.reserved.ts`)
 * through a container query: no script measures or sets it, so server-rendered HTML holds the
 * same space.
 */
export function renderPlaceholder(words: CommonWords, { busy, buttonRow }: { busy: boolean; buttonRow: boolean }): TemplateResult {
  return html`<div class="placeholder" part="placeholder" aria-busy=${String(busy)}>
    <div class="caption"><span class="skeleton-text"></span></div>
    <div class="skeleton-chart"></div>
    <p class="readout"></p>
    ${buttonRow ? html`<div class="table-toggle"></div>` : nothing}
    ${busy ? html`<span class="visually-hidden" role="status">${words.loading}</span>` : nothing}
  </div>`;
}

/** A guide without the element's section: one sentence. */
export function renderEmpty(message: string): TemplateResult {
  return html`<div class="state empty" part="empty"><p>${message}</p></div>`;
}

/**
 * Why the guide cannot be shown: the message, the first few issues with their paths, the URL
 * for a network error, and a retry button when trying again may help.
 */
/**
 * An error's message as the sentence it is on screen, after the title: one about the whole
 * guide starts with a capital ("The guide is larger than 2.0 MB"); one that starts with a path
 * keeps the path as written, since it names fields of the data.
 */
function onScreen(error: GuideError): string {
  const ledByPath = error.issues[0]?.path !== undefined && error.issues[0].path !== '';
  return ledByPath ? error.message : error.message.charAt(0).toUpperCase() + error.message.slice(1);
}

export function renderError(error: GuideError, words: CommonWords, retry: () => void): TemplateResult {
  const issues = error.issues.filter((issue) => issue.code !== 'too_many_issues');
  const shown = issues.slice(0, MAX_SHOWN_ISSUES);
  const hidden = error.issues.length - shown.length;
  const where = error.url ? html` <span class="where">(${error.url})</span>` : nothing;
  return html`<div class="state error" part="error" role="alert">
    <p class="message">${words.errorTitle}</p>
    <p>${onScreen(error)}${error.issues.length > 0 ? nothing : where}</p>
    ${shown.length > 1
      ? html`<ul>
          ${shown.map((issue) => html`<li><code>${issue.path || '(document)'}</code>: ${issue.message}</li>`)}
          ${hidden > 0 ? html`<li>${words.moreIssues(hidden)}</li>` : nothing}
        </ul>`
      : nothing}
    ${error.retryable ? html`<button type="button" part="retry" @click=${retry}>${words.retry}</button>` : nothing}
  </div>`;
}
