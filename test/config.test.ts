/** Page-wide defaults without code: guides base URL, locale and theme from markup or JavaScript. */
import { expect } from '@open-wc/testing';
import '../src/salary/salary.js';
import type { CareerErrorEvent } from '../src/element/events.js';
import { careerGuideUrl, configureWidgets, widgetDefaults } from '../src/data/config.js';
import { clearGuideCache } from '../src/data/load.js';
import { container, mount, nextEvent, settled, shadow, text } from './support/dom.js';

function setMeta(content: string | undefined): void {
  document.querySelector('meta[name="career-widgets"]')?.remove();
  if (content === undefined) return;
  const meta = document.createElement('meta');
  meta.name = 'career-widgets';
  meta.content = content;
  document.head.append(meta);
}

afterEach(() => {
  setMeta(undefined);
  document.querySelectorAll('script[data-career-guides], script[data-career-locale], script[data-career-theme], script[data-career-downloads]').forEach((script) => script.remove());
  configureWidgets({ guides: undefined, locale: undefined, theme: undefined, downloads: undefined });
  clearGuideCache();
});

describe('page-wide defaults', () => {
  it('loads career="…" from the guides base URL in a meta element', async () => {
    setMeta('guides=/data/');
    const el = await settled(await mount('career-salary', 640, (e) => (e.career = 'operations-engineer')));
    expect(el.state).to.deep.include({ status: 'ready', source: 'src' });
    expect(shadow(el).querySelectorAll('.mark')).to.have.length(5);
  });

  it('reads defaults from data attributes on the script tag', () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.dataset.careerGuides = '/from-script/';
    script.dataset.careerLocale = 'fr-FR';
    document.head.append(script);
    expect(widgetDefaults()).to.deep.include({ guides: '/from-script/', locale: 'fr-FR' });
  });

  it('lets JavaScript configuration win over markup', () => {
    setMeta('guides=/from-meta/; locale=de-DE; theme=dark');
    configureWidgets({ guides: '/from-js/' });
    expect(widgetDefaults()).to.deep.equal({ guides: '/from-js/', locale: 'de-DE', theme: 'dark', downloads: undefined });
    expect(careerGuideUrl('operations-engineer')).to.deep.equal({ url: new URL('/from-js/operations-engineer.json', location.href).href });
  });

  it('turns downloads off page-wide from markup or JavaScript, and ignores other values', () => {
    setMeta('downloads=off');
    expect(widgetDefaults().downloads).to.equal('off');
    configureWidgets({ downloads: 'on' });
    expect(widgetDefaults().downloads, 'JavaScript wins').to.equal('on');
    configureWidgets({ downloads: undefined });
    setMeta('downloads=maybe');
    expect(widgetDefaults().downloads).to.equal(undefined);
    setMeta(undefined);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.dataset.careerDownloads = 'off';
    document.head.append(script);
    expect(widgetDefaults().downloads).to.equal('off');
  });

  it('ignores an unknown theme', () => {
    setMeta('theme=neon');
    expect(widgetDefaults().theme).to.equal(undefined);
  });

  it('refuses a career that is not an id, so it cannot leave the guides folder', async () => {
    setMeta('guides=/data/');
    expect(careerGuideUrl('../secrets')).to.have.property('problem');
    let errored!: Promise<CareerErrorEvent>;
    const el = await mount('career-salary', 640, (e) => {
      e.career = '../../etc/passwd';
      errored = nextEvent<CareerErrorEvent>(e, 'career-error');
    });
    expect((await errored).detail.kind).to.equal('no-source');
    await settled(el, 'error');
    expect(text(shadow(el).querySelector('[role="alert"]'))).to.contain('guide id of lower-case letters');
  });

  it('says how to set a base URL when none is set', async () => {
    const el = await settled(await mount('career-salary', 640, (e) => (e.career = 'operations-engineer')), 'error');
    expect(text(shadow(el).querySelector('[role="alert"]'))).to.contain('<meta name="career-widgets" content="guides=');
  });

  it('prefers src over career', async () => {
    setMeta('guides=/nowhere/');
    const el = await settled(
      await mount('career-salary', 640, (e) => {
        e.career = 'operations-engineer';
        e.src = '/data/operations-engineer.json';
      }),
    );
    expect(el.state.status).to.equal('ready');
  });

  it('applies the page default locale and theme unless the element sets its own', async () => {
    setMeta('locale=de-DE; theme=dark');
    const box = await container(640);
    const plain = document.createElement('career-salary');
    const own = document.createElement('career-salary');
    own.locale = 'en-US';
    own.theme = 'light';
    for (const el of [plain, own]) el.data = { schemaVersion: 1, salary: { country: 'US', currency: 'USD', period: 'year', range: { min: 70000, max: 130000, basis: 'typical' } } };
    box.append(plain, own);
    await settled(plain);
    await settled(own);
    expect(plain.getAttribute('theme')).to.equal('dark');
    expect(own.getAttribute('theme')).to.equal('light');
    expect(text(shadow(plain).querySelector('.value'))).to.equal('70.000\u00a0$–130.000\u00a0$');
    expect(text(shadow(own).querySelector('.value'))).to.equal('$70,000–$130,000');
  });
});
