/**
 * The guide as schema.org Occupation JSON-LD (src/contract/occupation.ts): which figures it
 * states and under which names, that each is one the elements print (no more precisely than they
 * print it), the properties search engines require for the estimated-salary result, and that
 * hostile text stays inside the `<script type="application/ld+json">`, also in the one that
 * `<career-guide>` adds to the page (test/guide.test.ts checks when it adds it). Property names and value
 * types against schema.org's vocabulary are checked at compile time (test/types/occupation-jsonld.ts).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/facts/facts.js';
import '../src/guide/guide.js';
import '../src/salary/salary.js';
import { formatMoney } from '../src/chart/format.js';
import { serializeJsonLd, toOccupationJsonLd, type OccupationJsonLd, type SalaryDistributionJsonLd } from '../src/contract/occupation.js';
import type { Guide, Salary } from '../src/contract/schema.js';
import { validateGuide } from '../src/contract/validate.js';
import { clearGuideCache } from '../src/data/load.js';
import type { GuideElement } from '../src/element/guide-element.js';
import { mount, settled, shadow } from './support/dom.js';
import { sampleGuide } from './support/guides.js';

type Figure = 'percentile10' | 'percentile25' | 'median' | 'percentile75' | 'percentile90';
const FIGURES: readonly Figure[] = ['percentile10', 'percentile25', 'median', 'percentile75', 'percentile90'];

/** The figures a JSON-LD states, by schema.org name; `undefined` without an estimated salary. */
function figuresOf(ld: OccupationJsonLd | undefined): Partial<Record<Figure, number>> | undefined {
  const salary = ld?.estimatedSalary;
  if (!salary) return undefined;
  return Object.fromEntries(FIGURES.filter((figure) => salary[figure] !== undefined).map((figure) => [figure, salary[figure]]));
}

/** The sample with its salary section changed; `undefined` in `changes` removes a field. */
function withSalary(changes: { [K in keyof Salary]?: Salary[K] | undefined }): Guide {
  const guide = sampleGuide();
  const salary: Record<string, unknown> = { ...guide.salary, ...changes };
  for (const key of Object.keys(salary)) if (salary[key] === undefined) delete salary[key];
  guide.salary = salary as Salary;
  return valid(guide);
}

/** `guide`, after checking that the contract accepts it: the cases are guides a page can show. */
function valid<T extends Guide>(guide: T): T {
  const result = validateGuide(guide);
  expect(result.ok, JSON.stringify(result.ok ? [] : result.issues)).to.equal(true);
  return guide;
}

/** The sample's levels (its tiers name them) in hourly pay. */
const HOURLY_LEVELS = [
  { id: 'entry', label: 'Entry-Level', amount: 38 },
  { id: 'mid', label: 'Mid-Level', amount: 48 },
  { id: 'senior', label: 'Senior-Level', amount: 58 },
];

const jsonLd = (guide: Guide, options?: Parameters<typeof toOccupationJsonLd>[1]): OccupationJsonLd => {
  const ld = toOccupationJsonLd(guide, options);
  if (!ld) throw new Error('expected an Occupation');
  return ld;
};

afterEach(() => clearGuideCache());

describe('toOccupationJsonLd', () => {
  describe('the sample guide', () => {
    it('is an Occupation with exactly the expected properties and figures', () => {
      const guide = sampleGuide();
      const q = guide.qualifications!;
      expect(jsonLd(guide)).to.deep.equal({
        '@context': 'https://schema.org',
        '@type': 'Occupation',
        name: 'Operations Engineer',
        description: guide.summary,
        // Median $100,000; top 10 % from $130,000; the range is "typical", so its ends are no percentile.
        estimatedSalary: { '@type': 'MonetaryAmountDistribution', name: 'base', currency: 'USD', duration: 'P1Y', median: 100000, percentile90: 130000 },
        occupationLocation: { '@type': 'Country', name: 'US' },
        responsibilities: guide.responsibilities!.join('\n'),
        skills: [...q.techSkills!, ...q.softSkills!].join('\n'),
        qualifications: guide.requiredEducation!.join('\n\n'),
        educationRequirements: q.education!.join('\n\n'),
        experienceRequirements: guide.pathToRole!.join('\n\n'),
      });
    });

    it('puts each section where schema.org means it: one text per property, an entry per line', () => {
      const ld = jsonLd(sampleGuide());
      expect(Object.keys(ld)).to.deep.equal([
        '@context',
        '@type',
        'name',
        'description',
        'estimatedSalary',
        'occupationLocation',
        'responsibilities',
        'skills',
        'qualifications',
        'educationRequirements',
        'experienceRequirements',
      ]);
      expect(ld.description).to.match(/^Operations Engineers design, implement, and optimize the technology/);
      const responsibilities = ld.responsibilities!.split('\n');
      expect(responsibilities).to.have.length(15);
      expect(responsibilities[0]).to.equal('Design, implement, and maintain scalable infrastructure and automation systems.');
      expect(responsibilities[14]).to.equal('Train team members on new operational tools and methodologies.');
      const skills = ld.skills!.split('\n');
      expect(skills).to.have.length(25);
      expect([skills[0], skills[14], skills[15], skills[24]]).to.deep.equal([
        'Cloud Platforms (AWS, Azure, GCP)',
        'Cloud cost management tools',
        'Problem-solving',
        'Continuous learning',
      ]);
      expect(ld.educationRequirements).to.match(/^Most Operations Engineer roles typically require a bachelor's degree/);
      expect(ld.qualifications).to.match(/^A typical educational pathway includes earning a bachelor's degree/);
      expect(ld.experienceRequirements).to.match(/^Starting a career as an Operations Engineer usually begins/);
      expect(ld.experienceRequirements!.split('\n\n')).to.have.length(5);
    });

    it('states the figures, currency, period and country that the source page prints', async () => {
      const seed = await (await fetch('/test/fixtures/operations-engineer.seed.txt')).text();
      const ld = jsonLd(sampleGuide());
      // "🇺🇸 Annual Salary (US, USD)": a year, the United States, US dollars.
      expect(seed).to.contain('Annual Salary (US, USD)');
      expect([ld.estimatedSalary!.duration, ld.occupationLocation!.name, ld.estimatedSalary!.currency]).to.deep.equal(['P1Y', 'US', 'USD']);
      expect(seed).to.contain('Median: $100,000');
      expect(seed).to.contain('Top 10% of earners in this field can expect salaries starting from $130,000+ per year');
      expect(figuresOf(ld)).to.deep.equal({ median: 100000, percentile90: 130000 });
      for (const amount of Object.values(figuresOf(ld)!)) expect(seed).to.contain(formatMoney(amount, 'USD', 'en-US'));
    });
  });

  describe('figures', () => {
    // The sample's range (70,000–130,000) and median, without its top earners.
    const BASES = [
      { basis: 'p10-p90', figures: { percentile10: 70000, median: 100000, percentile90: 130000 } },
      { basis: 'p25-p75', figures: { percentile25: 70000, median: 100000, percentile75: 130000 } },
      { basis: 'min-max', figures: { median: 100000 } },
      { basis: 'typical', figures: { median: 100000 } },
    ] as const;
    for (const { basis, figures } of BASES) {
      it(`a range on the basis "${basis}" gives ${Object.keys(figures).join(', ')}`, () => {
        const guide = withSalary({ range: { min: 70000, max: 130000, basis }, topEarners: undefined });
        expect(figuresOf(jsonLd(guide))).to.deep.equal(figures);
      });
    }

    const WITHOUT_MEDIAN = [
      { basis: 'p10-p90', figures: { percentile10: 70000, percentile90: 130000 } },
      { basis: 'p25-p75', figures: { percentile25: 70000, percentile75: 130000 } },
      { basis: 'min-max', figures: undefined },
      { basis: 'typical', figures: undefined },
    ] as const;
    for (const { basis, figures } of WITHOUT_MEDIAN) {
      it(`a range on the basis "${basis}" alone gives ${figures ? Object.keys(figures).join(', ') : 'no estimated salary'}`, () => {
        const guide = withSalary({ range: { min: 70000, max: 130000, basis }, median: undefined, topEarners: undefined });
        const ld = jsonLd(guide);
        expect(figuresOf(ld)).to.deep.equal(figures);
        // The country is still what the salary section says, figures or not.
        expect(ld.occupationLocation).to.deep.equal({ '@type': 'Country', name: 'US' });
      });
    }

    const SHARES = [
      { percent: 10, figures: { percentile90: 125000 } },
      { percent: 25, figures: { percentile75: 125000 } },
      { percent: 50, figures: { median: 125000 } },
      // schema.org has no 95th or 80th percentile: the threshold is shown, and not stated.
      { percent: 5, figures: undefined },
      { percent: 20, figures: undefined },
    ];
    for (const { percent, figures } of SHARES) {
      it(`"top ${percent} % from" gives ${figures ? Object.keys(figures).join(', ') : 'no figure'}`, () => {
        const guide = withSalary({ median: undefined, topEarners: { percent, from: 125000 } });
        expect(figuresOf(jsonLd(guide))).to.deep.equal(figures);
      });
    }

    it('states published percentiles as themselves, the median field over the 50th', () => {
      const guide = withSalary({
        range: { min: 70000, max: 130000, basis: 'p10-p90' },
        percentiles: { p10: 60000, p25: 75000, p50: 98000, p75: 115000, p90: 140000 },
        median: 100000,
        topEarners: { percent: 10, from: 135000 },
      });
      // Where two figures say the same thing, the more explicit wins, as <career-salary> shows it:
      // the median field, then the table of percentiles, then the top earners, then the range.
      expect(figuresOf(jsonLd(guide))).to.deep.equal({ percentile10: 60000, percentile25: 75000, median: 100000, percentile75: 115000, percentile90: 140000 });
    });

    it('takes the top earners over the range end they share, and the 50th percentile for a missing median', () => {
      const guide = withSalary({ range: { min: 70000, max: 130000, basis: 'p10-p90' }, median: undefined, percentiles: { p50: 99000 } });
      expect(figuresOf(jsonLd(guide))).to.deep.equal({ percentile10: 70000, median: 99000, percentile90: 130000 });
    });

    it('gives hourly pay the duration PT1H and yearly pay P1Y', () => {
      const hourly = withSalary({ period: 'hour', range: { min: 30, max: 60, basis: 'typical' }, median: 45.5, levels: HOURLY_LEVELS, topEarners: { percent: 10, from: 58.25 } });
      expect(jsonLd(hourly).estimatedSalary).to.deep.equal({
        '@type': 'MonetaryAmountDistribution',
        name: 'base',
        currency: 'USD',
        duration: 'PT1H',
        median: 45.5,
        percentile90: 58.25,
      });
      expect(jsonLd(sampleGuide()).estimatedSalary!.duration).to.equal('P1Y');
    });

    it('is no more precise than the elements print: amounts to the cent', () => {
      const guide = withSalary({ median: 100000.456, topEarners: { percent: 10, from: 129999.994 } });
      expect(figuresOf(jsonLd(guide))).to.deep.equal({ median: 100000.46, percentile90: 129999.99 });
    });

    it('keeps the currency of the guide', () => {
      const guide = withSalary({ currency: 'EUR', country: 'DE' });
      const ld = jsonLd(guide);
      expect([ld.estimatedSalary!.currency, ld.occupationLocation]).to.deep.equal(['EUR', { '@type': 'Country', name: 'DE' }]);
    });
  });

  describe('a guide without some sections', () => {
    it('without a salary is an Occupation without estimated salary or location', () => {
      const guide = sampleGuide();
      delete guide.salary;
      delete guide.facts;
      const ld = jsonLd(valid(guide));
      expect(ld).not.to.have.any.keys('estimatedSalary', 'occupationLocation', 'mainEntityOfPage');
      expect(ld).to.include({ '@type': 'Occupation', name: 'Operations Engineer' });
      expect(ld.responsibilities).to.be.a('string');
    });

    it('without a salary takes the headline median when it names its period', () => {
      const guide = sampleGuide();
      delete guide.salary;
      guide.facts!.asOf = '2025-05';
      const ld = jsonLd(valid(guide));
      expect(ld.estimatedSalary).to.deep.equal({ '@type': 'MonetaryAmountDistribution', name: 'base', currency: 'USD', duration: 'P1Y', median: 100000 });
      expect(ld.mainEntityOfPage).to.deep.equal({ '@type': 'WebPage', lastReviewed: '2025-05' });
      // The facts do not say where the median holds.
      expect(ld).not.to.have.property('occupationLocation');
      delete guide.facts!.medianSalary!.period;
      expect(jsonLd(valid(guide))).not.to.have.property('estimatedSalary');
    });

    it('with only a title is a bare Occupation, and without a title is nothing', () => {
      expect(toOccupationJsonLd(valid({ schemaVersion: 1, title: 'Baker' }))).to.deep.equal({ '@context': 'https://schema.org', '@type': 'Occupation', name: 'Baker' });
      const untitled = sampleGuide();
      delete untitled.title;
      expect(toOccupationJsonLd(valid(untitled))).to.equal(undefined);
    });

    it('leaves out empty lists', () => {
      const guide = valid({ schemaVersion: 1, title: 'Baker', responsibilities: [], qualifications: { techSkills: [], softSkills: [] } });
      expect(jsonLd(guide)).to.deep.equal({ '@context': 'https://schema.org', '@type': 'Occupation', name: 'Baker' });
    });
  });

  describe('options', () => {
    it('names the page by its URL, and dates the review by the salary’s asOf as precisely as it is given', () => {
      expect(jsonLd(sampleGuide(), { url: 'https://example.com/careers/operations-engineer' }).mainEntityOfPage).to.deep.equal({
        '@type': 'WebPage',
        url: 'https://example.com/careers/operations-engineer',
      });
      for (const asOf of ['2025', '2025-05', '2025-05-31']) {
        const guide = withSalary({ asOf });
        expect(jsonLd(guide).mainEntityOfPage, asOf).to.deep.equal({ '@type': 'WebPage', lastReviewed: asOf });
        expect(jsonLd(guide, { url: 'https://example.com/a' }).mainEntityOfPage).to.deep.equal({ '@type': 'WebPage', url: 'https://example.com/a', lastReviewed: asOf });
      }
    });

    it('lets the page say where the figures hold, in place of the salary’s country', () => {
      const austin = { '@type': 'City', name: 'Austin' } as const;
      expect(jsonLd(sampleGuide(), { location: austin }).occupationLocation).to.deep.equal(austin);
      const texas = { '@type': 'State', name: 'Texas' } as const;
      expect(jsonLd(valid({ schemaVersion: 1, title: 'Baker' }), { location: texas }).occupationLocation).to.deep.equal(texas);
    });
  });

  describe('the estimated-salary result’s requirements', () => {
    /**
     * What search engines require of an Occupation for the estimated-salary result, beyond
     * schema.org's vocabulary (checked at compile time): the required properties, and values
     * in the forms they read.
     */
    const REQUIRED = {
      Occupation: ['name', 'estimatedSalary', 'occupationLocation'],
      MonetaryAmountDistribution: ['name', 'currency', 'duration'],
    } as const;
    const PLACES = ['Country', 'State', 'City', 'AdministrativeArea'];

    function problems(ld: Record<string, unknown>): string[] {
      const found: string[] = [];
      if (ld['@context'] !== 'https://schema.org') found.push('@context is not https://schema.org');
      if (ld['@type'] !== 'Occupation') found.push('@type is not Occupation');
      for (const key of REQUIRED.Occupation) if (ld[key] === undefined || ld[key] === '') found.push(`Occupation.${key} is missing`);
      const salary = ld.estimatedSalary as Record<string, unknown> | undefined;
      if (salary) {
        if (salary['@type'] !== 'MonetaryAmountDistribution') found.push('estimatedSalary is not a MonetaryAmountDistribution');
        for (const key of REQUIRED.MonetaryAmountDistribution) if (salary[key] === undefined) found.push(`estimatedSalary.${key} is missing`);
        if (typeof salary.currency !== 'string' || !/^[A-Z]{3}$/.test(salary.currency)) found.push('estimatedSalary.currency is not an ISO 4217 code');
        if (salary.duration !== 'P1Y' && salary.duration !== 'PT1H') found.push('estimatedSalary.duration is neither P1Y nor PT1H');
        const figures = FIGURES.map((figure) => salary[figure]).filter((value) => value !== undefined);
        if (figures.length === 0) found.push('estimatedSalary states no figure');
        if (!figures.every((value) => typeof value === 'number' && Number.isFinite(value) && value >= 0)) found.push('estimatedSalary has a figure that is no amount');
        if (figures.some((value, i) => i > 0 && (value as number) < (figures[i - 1] as number))) found.push('estimatedSalary figures are not in order');
      }
      const place = ld.occupationLocation as Record<string, unknown> | undefined;
      if (place && (!PLACES.includes(place['@type'] as string) || typeof place.name !== 'string' || !place.name)) found.push('occupationLocation is not a named place');
      const page = ld.mainEntityOfPage as Record<string, unknown> | undefined;
      if (page) {
        if (page['@type'] !== 'WebPage') found.push('mainEntityOfPage is not a WebPage');
        if (page.lastReviewed !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(page.lastReviewed as string)) found.push('lastReviewed is not an ISO 8601 date');
      }
      return found;
    }

    it('are met by the sample guide, with and without options', () => {
      expect(problems({ ...jsonLd(sampleGuide()) })).to.deep.equal([]);
      expect(problems({ ...jsonLd(withSalary({ asOf: '2025-05' }), { url: 'https://example.com/a', location: { '@type': 'City', name: 'Austin' } }) })).to.deep.equal([]);
    });

    // The check fails where it should: each case breaks one requirement.
    const salaryOf = (changes: Partial<Record<keyof SalaryDistributionJsonLd, unknown>>) => ({
      ...jsonLd(sampleGuide()),
      estimatedSalary: { ...jsonLd(sampleGuide()).estimatedSalary, ...changes },
    });
    const BROKEN: { name: string; ld: () => Record<string, unknown>; problem: string }[] = [
      { name: 'a guide without salary', ld: () => ({ ...jsonLd(valid({ schemaVersion: 1, title: 'Baker' })) }), problem: 'Occupation.estimatedSalary is missing' },
      { name: 'a salary from the headline facts alone', ld: () => ({ ...jsonLd(valid({ ...sampleGuide(), salary: undefined })) }), problem: 'Occupation.occupationLocation is missing' },
      { name: 'a monthly duration', ld: () => salaryOf({ duration: 'P1M' }), problem: 'estimatedSalary.duration is neither P1Y nor PT1H' },
      { name: 'a currency in words', ld: () => salaryOf({ currency: 'dollars' }), problem: 'estimatedSalary.currency is not an ISO 4217 code' },
      { name: 'no name', ld: () => salaryOf({ name: undefined }), problem: 'estimatedSalary.name is missing' },
      { name: 'no figure', ld: () => salaryOf({ median: undefined, percentile90: undefined }), problem: 'estimatedSalary states no figure' },
      { name: 'figures out of order', ld: () => salaryOf({ percentile90: 90000 }), problem: 'estimatedSalary figures are not in order' },
      { name: 'a figure as text', ld: () => salaryOf({ median: '100k' }), problem: 'estimatedSalary has a figure that is no amount' },
      { name: 'a place that is no area', ld: () => ({ ...jsonLd(sampleGuide()), occupationLocation: { '@type': 'Place', name: 'US' } }), problem: 'occupationLocation is not a named place' },
    ];
    for (const { name, ld, problem } of BROKEN) {
      it(`are not met by ${name}`, () => {
        expect(problems(ld())).to.include(problem);
      });
    }
  });
});

describe('every figure of the JSON-LD is on the page, as the elements print it', () => {
  /** Whether a reader sees `node`: drawn, not hidden, and not inside a visually hidden box. */
  function seen(node: Element): boolean {
    for (let el: Element | null = node; el; el = el.parentElement ?? ((el.getRootNode() as Partial<ShadowRoot>).host ?? null)) {
      const box = el.getBoundingClientRect();
      if (box.width * box.height <= 1 || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    }
    return true;
  }

  /** The texts a reader sees in `el`, after opening its table of exact figures as a reader can. */
  async function visibleTexts(el: GuideElement): Promise<string[]> {
    const toggle = shadow(el).querySelector<HTMLButtonElement>('[part="table-toggle"]');
    if (toggle?.getAttribute('aria-expanded') === 'false') {
      toggle.click();
      await el.updateComplete;
    }
    const texts: string[] = [];
    const walker = document.createTreeWalker(shadow(el), NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement && node.textContent?.trim() && seen(node.parentElement)) texts.push(node.textContent);
    }
    return texts;
  }

  const CASES: { name: string; guide: () => Guide }[] = [
    { name: 'the sample', guide: sampleGuide },
    { name: 'a p10–p90 range', guide: () => withSalary({ range: { min: 70000, max: 130000, basis: 'p10-p90' }, topEarners: undefined }) },
    {
      name: 'published percentiles',
      guide: () => withSalary({ range: { min: 60000, max: 140000, basis: 'min-max' }, median: undefined, percentiles: { p10: 61000, p25: 75500, p50: 98000, p75: 115250, p90: 139000 } }),
    },
    { name: 'hourly pay in cents', guide: () => withSalary({ period: 'hour', range: { min: 30, max: 60, basis: 'p25-p75' }, median: 45.5, levels: HOURLY_LEVELS, topEarners: { percent: 10, from: 58.25 } }) },
    { name: 'amounts finer than a cent', guide: () => withSalary({ median: 100000.456, topEarners: { percent: 10, from: 129999.994 } }) },
    {
      name: 'the headline median alone',
      guide: () => {
        const guide = sampleGuide();
        delete guide.salary;
        return valid(guide);
      },
    },
  ];

  /**
   * The texts a reader sees in `root` and in every element's shadow root inside it, each chart
   * scrolled to and drawn as a reader would see it, its table of exact figures opened.
   */
  async function deepVisibleTexts(root: ShadowRoot): Promise<string[]> {
    const texts: string[] = [];
    for (const chart of root.querySelectorAll<GuideElement>('*')) {
      if (chart.shadowRoot && 'state' in chart) texts.push(...(await visibleTexts(await settled(chart))), ...(await deepVisibleTexts(chart.shadowRoot)));
    }
    return texts;
  }

  for (const { name, guide: make } of CASES) {
    it(`for ${name}, in the Occupation a whole <career-guide> adds to the page`, async () => {
      const guide = make();
      const el = await settled(await mount('career-guide', 720, (e) => (e.data = guide)));
      const scripts = [...document.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];
      expect(scripts, 'one script in the head').to.have.length(1);
      const ld = JSON.parse(scripts[0]!.text) as OccupationJsonLd;
      const figures = figuresOf(ld);
      expect(figures, 'the case states figures').not.to.equal(undefined);
      const texts = [...(await visibleTexts(el)), ...(await deepVisibleTexts(shadow(el)))];
      for (const [figure, amount] of Object.entries(figures!)) {
        const printed = formatMoney(amount, ld.estimatedSalary!.currency, 'en-US');
        expect(texts.some((text) => text.includes(printed)), `${figure} ${amount} as "${printed}" on the page`).to.equal(true);
        expect(Number(printed.replace(/[^\d.]/g, '')), `${figure} as printed`).to.equal(amount);
      }
    });

    it(`for ${name}`, async () => {
      const guide = make();
      const ld = jsonLd(guide);
      const figures = figuresOf(ld);
      expect(figures, 'the case states figures').not.to.equal(undefined);
      const texts: string[] = [];
      for (const tag of guide.salary ? ['career-salary', 'career-facts'] : ['career-facts']) {
        texts.push(...(await visibleTexts(await settled(await mount(tag, 720, (e) => (e.data = guide))))));
      }
      for (const [figure, amount] of Object.entries(figures!)) {
        const printed = formatMoney(amount, ld.estimatedSalary!.currency, 'en-US');
        expect(texts.some((text) => text.includes(printed)), `${figure} ${amount} as "${printed}" in ${JSON.stringify(texts)}`).to.equal(true);
        // No more precise than printed: the printed text reads back as the very figure.
        expect(Number(printed.replace(/[^\d.]/g, '')), `${figure} as printed`).to.equal(amount);
      }
    });
  }
});

describe('serializeJsonLd', () => {
  const HOSTILE = [
    '</script><script>alert(1)</script>',
    '</SCRIPT >',
    '</scRipt\t',
    '<!-- a comment opened -->',
    '<script>',
    '--><!--',
    '<![CDATA[ ]]>',
    'line\u2028separator\u2029paragraph',
    '&lt;/script&gt; & <b>',
    '\\u003c/script> written out',
    '"quoted" \\ back\\slash',
    'nul\u0000 and lone \ud800 surrogate',
  ];

  /** `text` in the script element of an HTML page, as a browser parses it. */
  function parsedInPage(text: string) {
    const page = `<!doctype html><html><head><script type="application/ld+json">${text}</script></head><body><p id="after">after</p></body></html>`;
    const doc = new DOMParser().parseFromString(page, 'text/html');
    return { scripts: [...doc.scripts].map((script) => script.textContent), after: doc.getElementById('after')?.parentElement?.localName };
  }

  for (const hostile of HOSTILE) {
    it(`keeps ${JSON.stringify(hostile)} inside the JSON, and gives it back`, () => {
      const ld = jsonLd({ schemaVersion: 1, title: hostile, summary: `Before ${hostile} after`, responsibilities: [hostile, 'Plain'] });
      const text = serializeJsonLd(ld);
      const page = parsedInPage(text);
      expect(page.scripts, 'one script, holding the whole text').to.deep.equal([text]);
      expect(page.after, 'the page goes on after the script').to.equal('body');
      expect(JSON.parse(text)).to.deep.equal(ld);
      expect(text).not.to.match(/<\/script|<!--|<script/i);
      expect(text).not.to.match(/[<>\u2028\u2029]/);
    });
  }

  it('keeps any text inside the JSON (random strings around script and comment markup)', () => {
    const piece = fc.oneof(fc.constantFrom('<', '>', '/', '!', '-', '&', 'script', 'SCRIPT', '\u2028', '\u2029', '"', '\\'), fc.string({ unit: 'binary' }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const value = { name: pieces.join(''), list: pieces };
        const text = serializeJsonLd(value);
        expect(text).not.to.match(/[<>\u2028\u2029]/);
        expect(JSON.parse(text)).to.deep.equal(value);
      }),
      { seed: 15, numRuns: 300 },
    );
  });

  it('is plain JSON.stringify for text without markup', () => {
    const ld = jsonLd(sampleGuide());
    expect(serializeJsonLd(ld)).to.equal(JSON.stringify(ld));
  });
});
