/**
 * The API is the manifest: every attribute, public property, event, CSS part and custom
 * property of every element has a one-line description in custom-elements.json, so Storybook's
 * API tables, editors and the docs never show an undocumented field. Part names never collide
 * with attribute names (Storybook's table would merge them).
 */
import { expect } from '@open-wc/testing';
import * as index from '../src/index.js';
import { manifestElements as elements } from './support/manifest.js';

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
