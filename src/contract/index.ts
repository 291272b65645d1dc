/** The career-guide data contract: types, the validator and its limits (the size cap among them), and the guide as schema.org structured data. */
export * from './schema.js';
export * from './validate.js';
export * from './text.js';
export * from './occupation.js';
