/**
 * Spreads the first drawing of many charts over several tasks.
 *
 * When a guide arrives, every element waiting for it becomes ready in the same task, and drawing
 * them all at once made one long task (about 150 ms for a demo page's worth of charts, 600 ms on a
 * phone's CPU) during which the page could not answer a tap or a key. Each chart's first drawing
 * now takes a turn: the charts drawn within one task share a budget of a few milliseconds, and the
 * rest wait for the next task, in the order they asked, with their placeholders keeping their
 * size. A lone chart draws at once, as before. Later redraws (a resize, new data) do not queue:
 * they concern charts the reader already sees; nor do charts with `loading="eager"`.
 *
 * The price: between tasks the browser may lay out and paint the page, so a great many charts
 * drawn in turns take longer in all than drawn in one go, as eager ones are.
 */
import type { ReactiveControllerHost } from 'lit';

/** Milliseconds of drawing per task: well under the 50 ms that makes a task "long". */
const BUDGET_MS = 8;

const waiting: ReactiveControllerHost[] = [];
const admitted = new WeakSet<ReactiveControllerHost>();
/** When the current task's budget runs out; 0 when no task has drawn yet. */
let budgetEnds = 0;
let channel: MessageChannel | undefined;

/**
 * Whether `host` may draw its chart for the first time now. If not, it is queued, and asked to
 * update again when its turn comes.
 */
export function takeTurn(host: ReactiveControllerHost): boolean {
  if (admitted.has(host)) {
    admitted.delete(host);
    return true;
  }
  const now = performance.now();
  if (budgetEnds === 0) {
    budgetEnds = now + BUDGET_MS;
    nextTask();
  }
  if (now < budgetEnds && waiting.length === 0) return true;
  if (!waiting.includes(host)) waiting.push(host);
  return false;
}

/** Runs `drain` in a new task: a message, which unlike setTimeout is never clamped to 4 ms. */
function nextTask(): void {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => void drain();
  }
  channel.port2.postMessage(undefined);
}

/** A new task: lets the waiting charts draw, one after the other, until the budget is spent. */
async function drain(): Promise<void> {
  budgetEnds = performance.now() + BUDGET_MS;
  while (waiting.length > 0 && performance.now() < budgetEnds) {
    const host = waiting.shift()!;
    admitted.add(host);
    host.requestUpdate();
    await host.updateComplete;
  }
  if (waiting.length > 0) nextTask();
  else budgetEnds = 0;
}
