/**
 * The bundled guide against the page it transcribes (test/fixtures/operations-engineer.seed.txt,
 * a copy of the seed): every figure as printed, every text entry word for word, every list
 * complete.
 */
import { expect } from '@open-wc/testing';
import { sampleGuide } from './support/guides.js';

/** The encoding artifacts of the seed (UTF-8 read as Windows-1253), repaired. */
const REPAIRS: [string, string][] = [
  ['β€”', '—'],
  ['β€™', '’'],
  ['β€Ί', '›'],
  ['πŸ“ˆ', '📈'],
  ['πŸ‡ΊπŸ‡Έ', '🇺🇸'],
  ['βœ…', '✅'],
];

let seed = '';
let lines: string[] = [];

/** The bullet entries (lines starting with •) between two headings of the seed. */
function bulletsBetween(start: string, end: string): string[] {
  const from = lines.indexOf(start);
  const to = lines.indexOf(end, from + 1);
  expect(from, `heading "${start}"`).to.be.greaterThan(-1);
  expect(to, `heading "${end}"`).to.be.greaterThan(from);
  return lines.slice(from + 1, to).filter((line) => line.startsWith('• ')).map((line) => line.slice(2));
}

/** Every string in a JSON value, with its path. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => strings(item, path ? `${path}.${key}` : key));
  return [];
}

before(async () => {
  let text = await (await fetch('/test/fixtures/operations-engineer.seed.txt')).text();
  for (const [broken, repaired] of REPAIRS) text = text.split(broken).join(repaired);
  // The subscription advert at the end is not career content.
  seed = text.slice(0, text.indexOf('Share career guide'));
  lines = seed.split('\n').map((line) => line.trim());
});

describe('the bundled guide matches the seed page', () => {
  const guide = sampleGuide();

  it('has no encoding artifacts left', () => {
    const all = JSON.stringify(guide);
    for (const [broken] of REPAIRS) expect(all).not.to.contain(broken);
    expect(all).not.to.match(/β€|πŸ/);
  });

  it('carries every text entry word for word', () => {
    // Ids, enums, codes and times are the contract's, not the page's words.
    const structural = /^(\$schema|id|lang|.*\.id|.*\.basis|.*\.level|.*\.currency|.*\.country|.*\.period|.*\.start|.*\.end|.*\.unit|.*\.salaryLevel|workLife\.(stress|balance))$/;
    const missing = strings(guide)
      .filter(([path]) => !structural.test(path))
      .filter(([, text]) => !seed.includes(text))
      .map(([path]) => path);
    expect(missing).to.deep.equal([]);
  });

  it('has the headline facts as printed', () => {
    expect(lines).to.include.members(['9%', 'growth rate', '$100,000', 'median salary', 'remote-friendly']);
    expect(guide.facts).to.deep.equal({
      growthRate: { value: 9, unit: 'percent' },
      medianSalary: { amount: 100000, currency: 'USD', period: 'year' },
      remoteFriendly: true,
    });
  });

  it('has market demand as printed', () => {
    const at = lines.indexOf('📈 Market Demand');
    expect(lines.slice(at + 2, at + 5)).to.deep.equal(['Low', 'High', 'High']);
    expect(guide.demand?.level).to.equal('high');
  });

  it('has every salary figure as printed', () => {
    expect(lines).to.include('🇺🇸 Annual Salary (US, USD)');
    expect(lines).to.include('70,000—130,000');
    expect(lines).to.include('Median: $100,000');
    const salary = guide.salary!;
    expect([salary.country, salary.currency, salary.period]).to.deep.equal(['US', 'USD', 'year']);
    expect([salary.range.min, salary.range.max, salary.median]).to.deep.equal([70000, 130000, 100000]);
    const printedLevels = ['Entry-Level', 'Mid-Level', 'Senior-Level'].map((label) => {
      const amount = lines[lines.indexOf(label) + 1]!;
      return { label, amount: Number(amount.replace(/[$,]/g, '')) };
    });
    expect(salary.levels!.map(({ label, amount }) => ({ label, amount }))).to.deep.equal(printedLevels);
    expect(printedLevels.map((level) => level.amount)).to.deep.equal([79000, 100000, 121000]);
    expect(seed).to.contain('Top 10% of earners in this field can expect salaries starting from $130,000+ per year');
    expect(salary.topEarners).to.deep.include({ percent: 10, from: 130000 });
  });

  it('has the four tiers with their years as printed', () => {
    const printed = lines
      .filter((line) => line.startsWith('Experience: '))
      .map((line) => /Experience: (\d+)(?:-(\d+)|\+) years/.exec(line)!)
      .map(([, min, max]) => ({ min: Number(min), max: max === undefined ? null : Number(max) }));
    expect(guide.tiers!.map((tier) => tier.years)).to.deep.equal(printed);
    expect(printed).to.deep.equal([{ min: 0, max: 2 }, { min: 2, max: 5 }, { min: 5, max: 8 }, { min: 8, max: null }]);
    for (const tier of guide.tiers!) expect(lines).to.include(tier.title);
  });

  it('has the day in the life with its times as printed', () => {
    const to24 = (time: string) => {
      const [, h, m, half] = /(\d+):(\d+) (AM|PM)/.exec(time)!;
      const hour = (Number(h) % 12) + (half === 'PM' ? 12 : 0);
      return `${String(hour).padStart(2, '0')}:${m}`;
    };
    const printed = lines
      .map((line) => /^(\w+) \((\d+:\d+ [AP]M) - (\d+:\d+ [AP]M)\)$/.exec(line))
      .filter((match) => match !== null)
      .map(([, label, start, end]) => ({ label, start: to24(start!), end: to24(end!) }));
    expect(guide.day!.blocks.map(({ label, start, end }) => ({ label, start, end }))).to.deep.equal(printed);
    expect(printed).to.have.length(3);
  });

  it('has work-life balance as printed', () => {
    expect(lines).to.include.members(['Stress Level: Moderate to High', 'Balance Rating: Challenging']);
    expect(guide.workLife).to.deep.include({ stress: 'moderate-to-high', balance: 'challenging' });
  });

  it('has the job outlook as printed', () => {
    expect(lines).to.include.members(['Growth Rate: 9%', 'Status: Growing faster than average', 'Source: U.S. Bureau of Labor Statistics']);
    expect(guide.outlook).to.deep.equal({
      growthRate: { value: 9, unit: 'percent' },
      status: 'Growing faster than average',
      source: { name: 'U.S. Bureau of Labor Statistics' },
    });
  });

  const lists: [name: string, start: string, end: string, pick: (g: ReturnType<typeof sampleGuide>) => string[] | undefined][] = [
    ['key responsibilities', 'Key Responsibilities', 'Work Setting', (g) => g.responsibilities],
    ['tech stack', 'Tech Stack', 'Skills and Qualifications', (g) => g.techStack],
    ['tech skills', 'Tech Skills', 'Soft Abilities', (g) => g.qualifications?.techSkills],
    ['soft abilities', 'Soft Abilities', 'Path to Operations Engineer', (g) => g.qualifications?.softSkills],
    ['morning tasks', 'Morning (9:00 AM - 12:00 PM)', 'Afternoon (12:00 PM - 3:00 PM)', (g) => g.day?.blocks[0]?.tasks],
    ['afternoon tasks', 'Afternoon (12:00 PM - 3:00 PM)', 'Evening (3:00 PM - 6:00 PM)', (g) => g.day?.blocks[1]?.tasks],
    ['evening tasks', 'Evening (3:00 PM - 6:00 PM)', 'Work-Life Balance & Stress', (g) => g.day?.blocks[2]?.tasks],
    ['foundational skills', 'Foundational Skills', 'Intermediate Technical Expertise', (g) => g.skillMap?.levels[0]?.skills],
    ['intermediate skills', 'Intermediate Technical Expertise', 'Advanced & Leadership Skills', (g) => g.skillMap?.levels[1]?.skills],
    ['advanced skills', 'Advanced & Leadership Skills', 'Pros & Cons for Operations Engineer', (g) => g.skillMap?.levels[2]?.skills],
    ['pros', '✅ Pros', '❌ Cons', (g) => g.prosCons?.pros],
    ['cons', '❌ Cons', 'Common Mistakes of Beginners', (g) => g.prosCons?.cons],
    ['beginner mistakes', 'Common Mistakes of Beginners', 'Contextual Advice', (g) => g.mistakes],
    ['contextual advice', 'Contextual Advice', 'Examples and Case Studies', (g) => g.advice],
  ];
  for (const [name, start, end, pick] of lists) {
    it(`has every entry of ${name}, in order`, () => {
      expect(pick(guide)).to.deep.equal(bulletsBetween(start, end));
    });
  }

  it('has the eight FAQ questions in order', () => {
    const questions = guide.faq!.map((entry) => entry.question);
    expect(questions).to.have.length(8);
    const positions = questions.map((question) => lines.indexOf(question));
    expect(positions.every((position, i) => position > (positions[i - 1] ?? 0))).to.equal(true);
  });

  it('has the three case studies with their takeaways', () => {
    expect(guide.caseStudies).to.have.length(3);
    for (const study of guide.caseStudies!) expect(lines).to.include(`Key Takeaway: ${study.takeaway}`);
  });
});
