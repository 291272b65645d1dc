/**
 * src/registry.js lists every element once; what cannot read it is checked against it here:
 * package.json's exports (JSON imports nothing), the classes src/index.ts exports (an import
 * needs a literal path), and cdn/career-widgets.css (a static stylesheet). A new entry in the
 * registry fails these until the places that list elements by hand list it too.
 */
import { expect } from '@open-wc/testing';
import * as index from '../src/index.js';
import { CHARTS, ELEMENTS, carried, type RegisteredElement } from '../src/registry.js';
import { fetchJson } from './support/server.js';

/** The class names of the registry that src/index.ts does not export: `tsc` names them here. */
type NotExported = Exclude<RegisteredElement['className'], keyof typeof index>;
const everyClassExported: [NotExported] extends [never] ? true : NotExported = true;

const pkg = await fetchJson<{ exports: Record<string, unknown> }>('/package.json');
const stylesheet = new CSSStyleSheet();
stylesheet.replaceSync(await (await fetch('/cdn/career-widgets.css')).text());

/** The entries of package.json's exports that are not elements: the index, the types for JSX, the contract, and files. */
const OTHER_EXPORTS = ['.', './jsx', './contract', './ssr'];

describe('src/registry.js', () => {
  it('names each element after its folder, module, tag and class', () => {
    for (const element of ELEMENTS) {
      const pascal = element.name.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase());
      expect(element.tag, element.name).to.equal(`career-${element.name}`);
      expect(element.module, element.name).to.equal(`src/${element.name}/${element.name}.ts`);
      expect(element.className, element.name).to.equal(`Career${pascal}`);
    }
    expect(new Set(ELEMENTS.map((element) => element.name)).size).to.equal(ELEMENTS.length);
  });

  it('composes only registered elements, never itself, not even through another', () => {
    const names = ELEMENTS.map((element) => element.name);
    for (const element of ELEMENTS) {
      expect(names, element.name).to.include.members([...element.composes]);
      expect(element.composes, element.name).not.to.include(element.name);
      for (const composed of carried(element).filter((other) => other !== element)) expect(carried(composed), `${element.name} through ${composed.name}`).not.to.include(element);
    }
    expect(CHARTS.map((chart) => chart.name)).to.deep.equal(ELEMENTS.filter((element) => element.composes.length === 0).map((element) => element.name));
  });

  it('matches the classes src/index.ts exports and defines', () => {
    expect(everyClassExported).to.equal(true);
    const exported = Object.keys(index).filter((name) => /^Career[A-Z]/.test(name) && customElements.getName(index[name as keyof typeof index] as CustomElementConstructor));
    expect(exported.sort()).to.deep.equal(ELEMENTS.map((element) => element.className).sort());
    for (const element of ELEMENTS) expect(customElements.get(element.tag), element.tag).to.equal(index[element.className]);
  });

  it("matches package.json's exports: one entry per element, with its module and types", () => {
    for (const { name } of ELEMENTS) {
      expect(pkg.exports[`./${name}`], `package.json exports "./${name}"`).to.deep.equal({ types: `./dist/types/${name}/${name}.d.ts`, default: `./dist/${name}.js` });
    }
    const elementLike = Object.keys(pkg.exports).filter((key) => !OTHER_EXPORTS.includes(key) && /^\.\/[a-z-]+$/.test(key));
    expect(elementLike.sort(), 'element entries of package.json exports').to.deep.equal(ELEMENTS.map((element) => `./${element.name}`).sort());
  });

  it('matches cdn/career-widgets.css: every tag is a block and has its space reserved, and no other tag', () => {
    // Style rules at any depth: the reservations stand inside container and media rules. A
    // style rule is a grouping rule too where the engine has CSS nesting's object model (Firefox),
    // so it is kept before its nested rules are looked into.
    const flatten = (list: CSSRuleList): CSSRule[] =>
      [...list].flatMap((rule) => [
        ...(rule instanceof CSSStyleRule || !(rule instanceof CSSGroupingRule) ? [rule] : []),
        ...(rule instanceof CSSGroupingRule ? flatten(rule.cssRules) : []),
      ]);
    const rules = flatten(stylesheet.cssRules).filter((rule) => rule instanceof CSSStyleRule);
    const selectors = rules.flatMap((rule) => rule.selectorText.split(',').map((selector) => selector.trim()));
    const blocks = rules.find((rule) => rule.style.display === 'block')?.selectorText.split(',').map((selector) => selector.trim());
    expect(blocks?.sort(), 'the display: block rule').to.deep.equal(ELEMENTS.map((element) => element.tag).sort());
    for (const { tag } of ELEMENTS) expect(selectors.some((selector) => selector.startsWith(`${tag}:not(:defined)`)), `${tag}:not(:defined)`).to.equal(true);
    const tags = new Set(selectors.flatMap((selector) => /^[a-z][a-z0-9]*-[a-z0-9-]*/.exec(selector) ?? []));
    expect([...tags].sort()).to.deep.equal(ELEMENTS.map((element) => element.tag).sort());
  });
});
