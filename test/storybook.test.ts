/**
 * The built catalogue (storybook-static, made by `npm run build-storybook`, which `npm test`
 * runs first): every story renders its element without Storybook's error screen, settles in a
 * state, and is axe-clean.
 */
import { expect } from '@open-wc/testing';
import { ELEMENTS as REGISTRY } from '../src/registry.js';
import { fetchJson } from './support/server.js';

interface StoryEntry {
  readonly id: string;
  readonly title: string;
  readonly name: string;
  readonly type: 'story' | 'docs';
}

type AxeResults = { violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] };
type StoryWindow = Window & { axe?: { run(context: Element, options: object): Promise<AxeResults> } };
type CareerElement = HTMLElement & { state: { status: string }; updateComplete: Promise<boolean> };

const index = await fetchJson<{ entries: Record<string, StoryEntry> }>('/storybook-static/index.json');
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const axeSource = await (await fetch('/node_modules/axe-core/axe.min.js')).text();

const ELEMENTS = REGISTRY.map((element) => element.tag).join(', ');

async function openStory(id: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/storybook-static/iframe.html?id=${id}&viewMode=story`;
  document.body.append(frame);
  await loaded;
  return frame;
}

async function until(check: () => boolean, ms = 8000): Promise<boolean> {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return check();
}

const docsPages = Object.values(index.entries).filter((entry) => entry.type === 'docs' && entry.title.startsWith('Docs/'));

/** Every field path of the JSON Schema, as the contract page writes them. */
function schemaPaths(node: { properties?: Record<string, SchemaNode> }, prefix = ''): string[] {
  return Object.entries(node.properties ?? {}).flatMap(([key, child]) => {
    const path = `${prefix}${key}`;
    const object = child.type === 'object' ? child : child.type === 'array' && child.items?.type === 'object' ? child.items : undefined;
    return [child.type === 'array' ? `${path}[]` : path, ...(object ? schemaPaths(object, `${path}.`) : [])];
  });
}
type SchemaNode = { type?: string; items?: SchemaNode; properties?: Record<string, SchemaNode> };

describe('Storybook docs pages', () => {
  it('has the getting started, contract, embedding, studio, theming and accessibility pages', () => {
    expect(docsPages.map((page) => page.title).sort()).to.deep.equal(['Docs/Accessibility', 'Docs/Embedding', 'Docs/Getting started', 'Docs/The data contract', 'Docs/The studio', 'Docs/Theming']);
  });

  for (const page of docsPages) {
    it(`renders ${page.title}`, async function () {
      this.timeout(20_000);
      const frame = document.createElement('iframe');
      frame.style.cssText = 'width:1000px;height:800px';
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.src = `/storybook-static/iframe.html?id=${page.id}&viewMode=docs`;
      document.body.append(frame);
      await loaded;
      try {
        const doc = frame.contentDocument!;
        const ready = await until(() => (doc.querySelector('#storybook-docs')?.textContent ?? '').length > 200);
        expect(ready, 'docs rendered').to.equal(true);
        expect(doc.body.classList.contains('sb-show-errordisplay')).to.equal(false);
        if (page.title === 'Docs/The data contract') {
          // Generated from the schema: every field is documented, so none can go undocumented.
          const schema = await fetchJson<SchemaNode>('/data/career-guide.schema.json');
          const cells = [...doc.querySelectorAll('#storybook-docs td:first-child code')].map((cell) => cell.textContent);
          const paths = schemaPaths(schema);
          expect(paths.length).to.be.greaterThan(60);
          expect(paths.filter((path) => !cells.includes(path))).to.deep.equal([]);
          expect(doc.querySelector('#storybook-docs')!.textContent).to.contain('"Operations Engineer"');
        }
      } finally {
        frame.remove();
      }
    });
  }
});

describe('Storybook catalogue', () => {
  it('has a story for every element in every common state', () => {
    const titles = new Set(stories.map((story) => story.title));
    for (const { tag } of REGISTRY) {
      expect(titles, tag).to.include(`Elements/${tag}`);
      const names = stories.filter((story) => story.title === `Elements/${tag}`).map((story) => story.name);
      for (const state of ['Ready', 'Loading', 'Empty', 'Invalid Data', 'Network Error', 'Narrow', 'Dark']) expect(names, `${tag}: ${state}`).to.include(state);
    }
  });

  it('has the demo story src/registry.js names for every element, among its own', () => {
    for (const { tag, story } of REGISTRY) expect(stories.find((entry) => entry.id === story)?.title, `${tag}: story ${story}`).to.equal(`Elements/${tag}`);
  });

  for (const story of stories) {
    it(`renders ${story.title} / ${story.name}`, async function () {
      this.timeout(20_000);
      const frame = await openStory(story.id);
      try {
        const win = frame.contentWindow as StoryWindow;
        const doc = frame.contentDocument!;
        const errors: string[] = [];
        win.addEventListener('error', (event) => errors.push(event.message));
        const root = () => doc.querySelector('#storybook-root');
        const element = () => root()?.querySelector<CareerElement>(ELEMENTS);
        const rendered = await until(() => {
          const el = element();
          return !!el?.shadowRoot && el.state.status !== 'idle';
        });
        expect(doc.body.classList.contains('sb-show-errordisplay'), 'Storybook error screen').to.equal(false);
        expect(rendered, 'the element rendered and left the idle state').to.equal(true);
        await element()!.updateComplete;
        await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
        const script = doc.createElement('script');
        script.textContent = axeSource;
        doc.head.append(script);
        const results = await win.axe!.run(root()!, { resultTypes: ['violations'] });
        const problems = results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`);
        expect(problems, 'axe violations').to.deep.equal([]);
        expect(errors, 'uncaught errors').to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }
});
