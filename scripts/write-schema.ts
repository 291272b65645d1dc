/**
 * Writes data/career-guide.schema.json from the contract's one definition (src/contract/schema.ts),
 * rebuilt with Valibot itself (scripts/valibot.ts) for @valibot/to-json-schema.
 * With --check, fails instead when the committed file differs from what would be written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import { GuideSchema, SCHEMA_VERSION } from '../src/contract/schema.ts';
import { toValibot } from './valibot.ts';

const file = new URL('../data/career-guide.schema.json', import.meta.url);

const generated = toJsonSchema(toValibot(GuideSchema), {
  target: 'draft-2020-12',
  // `finite` has no JSON Schema keyword: JSON cannot spell NaN or Infinity except through
  // overflow (1e309), which the runtime validator refuses.
  ignoreActions: ['finite'],
}) as Record<string, unknown>;

/** Unknown fields are ignored by readers, so the published schema must not forbid them. */
function allowUnknownFields(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(allowUnknownFields);
  if (typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  if (record.additionalProperties === false) delete record.additionalProperties;
  Object.values(record).forEach(allowUnknownFields);
}
allowUnknownFields(generated);

const schema = {
  $schema: generated.$schema,
  $id: 'urn:career-widgets:career-guide:v1',
  title: `Career guide (schemaVersion ${SCHEMA_VERSION})`,
  ...generated,
};
const text = `${JSON.stringify(schema, null, 2)}\n`;

if (process.argv.includes('--check')) {
  const committed = readFileSync(file, 'utf8');
  if (committed !== text) {
    console.error('data/career-guide.schema.json is stale: run `npm run schema` and commit it.');
    process.exit(1);
  }
  console.log('data/career-guide.schema.json matches the contract.');
} else {
  writeFileSync(file, text);
  console.log('wrote data/career-guide.schema.json');
}
