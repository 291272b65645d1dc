/**
 * Copying the studio's snippets from their read-only boxes: to the clipboard where the page may
 * write it, else the text is selected for Ctrl+C; and the box itself, drawn the same for each.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

/** How long a copy confirmation stays. */
const CONFIRMATION_MS = 6000;

/** Copies the text of `area` and answers with the sentence that tells the editor what happened. */
export async function copyFromArea(area: HTMLTextAreaElement): Promise<string> {
  try {
    if (typeof navigator.clipboard?.writeText !== 'function') throw new Error('no clipboard');
    await navigator.clipboard.writeText(area.value);
    return 'Copied to the clipboard.';
  } catch {
    // Out of reach (plain http, no permission): the text is selected instead.
    area.focus();
    area.select();
    return 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
  }
}

/** The confirmations of a page's copy buttons, one per code box, each shown for a few seconds. */
export class CopyController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly onCopied: (id: string) => void;
  private readonly messages = new Map<string, string>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  /** `onCopied` hears of each code copied (or selected for Ctrl+C). */
  constructor(host: ReactiveControllerHost & HTMLElement, onCopied: (id: string) => void = () => {}) {
    this.host = host;
    this.onCopied = onCopied;
    host.addController(this);
  }

  hostDisconnected(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
  }

  /** What the copy button of the box `id` last did, while it shows. */
  status(id: string): string {
    return this.messages.get(id) ?? '';
  }

  /** Copies the code of the box `id` (`#<id>-code`) and says so. */
  async copy(id: string): Promise<void> {
    const area = this.host.querySelector<HTMLTextAreaElement>(`#${id}-code`);
    if (!area) return;
    const message = await copyFromArea(area);
    this.onCopied(id);
    // Emptied first, so the same message twice is announced twice.
    this.say(id, '');
    await this.host.updateComplete;
    this.say(id, message);
    clearTimeout(this.timers.get(id));
    this.timers.set(
      id,
      setTimeout(() => this.say(id, ''), CONFIRMATION_MS),
    );
  }

  private say(id: string, message: string): void {
    this.messages.set(id, message);
    this.host.requestUpdate();
  }
}

/** One code box: its heading, a hint, the code read-only, and its copy button with the confirmation. */
export interface CodeBox {
  /** The prefix of its ids: `<id>-title`, `-hint`, `-code`, `-copy`, `-status`. */
  readonly id: string;
  readonly title: string;
  readonly hint: string;
  readonly code: string;
  /** The copy button's text. */
  readonly copyLabel: string;
  readonly copies: CopyController;
  /** The box's class, for the page's stylesheet. */
  readonly className?: string;
}

/** Draws a code box. */
export function renderCodeBox(box: CodeBox): TemplateResult {
  const { id } = box;
  return html`<div class=${box.className ?? 'snippet'}>
    <h3 id="${id}-title">${box.title}</h3>
    <p class="hint" id="${id}-hint">${box.hint}</p>
    <textarea id="${id}-code" class="code" readonly spellcheck="false" rows="4" aria-labelledby="${id}-title" aria-describedby="${id}-hint" .value=${live(box.code)}></textarea>
    <div class="copy-row">
      <button type="button" id="${id}-copy" @click=${() => void box.copies.copy(id)}>${box.copyLabel}</button>
      <span class="copy-status" id="${id}-status" role="status" aria-live="polite">${box.copies.status(id)}</span>
    </div>
  </div>`;
}
