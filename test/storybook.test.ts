/**
 * The built catalogue (storybook-static, made by `npm run build-storybook`, which `npm test`
 * runs first): every story renders its element without Storybook's error screen, settles in a
 * state, and is axe-clean.
 */
import { expect } from '@open-wc/testing';

interface StoryEntry {
  readonly id: string;
  readonly title: string;
  readonly name: string;
  readonly type: 'story' | 'docs';
}

type AxeResults = { violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] };
type StoryWindow = Window & { axe?: { run(context: Element, options: object): Promise<AxeResults> } };
type CareerElement = HTMLElement & { state: { status: string }; updateComplete: Promise<boolean> };

const index = await (await fetch('/storybook-static/index.json')).json();
const stories = (Object.values(index.entries) as StoryEntry[]).filter((entry) => entry.type === 'story');
const axeSource = await (await fetch('/node_modules/axe-core/axe.min.js')).text();

const ELEMENTS = 'career-salary, career-tiers, career-skills, career-demand, career-facts, career-day, career-balance, career-guide';

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

describe('Storybook catalogue', () => {
  it('has a story for every element in every common state', () => {
    const titles = new Set(stories.map((story) => story.title));
    for (const tag of ['salary', 'tiers', 'skills', 'demand', 'facts', 'day', 'balance', 'guide']) {
      expect(titles, tag).to.include(`Elements/career-${tag}`);
      const names = stories.filter((story) => story.title === `Elements/career-${tag}`).map((story) => story.name);
      for (const state of ['Ready', 'Loading', 'Empty', 'Invalid Data', 'Network Error', 'Narrow', 'Dark']) expect(names, `${tag}: ${state}`).to.include(state);
    }
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
