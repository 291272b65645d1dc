/**
 * Career Widgets: every element, registered on import, with the public classes and types.
 */
export { CareerBalance } from './balance/balance.js';
export { CareerDay } from './day/day.js';
export { CareerDemand } from './demand/demand.js';
export { CareerFacts } from './facts/facts.js';
export { CareerGuide } from './guide/guide.js';
export { CareerSalary } from './salary/salary.js';
export { CareerSkills } from './skills/skills.js';
export { CareerTiers } from './tiers/tiers.js';
export { GuideElement, type GuideState, type Theme } from './element/guide-element.js';
export * from './element/events.js';
export { GuideError, type GuideErrorKind } from './data/errors.js';
export { loadGuide, clearGuideCache, configureLoading, type LoadOptions } from './data/load.js';
export { configureWidgets, type WidgetDefaults } from './data/config.js';
// The contract's types and validator. Its structured-data mapping (toOccupationJsonLd) is
// exported from `career-widgets/contract`; <career-guide> uses it inside, without exporting it here.
export * from './contract/schema.js';
export * from './contract/validate.js';
