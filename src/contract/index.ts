/** The career-guide data contract: types, the validator and its limits, and the guide as schema.org structured data. */
export * from './schema.js';
export * from './validate.js';
export * from './occupation.js';
