/**
 * The elements in React 19 with no wrapper library: React.createElement (no JSX transform in the
 * test runner) and react-dom/client's createRoot, as a React app would use them.
 *
 * What React 19 does with a custom element, as these tests observe it:
 * - a prop whose name is a property of the element (`data`, `src`, `locale`, `theme`,
 *   `headingLevel`) is assigned to that property, the object itself for `data`; the element then
 *   reflects `src`, `locale`, `theme` to attributes on its own update;
 * - any other prop (`heading-level`) becomes an attribute, and so does every prop on a tag that
 *   is not defined yet, an object as "[object Object]": define the elements before React
 *   renders them;
 * - a prop `on` + event name with a function (`oncareer-load`) is added with addEventListener
 *   for that exact event name (`career-load`), on the element itself; the handler gets the
 *   element's own event object (a CareerLoadEvent), not a synthetic event; a new function on
 *   re-render replaces the old listener;
 * - a prop left out on re-render is set to `undefined`.
 * Seen while writing them, not tested: such event props work on custom elements only; on a
 * `div`, React 19 warns "Unknown event handler property `oncareer-selectCapture`" and ignores it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { createElement as h, Fragment, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import '../src/index.js';
import { CareerSalary } from '../src/salary/salary.js';
import type { CareerSkills } from '../src/skills/skills.js';
import type { GuideElement } from '../src/element/guide-element.js';
import { CareerErrorEvent, CareerLoadEvent, CareerSelectEvent } from '../src/element/events.js';
import { clearGuideCache } from '../src/data/load.js';
import { SAMPLE_URL, sampleGuide } from './support/guides.js';
import { container, settled, shadow, text, uniqueKey } from './support/dom.js';
import { ELEMENTS as REGISTRY } from '../src/registry.js';
import { faultAborted } from './support/server.js';

const ELEMENTS = REGISTRY.map((element) => element.tag);

const marks = (el: Element) => [...shadow(el).querySelectorAll<SVGGElement>('.mark')];
const valueTexts = (el: Element) => [...shadow(el).querySelectorAll('.value')].map((node) => text(node));

/** An event handler that records what it was called with. */
function recorder<E extends Event>(): ((event: E) => void) & { calls: E[] } {
  const calls: E[] = [];
  return Object.assign((event: E) => void calls.push(event), { calls });
}

let root: Root | undefined;
let host: HTMLDivElement;

/** Renders `node` synchronously into a 720px container, as a React app's root would. */
function render(node: ReactNode): void {
  flushSync(() => root!.render(node));
}

/** The one element of `tag` that React rendered. */
function rendered<T extends GuideElement>(tag: string): T {
  const el = host.querySelector<T>(tag);
  if (!el) throw new Error(`React did not render <${tag}>`);
  return el;
}

beforeEach(async () => {
  host = await container(720);
  root = createRoot(host);
});

afterEach(() => {
  root?.unmount();
  root = undefined;
  clearGuideCache();
});

describe('React 19, no wrapper', () => {
  describe('properties and attributes', () => {
    it('hands the guide to the data property, the same object, never as an attribute', async () => {
      const guide = sampleGuide();
      render(h('career-salary', { data: guide }));
      const el = rendered<CareerSalary>('career-salary');
      expect(el.data).to.equal(guide);
      expect(el.hasAttribute('data')).to.equal(false);
      await settled(el);
      expect(el.state).to.deep.include({ status: 'ready', source: 'data' });
      expect(valueTexts(el)).to.deep.equal(['$70,000–$130,000', '$79,000', '$100,000', '$121,000', '$130,000+']);
    });

    it('sets src, locale and theme as properties, which the element reflects to attributes', async () => {
      render(h('career-salary', { src: SAMPLE_URL, locale: 'de-DE', theme: 'dark' }));
      const el = rendered<CareerSalary>('career-salary');
      // Right after React's commit: the properties are set, the attributes not yet (React 19
      // assigns known properties; Lit reflects them on its first update).
      expect([el.src, el.locale, el.theme]).to.deep.equal([SAMPLE_URL, 'de-DE', 'dark']);
      expect(el.hasAttribute('src')).to.equal(false);
      await settled(el);
      expect([el.getAttribute('src'), el.getAttribute('locale'), el.getAttribute('theme')]).to.deep.equal([SAMPLE_URL, 'de-DE', 'dark']);
      expect(el.state).to.deep.include({ status: 'ready', source: 'src' });
      expect(valueTexts(el)[1]).to.equal('79.000\u00a0$');
    });

    it('passes heading-level as an attribute and headingLevel as a property', async () => {
      render(h('career-skills', { data: sampleGuide(), 'heading-level': 4 }));
      const el = rendered<CareerSkills>('career-skills');
      expect(el.getAttribute('heading-level')).to.equal('4');
      await settled(el);
      expect(el.headingLevel).to.equal(4);
      expect(shadow(el).querySelectorAll('h4')).to.have.length(3);
      render(h('career-skills', { data: el.data, headingLevel: 5 }));
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('h5')).to.have.length(3);
    });

    it('needs the element defined first: on an undefined tag the same props become attributes', async () => {
      // What a page that loads the elements after React's first render would get.
      const tag = `career-late-${uniqueKey()}`;
      render(h(tag, { data: sampleGuide(), theme: 'dark' }));
      const el = host.querySelector(tag)!;
      expect(el.getAttribute('data')).to.equal('[object Object]');
      customElements.define(tag, class extends CareerSalary {});
      const upgraded = el as CareerSalary;
      await upgraded.updateComplete;
      expect(upgraded.theme).to.equal('dark');
      expect(upgraded.data).to.equal(undefined);
      expect(upgraded.state.status).to.equal('idle');
    });

    it('renders every element from React, each with its own career-load', async () => {
      const guide = sampleGuide();
      // Who dispatched each event, read while it is dispatched: the charts inside <career-guide>
      // fire their own career-load, which bubbles (composed) out of it, retargeted to it.
      const origins = new Map<string, EventTarget[]>(ELEMENTS.map((tag) => [tag, []]));
      const onLoad = (tag: string) => (event: CareerLoadEvent) => origins.get(tag)!.push(event.composedPath()[0]!);
      render(h(Fragment, null, ...ELEMENTS.map((tag) => h(tag, { key: tag, data: guide, 'oncareer-load': onLoad(tag) }))));
      for (const tag of ELEMENTS) {
        const el = await settled(rendered(tag));
        expect(el.state, tag).to.deep.include({ status: 'ready', source: 'data' });
        expect(origins.get(tag)!.filter((origin) => origin === el), `${tag}: own career-load events`).to.have.length(1);
      }
    });
  });

  describe('events through oncareer-* props', () => {
    it('hears career-load once, as a CareerLoadEvent', async () => {
      const onLoad = recorder<CareerLoadEvent>();
      render(h('career-salary', { data: sampleGuide(), 'oncareer-load': onLoad }));
      const el = await settled(rendered<CareerSalary>('career-salary'));
      expect(onLoad.calls).to.have.length(1);
      const [event] = onLoad.calls;
      expect(event).to.be.instanceOf(CareerLoadEvent);
      expect(event!.target).to.equal(el);
      expect(event!.detail).to.deep.include({ source: 'data', empty: false });
    });

    it('hears career-error for a failing src', async () => {
      const onError = recorder<CareerErrorEvent>();
      render(h('career-salary', { src: '/faults/status/503', 'oncareer-error': onError }));
      const el = await settled(rendered<CareerSalary>('career-salary'), 'error');
      await waitUntil(() => onError.calls.length > 0, 'no career-error reached the React handler');
      const [event] = onError.calls;
      expect(event).to.be.instanceOf(CareerErrorEvent);
      expect(event!.detail).to.deep.include({ kind: 'http', status: 503, retryable: true });
      expect(shadow(el).querySelector('[role="alert"]')).to.exist;
    });

    it('hears career-select when a reader activates a bar', async () => {
      const onSelect = recorder<CareerSelectEvent>();
      render(h('career-salary', { data: sampleGuide(), 'oncareer-select': onSelect }));
      const el = await settled(rendered<CareerSalary>('career-salary'));
      marks(el)[1]!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      expect(onSelect.calls).to.have.length(1);
      expect(onSelect.calls[0]).to.be.instanceOf(CareerSelectEvent);
      expect(onSelect.calls[0]!.detail).to.deep.equal({ kind: 'salary', id: 'entry', label: 'Entry-Level', value: 79000 });
    });
  });

  describe('updates', () => {
    it('re-renders with new data and swaps the handler', async () => {
      const first = recorder<CareerLoadEvent>();
      render(h('career-salary', { data: sampleGuide(), 'oncareer-load': first }));
      const el = await settled(rendered<CareerSalary>('career-salary'));
      expect(valueTexts(el)[1]).to.equal('$79,000');

      const next = sampleGuide();
      next.salary!.levels![0] = { ...next.salary!.levels![0]!, amount: 85000 };
      const second = recorder<CareerLoadEvent>();
      render(h('career-salary', { data: next, 'oncareer-load': second }));
      expect(rendered('career-salary')).to.equal(el); // the same node, updated in place
      expect(el.data).to.equal(next);
      await settled(el);
      await waitUntil(() => valueTexts(el)[1] === '$85,000', `the chart still shows ${valueTexts(el)[1]}`);
      expect(first.calls).to.have.length(1);
      expect(second.calls).to.have.length(1);
      expect(second.calls[0]!.detail.guide.salary!.levels![0]!.amount).to.equal(85000);
    });

    it('falls back to src when the data prop is left out', async () => {
      render(h('career-salary', { data: { schemaVersion: 1 }, src: SAMPLE_URL }));
      const el = await settled(rendered<CareerSalary>('career-salary'));
      expect(shadow(el).querySelector('[part="empty"]')).to.exist;
      render(h('career-salary', { src: SAMPLE_URL }));
      expect(el.data).to.equal(undefined);
      await settled(el);
      expect(el.state).to.deep.include({ status: 'ready', source: 'src' });
      expect(marks(el)).to.have.length(5);
    });

    it('changes theme and locale on re-render', async () => {
      const guide = sampleGuide();
      render(h('career-salary', { data: guide }));
      const el = await settled(rendered<CareerSalary>('career-salary'));
      const fill = () => getComputedStyle(marks(el)[1]!.querySelector('.bar')!).fill;
      const light = fill();
      render(h('career-salary', { data: guide, theme: 'dark', locale: 'fr-FR' }));
      await el.updateComplete;
      expect(el.getAttribute('theme')).to.equal('dark');
      expect(fill()).not.to.equal(light);
      expect(valueTexts(el)[1]).to.equal('79\u202f000\u00a0$US');
    });
  });

  describe('unmounting', () => {
    /** Errors thrown outside the test's own calls (custom element reactions, promises) during `run`. */
    async function uncaughtDuring(run: () => void | Promise<void>): Promise<unknown[]> {
      const uncaught: unknown[] = [];
      const record = (event: ErrorEvent | PromiseRejectionEvent) => {
        uncaught.push('reason' in event ? event.reason : event.error);
        event.preventDefault();
      };
      window.addEventListener('error', record);
      window.addEventListener('unhandledrejection', record);
      try {
        await run();
        await new Promise((resolve) => setTimeout(resolve, 50));
      } finally {
        window.removeEventListener('error', record);
        window.removeEventListener('unhandledrejection', record);
      }
      return uncaught;
    }

    it('unmounts a ready element without throwing', async () => {
      render(h('career-salary', { data: sampleGuide() }));
      const el = await settled(rendered<CareerSalary>('career-salary'));
      const uncaught = await uncaughtDuring(() => {
        expect(() => root!.unmount()).not.to.throw();
        root = undefined;
      });
      expect(uncaught).to.deep.equal([]);
      expect(el.isConnected).to.equal(false);
      expect(host.childElementCount).to.equal(0);
    });

    it('unmounts mid-load: the request is aborted, no error is reported, nothing throws', async () => {
      const key = uniqueKey();
      const onError = recorder<CareerErrorEvent>();
      render(h('career-salary', { src: `/faults/never/${key}`, 'oncareer-error': onError }));
      const el = await settled(rendered<CareerSalary>('career-salary'), 'loading');
      await new Promise((resolve) => setTimeout(resolve, 100));
      const uncaught = await uncaughtDuring(async () => {
        expect(() => root!.unmount()).not.to.throw();
        root = undefined;
        await waitUntil(() => faultAborted(key), 'the request was not aborted on unmount');
        await el.updateComplete;
      });
      expect(uncaught).to.deep.equal([]);
      expect(onError.calls).to.have.length(0);
    });
  });
});
