/**
 * JSX types for React 19: makes `<career-salary src="…" oncareer-select={…} />` and the other
 * elements type-check in a React project, with their attributes, properties and events.
 *
 * Types only, nothing at runtime: pull it in once, for example in a `.d.ts` file of your app,
 *
 *     import type {} from 'career-widgets/jsx';
 *
 * and import the elements themselves (`import 'career-widgets'`) before React first renders
 * them: React 19 sets a prop as a property only when the element is already defined, and as an
 * attribute otherwise, where an object such as the guide is lost.
 *
 * How React 19 passes each prop to a custom element (see test/react.test.ts):
 * - `data`, `src`, `career`, `locale`, `theme`, `headingLevel` are properties of the element: React assigns
 *   them (the guide object itself for `data`) and the element reflects the string ones to
 *   attributes;
 * - `heading-level`, and any name that is not a property, is set as an attribute;
 * - `oncareer-load`, `oncareer-error`, `oncareer-select` are added with addEventListener for
 *   `career-load`, `career-error`, `career-select`; the handler gets the element's own event
 *   (a CareerLoadEvent…), not a React synthetic event.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { Guide } from './contract/schema.js';
import type { CareerErrorEvent, CareerLoadEvent, CareerSelectEvent } from './element/events.js';
import type { GuideElement, Theme } from './element/guide-element.js';
import type * as elements from './index.js';
import type { ElementTag, RegisteredElement } from './registry.js';

/** The events every element dispatches, as React 19 event props. */
export interface CareerEventProps {
  /** `career-load`: the guide was loaded and validated; `event.detail.guide`, `.source`, `.empty`. */
  'oncareer-load'?: ((event: CareerLoadEvent) => void) | undefined;
  /** `career-error`: the guide could not be loaded or is invalid; `event.detail.kind`, `.message`, `.issues`. */
  'oncareer-error'?: ((event: CareerErrorEvent) => void) | undefined;
  /** `career-select`: a reader activated a bar, tier or skill; `event.detail.kind`, `.id`, `.label`, `.value`. */
  'oncareer-select'?: ((event: CareerSelectEvent) => void) | undefined;
}

/** What every element takes besides the standard HTML attributes. */
export interface CareerElementProps extends CareerEventProps {
  /** The guide, as an object or as JSON text; set as the `data` property. Takes precedence over `src`. */
  data?: Guide | string | undefined;
  /** URL of a guide JSON file, relative to the page. */
  src?: string | undefined;
  /** A guide by id, e.g. `operations-engineer`, from the page's guides base URL (see `configureWidgets`). */
  career?: string | undefined;
  /** Language for numbers and words (BCP 47, e.g. `de-DE`); default: the closest `lang`. */
  locale?: string | undefined;
  /** Color theme: `light`, `dark`, or `auto` to follow the reader's system; default: the page's default, else light. */
  theme?: Theme | undefined;
  /** Whether a chart offers its figures and drawing for download (`on` or `off`); default: the page's default, else on. */
  downloads?: 'on' | 'off' | undefined;
  /** @deprecated No effect: every chart is drawn as soon as its guide is loaded, wherever it stands. */
  loading?: 'lazy' | 'eager' | undefined;
}

/** A heading level as a number, or as the text of the attribute. */
type Level<L extends number> = L | `${L}`;

/** `<career-skills>`: the skill map's level headings are h2–h6. */
export interface CareerSkillsProps extends CareerElementProps {
  /** The level of the levels' headings (2–6); default 3. */
  'heading-level'?: Level<2 | 3 | 4 | 5 | 6> | undefined;
  /** The same, as the property. */
  headingLevel?: 2 | 3 | 4 | 5 | 6 | undefined;
}

/** `<career-guide>`: the whole guide. */
export interface CareerGuideProps extends CareerElementProps {
  /** The level of the guide's title heading (1–6); sections are one level below; default 2. */
  'heading-level'?: Level<1 | 2 | 3 | 4 | 5 | 6> | undefined;
  /** The same, as the property. */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6 | undefined;
  /** Which sections to show, in order, separated by spaces or commas (`"salary tiers faq"`); default: all. */
  sections?: string | undefined;
  /** `off` keeps the guide's schema.org Occupation (JSON-LD) out of the page; default: the page's first guide adds it. */
  'structured-data'?: 'on' | 'off' | undefined;
  /** The same, as the property. */
  structuredData?: 'on' | 'off' | undefined;
}

/** The JSX props of one element: the standard HTML attributes, `key` and `ref`, and `Own`. */
export type CareerJsxProps<E extends GuideElement, Own = CareerElementProps> = DetailedHTMLProps<HTMLAttributes<E>, E> & Own;

/** The props of the elements that take more than `CareerElementProps`, by tag. */
interface OwnProps {
  'career-skills': CareerSkillsProps;
  'career-guide': CareerGuideProps;
}

/**
 * The class of the element with tag `T`, as the package's index exports it under its name in
 * src/registry.js. A class the index lacks gives `never` here rather than a page of errors:
 * test/registry.test.ts names it.
 */
type ClassOf<T extends ElementTag> =
  (typeof elements)[Extract<RegisteredElement, { tag: T }>['className'] & keyof typeof elements] extends { prototype: infer E extends GuideElement } ? E : never;

/** The JSX props of every element in src/registry.js, by tag. */
export type CareerIntrinsicElements = {
  [T in ElementTag]: CareerJsxProps<ClassOf<T>, T extends keyof OwnProps ? OwnProps[T] : CareerElementProps>;
};

declare module 'react' {
  namespace JSX {
    // Only an interface merges into React's own IntrinsicElements; its members come from the extension.
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CareerIntrinsicElements {}
  }
}

export {};
