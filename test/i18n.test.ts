import { expect } from '@open-wc/testing';
import '../src/salary/salary.js';
import '../src/balance/balance.js';
import { clearGuideCache } from '../src/data/load.js';
import { en as elementsEnglish, type Messages } from '../src/i18n/en.js';
import { enExporting } from '../src/i18n/en-exporting.js';
import { de } from '../src/i18n/de.js';
import { es } from '../src/i18n/es.js';
import { fr } from '../src/i18n/fr.js';
import { LANGUAGES as SPOKEN, loadMessages, wordsFor } from '../src/i18n/messages.js';
import { sampleGuide } from './support/guides.js';

/** Every English word: the elements' and the export code's. */
const en: Messages = { ...elementsEnglish, exporting: enExporting };
import { salaryLayout } from '../src/salary/salary.layout.js';
import { factsLayout } from '../src/facts/facts.layout.js';
import { mount, settled, shadow, text } from './support/dom.js';

type Fn = (...args: unknown[]) => unknown;
const LANGUAGES = { de, es, fr } as const satisfies Record<string, Messages>;
type Language = keyof typeof LANGUAGES;
const languages = Object.entries(LANGUAGES) as [Language, Messages][];

/** Every string and function in a message object, by dotted path. */
function leaves(value: unknown, path = ''): [string, string | Fn][] {
  if (typeof value === 'string' || typeof value === 'function') return [[path, value as string | Fn]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
  throw new Error(`${path}: neither a string, a function nor an object (${String(value)})`);
}

/** The value at a dotted path. */
function at(messages: Messages, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], messages);
}

/** The kind of every leaf, recursively: `string`, or `function/<arity>`. */
function shape(value: unknown): unknown {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'function') return `function/${value.length}`;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, shape(child)]));
  return typeof value;
}

const englishStrings = new Map(leaves(en).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
const englishFunctions = leaves(en).filter((entry): entry is [string, Fn] => typeof entry[1] === 'function');

/**
 * Strings longer than 4 characters that are rightly the same as in English. Each must really be
 * identical (checked below), so the list cannot go stale.
 */
const SAME_AS_ENGLISH = new Set([
  // German uses the statistical term unchanged: "Median 100.000 $".
  'de:salary.median',
  // French "Excellent" is the native adjective, spelled as in English.
  'fr:balance.balance.levels.excellent',
  // A place on a scale, a column of the downloaded figures: "Position" in German and French too.
  'de:exporting.columns.position',
  'fr:exporting.columns.position',
  // French "Source", the column of where a figure comes from.
  'fr:exporting.columns.source',
]);

/** Arguments that choose a variant and are not meant to appear in the output. */
const CHOICES = new Set(['year', 'hour', 'low', 'middle', 'high']);

/**
 * Sample arguments for every function in en.ts, covering each branch: periods, optional parts
 * present and absent. Numerals are Arabic-Indic where a function takes the count twice, so that
 * the formatted text is told apart from the count.
 */
const SAMPLES: Record<string, unknown[][]> = {
  moreIssues: [[1], [4]],
  label: [['NAME-N', 'VALUE-V']],
  updated: [['CHART-NAME']],
  sourceAt: [['SOURCE-NAME', 'https://example.org/SOURCE-URL']],
  fromTo: [['FROM-1', 'TO-2']],
  'salary.title': [['year'], ['hour']],
  'salary.titleFor': [['TITLE-T', 'Atlantis Engineer']],
  'salary.openEnded': [['TOP-T']],
  'salary.provenance': [
    ['Bureau of Labor Statistics', 'May 2024'],
    ['Bureau of Labor Statistics', undefined],
    [undefined, 'May 2024'],
  ],
  'salary.topEarners': [['17%']],
  'salary.from': [['$130,000']],
  'salary.perPeriod': [['year'], ['hour']],
  'salary.percentile': [[10], [90]],
  'salary.summary': [
    [{ place: 'Atlantis', period: 'PERIOD-P', rise: { from: 'LEVEL-A', to: 'LEVEL-B', by: 'RISE-53' }, medianAt: 'low' }],
    [{ place: 'Atlantis', period: 'PERIOD-P', medianAt: 'middle' }],
    [{ place: 'Atlantis', period: 'PERIOD-P', medianAt: 'high' }],
    [{ place: 'Atlantis', period: 'PERIOD-P' }],
  ],
  'facts.perPeriod': [['year'], ['hour']],
  'facts.source': [['Bureau of Labor Statistics', 'May 2024'], ['Bureau of Labor Statistics', undefined]],
  'facts.summary': [[['LABEL-ONE', 'LABEL-TWO']], [['LABEL-ONE']]],
  'tiers.subtitle': [['PERIOD-P', 'Atlantis', 'XAU']],
  'tiers.summary': [
    [{ count: 1, countText: '١', open: false, payRises: false }],
    [{ count: 4, countText: '٤', open: true, payRises: true }],
    [{ count: 4, countText: '٤', open: false, payRises: true }],
    [{ count: 4, countText: '٤', open: true, payRises: false }],
  ],
  'skills.levelOf': [['٢', '٣']],
  'skills.buildsOn': [['LEVEL-PREVIOUS']],
  'skills.skillCount': [[1, '١'], [5, '٥']],
  'skills.readoutLevel': [[{ position: 'POSITION-P', skills: 'SKILLS-S', previous: 'LEVEL-PREVIOUS' }], [{ position: 'POSITION-P', skills: 'SKILLS-S' }]],
  'skills.readoutSkill': [[{ level: 'LEVEL-THIS', next: 'LEVEL-NEXT' }], [{ level: 'LEVEL-THIS' }]],
  'skills.summary': [
    [{ count: 1, countText: '١', skills: 'SKILLS-1' }],
    [{ count: 3, countText: '٣', skills: 'SKILLS-15' }],
  ],
  'balance.summary': [
    [['METER-A', 'METER-B'], '٥'],
    [['METER-A'], '٥'],
  ],
  'demand.gaugeLabel': [['LEVEL-WORD']],
  'demand.source': [['Bureau of Labor Statistics', 'May 2024'], ['Bureau of Labor Statistics', undefined]],
  'day.tasksOf': [['BLOCK-LABEL']],
  'day.summary': [
    [{ duration: 'DURATION-D', count: 1, countText: '١' }],
    [{ duration: 'DURATION-D', count: 5, countText: '٥' }],
  ],
};

/** The texts in a sample's arguments that the output may be expected to repeat. */
function argumentTexts(value: unknown): string[] {
  if (typeof value === 'number') return [String(value)];
  if (typeof value === 'string') return CHOICES.has(value) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap(argumentTexts);
  if (value && typeof value === 'object') return Object.values(value).flatMap(argumentTexts);
  return [];
}

/** Every output of every function for its samples, with its language's plain strings. */
function everyText(messages: Messages): [string, string][] {
  return leaves(messages).flatMap(([path, value]) =>
    typeof value === 'string' ? [[path, value] as [string, string]] : (SAMPLES[path] ?? []).map((args, i) => [`${path}#${i}`, String(value(...args))] as [string, string]),
  );
}

describe('translations', () => {
  describe('have exactly the English messages', () => {
    for (const [language, messages] of languages) {
      it(`${language}: same keys, recursively, and the same kinds and arities`, () => {
        expect(shape(messages)).to.deep.equal(shape(en));
      });
    }

    it('tells a missing key, a string for a function and a changed arity apart from English', () => {
      // The shape check above must be able to fail: it sees each kind of difference.
      const { retry: _retry, ...missing } = de;
      expect(shape(missing)).not.to.deep.equal(shape(en));
      expect(shape({ ...de, moreIssues: 'und weitere' })).not.to.deep.equal(shape(en));
      expect(shape({ ...de, facts: { ...de.facts, source: (name: string) => name } })).not.to.deep.equal(shape(en));
    });
  });

  describe('translate every string', () => {
    for (const [language, messages] of languages) {
      it(`${language}: no string is empty, and none longer than 4 characters is still English, except the allow-list`, () => {
        const strings = leaves(messages).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
        expect(strings.length).to.equal(englishStrings.size);
        const empty = strings.filter(([, value]) => value.trim() === '').map(([path]) => path);
        expect(empty, 'empty').to.deep.equal([]);
        const english = strings
          .filter(([path, value]) => value.length > 4 && value === englishStrings.get(path) && !SAME_AS_ENGLISH.has(`${language}:${path}`))
          .map(([path]) => path);
        expect(english, 'still in English').to.deep.equal([]);
      });
    }

    it('allow-lists only strings that really are the same as in English', () => {
      for (const entry of SAME_AS_ENGLISH) {
        const [language, path] = entry.split(':') as [Language, string];
        expect(at(LANGUAGES[language], path), entry).to.equal(englishStrings.get(path));
        expect(englishStrings.get(path), entry).to.have.length.above(4);
      }
    });
  });

  describe('build sentences from their arguments', () => {
    it('has samples for every function in en.ts, and only for those', () => {
      expect(Object.keys(SAMPLES).sort()).to.deep.equal(englishFunctions.map(([path]) => path).sort());
    });

    for (const [language, messages] of languages) {
      it(`${language}: every function returns a non-empty string with the arguments English repeats`, () => {
        for (const [path, english] of englishFunctions) {
          const translated = at(messages, path) as Fn;
          for (const args of SAMPLES[path]!) {
            const expected = String(english(...args)).toLowerCase();
            const output = translated(...args);
            const label = `${language}:${path}(${JSON.stringify(args)})`;
            expect(output, label).to.be.a('string');
            expect((output as string).trim(), label).not.to.equal('');
            for (const part of argumentTexts(args)) {
              if (expected.includes(part.toLowerCase())) expect((output as string).toLowerCase(), `${label} repeats "${part}"`).to.include(part.toLowerCase());
            }
          }
        }
      });

      it(`${language}: says different things where English does (periods, optional parts, singular and plural)`, () => {
        for (const [path, english] of englishFunctions) {
          const samples = SAMPLES[path]!;
          const translated = at(messages, path) as Fn;
          // Numerals aside, so that only the words around a count are compared.
          const words = (fn: Fn, args: unknown[]) => String(fn(...args)).replace(/[\u0660-\u0669\d]+/g, '#');
          for (let i = 0; i < samples.length; i += 1) {
            for (let j = i + 1; j < samples.length; j += 1) {
              if (words(english, samples[i]!) === words(english, samples[j]!)) continue;
              expect(words(translated, samples[i]!), `${language}:${path} samples ${i} and ${j}`).not.to.equal(words(translated, samples[j]!));
            }
          }
        }
      });
    }

    it('agrees with the count in each language', () => {
      const one = (messages: Messages) => [
        messages.skills.skillCount(1, '1'),
        messages.tiers.summary({ count: 1, countText: '1', open: false, payRises: false }),
        messages.day.summary({ duration: '3 h', count: 1, countText: '1' }),
        messages.skills.summary({ count: 1, countText: '1', skills: messages.skills.skillCount(1, '1') }),
        messages.moreIssues(1),
      ];
      const many = (messages: Messages) => [
        messages.skills.skillCount(5, '5'),
        messages.tiers.summary({ count: 4, countText: '4', open: true, payRises: true }),
        messages.day.summary({ duration: '9 h', count: 5, countText: '5' }),
        messages.skills.summary({ count: 3, countText: '3', skills: messages.skills.skillCount(15, '15') }),
        messages.moreIssues(4),
      ];
      expect(one(de)).to.deep.equal([
        '1 Kompetenz',
        '1 Karrierestufe nach Jahren Berufserfahrung.',
        'Ein typischer Arbeitstag von 3 h in 1 Zeitblock.',
        'Eine Kompetenzkarte mit 1 Stufe und 1 Kompetenz.',
        'und 1 weiteres',
      ]);
      expect(many(de)).to.deep.equal([
        '5 Kompetenzen',
        '4 Karrierestufen nach Jahren Berufserfahrung, die letzte nach oben offen. Das Gehalt steigt von Stufe zu Stufe.',
        'Ein typischer Arbeitstag von 9 h in 5 Zeitblöcken.',
        'Eine Kompetenzkarte mit 3 Stufen und 15 Kompetenzen; jede Stufe baut auf der vorigen auf.',
        'und 4 weitere',
      ]);
      expect(one(es)).to.deep.equal([
        '1 competencia',
        '1 etapa profesional por años de experiencia.',
        'Un día típico de 3 h en 1 bloque.',
        'Un mapa de competencias de 1 nivel con 1 competencia.',
        'y 1 más',
      ]);
      expect(many(es)).to.deep.equal([
        '5 competencias',
        '4 etapas profesionales por años de experiencia, la última sin límite. El salario sube de una etapa a la siguiente.',
        'Un día típico de 9 h en 5 bloques.',
        'Un mapa de competencias de 3 niveles con 15 competencias; cada nivel se basa en el anterior.',
        'y 4 más',
      ]);
      expect(one(fr)).to.deep.equal([
        '1 compétence',
        '1 étape de carrière selon les années d’expérience.',
        'Une journée type de 3 h, en 1 créneau.',
        'Une carte des compétences en 1 niveau avec 1 compétence.',
        'et 1 autre',
      ]);
      expect(many(fr)).to.deep.equal([
        '5 compétences',
        '4 étapes de carrière selon les années d’expérience, la dernière sans limite. Le salaire augmente d’une étape à l’autre.',
        'Une journée type de 9 h, en 5 créneaux.',
        'Une carte des compétences en 3 niveaux avec 15 compétences, chaque niveau s’appuyant sur le précédent.',
        'et 4 autres',
      ]);
    });
  });

  describe('follow each language’s typography', () => {
    it('fr: a no-break space before : ; ? and !, and the typographic apostrophe', () => {
      for (const [path, value] of everyText(fr)) {
        // A colon in a time (09:00) is followed by a digit, not a space, and is left alone.
        expect(value, path).not.to.match(/[^\u00a0\u202f][:;?!](\s|$)/);
        expect(value, path).not.to.include("'");
      }
    });

    it('es: every question and exclamation opens with ¿ and ¡', () => {
      for (const [path, value] of everyText(es)) {
        expect(value.split('?').length, path).to.equal(value.split('¿').length);
        expect(value.split('!').length, path).to.equal(value.split('¡').length);
      }
    });

    it('de: nouns keep their capital in labels that English writes in lower case', () => {
      expect(de.facts.growthRate.label).to.equal('Wachstumsrate');
      expect(de.facts.medianSalary.label).to.equal('Mediangehalt');
      expect(de.demand.growthLabel.facts).to.equal('Wachstumsrate');
    });
  });

  describe('loadMessages and wordsFor', () => {
    it('picks by language, whatever the region, and falls back to the element\'s English', async () => {
      await Promise.all(['de-AT', 'fr-CA', 'es-MX', 'en-GB', 'pt-BR', ''].map((locale) => loadMessages(locale)));
      expect(wordsFor('de-AT', en)).to.equal(de);
      expect(wordsFor('de', en)).to.equal(de);
      expect(wordsFor('fr-CA', en)).to.equal(fr);
      expect(wordsFor('es-MX', en)).to.equal(es);
      expect(wordsFor('en-GB', en)).to.equal(en);
      expect(wordsFor('pt-BR', en)).to.equal(en);
      expect(wordsFor('', en)).to.equal(en);
    });

    it('has English and unknown languages at hand at once, the others once loaded', async () => {
      const english = { ...en };
      expect(wordsFor('en-US', english)).to.equal(english);
      expect(wordsFor('pt', english)).to.equal(english);
      await Promise.all(SPOKEN.map((language) => loadMessages(language)));
      expect(SPOKEN.map((language) => wordsFor(language, english))).to.deep.equal([english, de, es, fr]);
    });
  });

  describe('in the elements', () => {
    afterEach(() => clearGuideCache());

    /** A `tag` element on the sample guide, set to `locale`. */
    const render = <K extends string>(tag: K, locale: string) =>
      mount(tag, 720, (el) => {
        el.data = sampleGuide();
        el.locale = locale;
      });
    const title = (el: Element) => text(shadow(el).querySelector('.title'));
    const summary = (el: Element) => text(shadow(el).querySelector('#summary'));

    // Intl's own percentage, with its language's space before the sign.
    const percent = (locale: string, value: number) => new Intl.NumberFormat(locale, { style: 'percent' }).format(value / 100);

    // What the bars do not say: the rise from the first level to the last, and where the median lies.
    const salaryCases = [
      {
        locale: 'de-DE',
        title: 'Jahresgehalt: Operations Engineer',
        summary: `Gehalt pro Jahr, Vereinigte Staaten. Das Gehalt steigt von Entry-Level bis Senior-Level um ${percent('de-DE', 53)}. Der Median liegt im mittleren Drittel der Spanne.`,
      },
      {
        locale: 'es-ES',
        title: 'Salario anual: Operations Engineer',
        summary: `Salario al año en Estados Unidos. El salario sube un ${percent('es-ES', 53)} de Entry-Level a Senior-Level. La mediana está en el tercio central del rango.`,
      },
      {
        locale: 'fr-FR',
        title: 'Salaire annuel\u00a0: Operations Engineer',
        summary: `Salaire par an, États-Unis. Le salaire augmente de ${percent('fr-FR', 53)} entre Entry-Level et Senior-Level. La médiane se situe dans le tiers central de la fourchette.`,
      },
    ];

    for (const expected of salaryCases) {
      it(`<career-salary locale="${expected.locale}"> has its title and summary in that language`, async () => {
        const el = await settled(await render('career-salary', expected.locale));
        expect(title(el)).to.equal(expected.title);
        expect(summary(el)).to.equal(expected.summary);
      });
    }

    const balanceCases = [
      {
        locale: 'de-DE',
        title: 'Work-Life-Balance und Stress',
        words: ['Mittel bis hoch', 'Schwierig'],
        summary: 'Bewertet auf Skalen mit 5 Stufen: Stressniveau, Work-Life-Balance.',
      },
      {
        locale: 'es-ES',
        title: 'Estrés y equilibrio entre trabajo y vida personal',
        words: ['Moderado a alto', 'Difícil'],
        summary: 'En escalas de 5 niveles: Nivel de estrés, Equilibrio entre trabajo y vida personal.',
      },
      {
        locale: 'fr-FR',
        title: 'Stress et équilibre vie professionnelle-vie privée',
        words: ['Modéré à élevé', 'Difficile'],
        summary: 'Sur des échelles de 5\u00a0degrés\u00a0: Niveau de stress, Équilibre vie professionnelle-vie privée.',
      },
    ];

    for (const expected of balanceCases) {
      it(`<career-balance locale="${expected.locale}"> has its title, words and summary in that language`, async () => {
        const el = await settled(await render('career-balance', expected.locale));
        expect(title(el)).to.equal(expected.title);
        expect([...shadow(el).querySelectorAll('.meter-word')].map((node) => text(node))).to.deep.equal(expected.words);
        expect(summary(el)).to.equal(expected.summary);
      });
    }

    it('speaks English for a language it does not have (pt-BR)', async () => {
      const el = await settled(await render('career-salary', 'pt-BR'));
      expect(title(el)).to.equal('Annual salary: Operations Engineer');
      expect(summary(el)).to.match(/^Salary per year in Estados Unidos\. Pay rises /);
    });
  });

  describe('in the layouts: names and values joined by each language’s own label, numbers through Intl', () => {
    const salaryIn = (messages: Messages, locale: string) => salaryLayout(sampleGuide().salary!, { width: 720, locale, messages });

    it('fr: a no-break space before every colon of the readouts and accessible names, none glued', () => {
      const layout = salaryIn(fr, 'fr-FR');
      const facts = factsLayout(sampleGuide(), { width: 720, locale: 'fr-FR', messages: fr });
      const phrases = [...layout.marks.flatMap((mark) => [mark.exact, mark.ariaLabel]), layout.median!.exact, facts.summary];
      for (const phrase of phrases) {
        expect(phrase).to.include('\u00a0:');
        expect(phrase).not.to.match(/[^\u00a0\u202f]:\s/);
      }
      expect(layout.marks[1]!.exact).to.match(/^Entry-Level\u00a0: 79\s000\s\$US par an$/);
    });

    it('writes the top earners’ share as an Intl percentage in every language', () => {
      const top = (messages: Messages, locale: string) => salaryIn(messages, locale).marks.find((mark) => mark.kind === 'top')!.label.text;
      expect(top(en, 'en-US')).to.equal('Top 10%');
      // Each language's own space before the sign, never a plain one (Chromium's ICU data decides which).
      expect(top(de, 'de-DE')).to.match(/^Obere 10[\u00a0\u202f]%$/);
      expect(top(es, 'es-ES')).to.match(/^10[\u00a0\u202f]% mejor pagado$/);
      expect(top(fr, 'fr-FR')).to.match(/^10[\u00a0\u202f]% les mieux payés$/);
    });

    it('names percentiles in each language, with no English ordinal suffix', () => {
      const guide = sampleGuide();
      const salary = { ...guide.salary!, percentiles: { p10: 70_000, p25: 85_000, p50: 100_000, p75: 115_000, p90: 130_000 } };
      const rows = (messages: Messages, locale: string) =>
        salaryLayout(salary, { width: 720, locale, messages })
          .table.map((row) => row.label)
          .filter((label) => /10|90/.test(label) && !/–|\bto\b|%/.test(label));
      expect(rows(en, 'en-US')).to.deep.equal(['10th percentile', '90th percentile']);
      expect(rows(de, 'de-DE')).to.deep.equal(['10. Perzentil', '90. Perzentil']);
      expect(rows(es, 'es-ES')).to.deep.equal(['Percentil 10', 'Percentil 90']);
      expect(rows(fr, 'fr-FR')).to.deep.equal(['10e centile', '90e centile']);
    });
  });
});
