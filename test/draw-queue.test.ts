/** Charts' first drawings take turns (src/element/draw-queue.ts): a few per task, in order. */
import { expect, waitUntil } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import { takeTurn } from '../src/element/draw-queue.js';

/** A host whose drawing takes `ms` of busy time, recording which task drew it. */
function host(name: string, ms: number, log: { name: string; task: number }[], task: () => number): ReactiveControllerHost {
  const self: ReactiveControllerHost = {
    addController: () => {},
    removeController: () => {},
    requestUpdate: () => {
      if (!takeTurn(self)) return;
      const end = performance.now() + ms;
      while (performance.now() < end) {
        // drawing
      }
      log.push({ name, task: task() });
    },
    updateComplete: Promise.resolve(true),
  };
  return self;
}

describe('takeTurn', () => {
  it('lets one task draw a few charts, then the rest in later tasks, each in its turn, none lost', async () => {
    // Count tasks: a message is a new task, like the queue's own.
    let task = 0;
    const channel = new MessageChannel();
    let counting = true;
    channel.port1.onmessage = () => {
      task += 1;
      if (counting) channel.port2.postMessage(undefined);
    };
    channel.port2.postMessage(undefined);
    await new Promise((resolve) => setTimeout(resolve));

    const log: { name: string; task: number }[] = [];
    const hosts = Array.from({ length: 12 }, (_, i) => host(`chart ${i}`, 3, log, () => task));
    const first = task;
    for (const each of hosts) each.requestUpdate();
    const drawnAtOnce = log.length;
    await waitUntil(() => log.length === hosts.length, 'not every chart was drawn', { timeout: 3000 });
    counting = false;

    expect(drawnAtOnce, 'drawn in the first task').to.be.within(1, 4);
    expect(log.map((entry) => entry.name)).to.deep.equal(hosts.map((_, i) => `chart ${i}`));
    expect(log[0]!.task).to.equal(first);
    // No task drew more than its budget allows (8 ms; 3 ms each, so at most 3 or 4).
    const perTask = new Map<number, number>();
    for (const entry of log) perTask.set(entry.task, (perTask.get(entry.task) ?? 0) + 1);
    expect(Math.max(...perTask.values())).to.be.at.most(4);
    expect(perTask.size).to.be.at.least(3);
  });

  it('lets a lone chart draw at once', async () => {
    await new Promise((resolve) => setTimeout(resolve, 20));
    const log: { name: string; task: number }[] = [];
    host('alone', 1, log, () => 0).requestUpdate();
    expect(log).to.have.length(1);
  });
});
