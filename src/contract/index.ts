/** The career-guide data contract: types, the validator and its limits. */
export * from './schema.js';
export * from './validate.js';
