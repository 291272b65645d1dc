/**
 * A Vite plugin for the builds: blanks the contract's descriptions.
 *
 * Every schema in src/contract/schema.ts carries a sentence for data maintainers (the
 * `description` of each field in data/career-guide.schema.json, which `npm run schema` writes
 * from the same source). The elements never show them, so the builds that ship to browsers
 * replace each one with `''`; a blank description then adds no description step at all. The
 * source keeps them, so the JSON Schema and the tests are unaffected.
 *
 * A description is whatever schema.ts passes to its marker, `doc(...)`: the plugin knows that one
 * name and nothing about the helpers that take descriptions, and the helpers accept only what
 * `doc` returns, so an unmarked description fails the type check.
 */
import { parseAst, type Plugin } from 'vite';
import { replaceRanges, walk, type Node } from './ast.js';

/** The marker in schema.ts: an identity function around each description. */
export const MARKER = 'doc';

/** Whether `node` is plain text: a string literal, a template without holes, or a `+` of them. */
function isText(node: Node): boolean {
  if (node.type === 'Literal') return typeof node['value'] === 'string';
  if (node.type === 'TemplateLiteral') return (node['expressions'] as unknown[]).length === 0;
  if (node.type === 'BinaryExpression' && node['operator'] === '+') return isText(node['left'] as Node) && isText(node['right'] as Node);
  return false;
}

/**
 * The ranges of the `doc(...)` calls in `code`, the JavaScript of schema.ts. Throws on a call
 * whose argument is not plain text: blanking computed text could hide a side effect or a typo.
 */
export function descriptionRanges(code: string): [start: number, end: number][] {
  const ranges: [number, number][] = [];
  for (const node of walk(parseAst(code))) {
    if (node.type !== 'CallExpression') continue;
    const callee = node['callee'] as Node;
    if (callee.type !== 'Identifier' || callee['name'] !== MARKER) continue;
    const args = node['arguments'] as Node[];
    if (args.length !== 1 || !isText(args[0]!)) throw new Error(`${MARKER}() takes one piece of plain text: ${code.slice(node.start, node.end)}`);
    ranges.push([node.start, node.end]);
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
      if (ranges.length === 0) this.error(`found no ${MARKER}(...) descriptions to strip in schema.ts: has the marker been renamed?`);
      return { code: replaceRanges(code, ranges.map(([start, end]) => [start, end, "''"] as const)), map: null };
    },
  };
}
