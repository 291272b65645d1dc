/**
 * The API is the manifest: every attribute, public property, event, CSS part and custom
 * property of every element has a one-line description in custom-elements.json, so Storybook's
 * API tables, editors and the docs never show an undocumented field. Part names never collide
 * with attribute names (Storybook's table would merge them).
 */
import { expect } from '@open-wc/testing';
import * as index from '../src/index.js';
import type { Guide } from '../src/index.js';
import { ELEMENTS } from '../src/registry.js';
import { manifestElements as elements, manifestModules, manifestPaths } from './support/manifest.js';
import { fetchJson } from './support/server.js';

/** The guide's type as the manifest names it: `keyof` of a record that uses it, so that the type check fails if the index stops exporting it. */
const GUIDE_TYPE: keyof { Guide: Guide } = 'Guide';

const { exports: packageExports } = await fetchJson<{ exports: Record<string, string | { default?: string }> }>('/package.json');

describe('custom-elements.json documents every element fully', () => {
  it('lists every element', () => {
    expect(elements.map((element) => element.tagName).sort()).to.deep.equal(
      ['balance', 'day', 'demand', 'facts', 'guide', 'salary', 'skills', 'tiers'].map((name) => `career-${name}`),
    );
  });

  it('lists only what a page can use: no private or protected members', () => {
    const inner = elements.flatMap((element) => (element.members ?? []).filter((member) => (member.privacy && member.privacy !== 'public') || member.name.startsWith('#')).map((member) => `${element.tagName} ${member.name}`));
    expect(inner).to.deep.equal([]);
  });

  it('says in each element’s description that the guide may come as an inline JSON child', () => {
    for (const element of elements) expect(element.description ?? '', element.tagName).to.contain('<script type="application/json">');
  });

  it('types every event with the class the package exports for it', () => {
    for (const element of elements) {
      for (const event of element.events ?? []) {
        const type = event.type?.text ?? '';
        expect(index, `${element.tagName} ${event.name}: ${type || 'no type'}`).to.have.property(type);
        expect(new (index[type as keyof typeof index] as new (detail: never) => Event)({} as never).type, `${type} is the event ${event.name}`).to.equal(event.name);
      }
    }
  });

  it('names the JavaScript that ships, never src/: each element by its npm entry', () => {
    // test/package.test.ts checks that the package has each of these files, after the build.
    expect(manifestPaths.filter((path) => !/^dist\/[\w/.-]+\.js$/.test(path))).to.deep.equal([]);
    for (const { name, tag, className } of ELEMENTS) {
      const entry = packageExports[`./${name}`];
      const shipped = (typeof entry === 'string' ? entry : entry?.default)?.replace(/^\.\//, '');
      const module = manifestModules.find((candidate) => candidate.declarations?.some((declaration) => declaration.tagName === tag));
      expect(module?.path, `<${tag}>`).to.equal(shipped);
      expect(module?.exports?.find((item) => item.name === className)?.declaration, className).to.deep.equal({ name: className, module: shipped });
    }
  });

  it('types data as the guide, or its JSON text, linked to the index that exports the type', () => {
    for (const element of elements) {
      const data = element.members?.find((member) => member.name === 'data');
      expect(data?.type, `${element.tagName} data`).to.deep.equal({
        text: `${GUIDE_TYPE} | string | undefined`,
        references: [{ name: GUIDE_TYPE, module: 'dist/index.js', start: 0, end: GUIDE_TYPE.length }],
      });
    }
  });

  for (const element of elements) {
    it(`${element.tagName}: summary, attributes, properties, events, parts and custom properties`, () => {
      expect(element.summary, 'summary').to.be.a('string').and.not.equal('');
      const undocumented = [
        ...(element.attributes ?? []).map((item) => ['attribute', item] as const),
        ...(element.members ?? []).filter((member) => member.kind === 'field' && !member.privacy && !member.static).map((item) => ['property', item] as const),
        ...(element.events ?? []).map((item) => ['event', item] as const),
        ...(element.cssParts ?? []).map((item) => ['part', item] as const),
        ...(element.cssProperties ?? []).map((item) => ['css property', item] as const),
      ]
        .filter(([, item]) => !item.description?.trim())
        .map(([kind, item]) => `${kind} ${item.name}`);
      expect(undocumented).to.deep.equal([]);
      for (const kind of ['career-load', 'career-error']) expect((element.events ?? []).map((event) => event.name), kind).to.include(kind);
      const attributes = new Set((element.attributes ?? []).map((attribute) => attribute.name));
      expect((element.cssParts ?? []).filter((part) => attributes.has(part.name)).map((part) => part.name), 'parts named like attributes').to.deep.equal([]);
    });
  }
});
