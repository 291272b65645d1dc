/**
 * A Vite plugin for the browser builds: blanks the contract's descriptions.
 *
 * Every schema in src/contract/schema.ts carries a sentence for data maintainers (the
 * `description` of each field in data/career-guide.schema.json, which `npm run schema` writes
 * from the same source). The elements never show them, and together they weigh about 6.7 kB of
 * text, so the builds that ship to browsers replace each one with `''`; `describe` then adds no
 * description at all. The source keeps them, so the JSON Schema and the tests are unaffected.
 */
import { parseAst, type Plugin } from 'vite';
import { replaceRanges, walk, type Node } from './ast.js';

/** The helpers in schema.ts whose last argument is a description. */
const DESCRIBERS = new Set(['describe', 'label', 'prose', 'list', 'paragraphs', 'bullets', 'amount']);


/** Whether `node` is plain text: a string literal, a template without holes, or a `+` of them. */
function isText(node: Node): boolean {
  if (node.type === 'Literal') return typeof node['value'] === 'string';
  if (node.type === 'TemplateLiteral') return (node['expressions'] as unknown[]).length === 0;
  if (node.type === 'BinaryExpression' && node['operator'] === '+') return isText(node['left'] as Node) && isText(node['right'] as Node);
  return false;
}


/** The ranges of the description arguments in `code`, the JavaScript of schema.ts. */
export function descriptionRanges(code: string): [start: number, end: number][] {
  const ranges: [number, number][] = [];
  for (const node of walk(parseAst(code))) {
    if (node.type !== 'CallExpression') continue;
    const callee = node['callee'] as Node;
    const args = node['arguments'] as Node[];
    const last = args.at(-1);
    if (callee.type === 'Identifier' && DESCRIBERS.has(callee['name'] as string) && last && isText(last)) ranges.push([last.start, last.end]);
  }
  return ranges;
}

/** The plugin: applies to src/contract/schema.ts once TypeScript has been stripped. */
export function stripDescriptions(): Plugin {
  return {
    name: 'career-widgets:strip-descriptions',
    apply: 'build',
    transform(code, id) {
      if (!id.endsWith('/src/contract/schema.ts')) return null;
      const ranges = descriptionRanges(code);
      if (ranges.length === 0) this.error('found no descriptions to strip in schema.ts: has describe() been renamed?');
      return { code: replaceRanges(code, ranges.map(([start, end]) => [start, end, "''"] as const)), map: null };
    },
  };
}
