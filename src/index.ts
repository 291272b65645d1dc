/**
 * Career Widgets: every element, registered on import, with the public classes and types.
 */
export { CareerSalary } from './salary/salary.js';
export { GuideElement, type GuideState, type Theme } from './element/guide-element.js';
export * from './element/events.js';
export { GuideError, type GuideErrorKind } from './data/errors.js';
export { loadGuide, clearGuideCache, configureLoading, type LoadOptions } from './data/load.js';
export * from './contract/index.js';
