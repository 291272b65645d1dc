/**
 * Type-checked, never run (`npm run typecheck`): the JSON-LD types of src/contract/occupation.ts
 * against schema.org's vocabulary as schema-dts generates it from schema.org's own definitions.
 * Every property must exist on its schema.org type, and every value must be one that the property
 * takes there. Each `@ts-expect-error` line is a mistake the check must refuse, and tsc fails if
 * one of them is accepted.
 */
import type {
  AdministrativeArea,
  AdministrativeAreaLeaf,
  CityLeaf,
  CountryLeaf,
  MonetaryAmountDistributionLeaf,
  Occupation,
  OccupationLeaf,
  StateLeaf,
  WebPageLeaf,
  WithContext,
} from 'schema-dts';
import type { OccupationJsonLd, PlaceJsonLd, SalaryDistributionJsonLd, WebPageJsonLd } from '../../src/contract/occupation.js';

/** The properties of `T` that schema.org's type `S` does not define; `never` when it defines them all. */
type Undefined<T, S> = Exclude<keyof T, keyof S | '@context'>;
/** Accepts only `never`: a property left over is one schema.org does not have there. */
type None<T extends never> = T;

/** Property names, one type at a time (schema-dts's types accept unknown properties, as TypeScript's do). */
export type Vocabulary = [
  None<Undefined<OccupationJsonLd, OccupationLeaf>>,
  None<Undefined<SalaryDistributionJsonLd, MonetaryAmountDistributionLeaf>>,
  None<Undefined<WebPageJsonLd, WebPageLeaf>>,
  // Only properties that every type a place may have defines.
  None<Undefined<PlaceJsonLd, CountryLeaf | StateLeaf | CityLeaf | AdministrativeAreaLeaf>>,
];

/** Values: the whole tree, with each `@type` one that its property takes. */
export const occupation = (ld: OccupationJsonLd): WithContext<Occupation> => ld;
export const place = (location: PlaceJsonLd): AdministrativeArea => location;

// The check refuses a misspelt property...
// @ts-expect-error: a distribution has no `medain`.
export type Misspelt = None<Undefined<{ '@type': 'MonetaryAmountDistribution'; medain: number }, MonetaryAmountDistributionLeaf>>;
// ...a percentile that schema.org does not have...
// @ts-expect-error: there is no `percentile95`.
export type Invented = None<Undefined<{ percentile95: number }, MonetaryAmountDistributionLeaf>>;
// ...a property of another type...
// @ts-expect-error: `lastReviewed` belongs to a WebPage, not to an Occupation.
export type Misplaced = None<Undefined<{ lastReviewed: string }, OccupationLeaf>>;
// ...a place that is no administrative area...
// @ts-expect-error: `occupationLocation` takes an AdministrativeArea, and a Place is not one.
export const placeOfWork = (ld: { '@context': 'https://schema.org'; '@type': 'Occupation'; occupationLocation: { '@type': 'Place'; name: string } }): WithContext<Occupation> => ld;
// ...and a figure that is not a number.
// @ts-expect-error: `median` is a Number.
export const wordy = (ld: { '@context': 'https://schema.org'; '@type': 'Occupation'; estimatedSalary: { '@type': 'MonetaryAmountDistribution'; median: 'lots' } }): WithContext<Occupation> => ld;
