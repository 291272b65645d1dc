/**
 * A Vite plugin for the builds: collapses the indentation inside Lit's html`` and svg``
 * templates (scripts/html-whitespace.ts says what is collapsed and why rendering is unchanged).
 * Vite minifies JavaScript but leaves template text alone.
 */
import { parseAst, type Plugin } from 'vite';
import { replaceRanges, walk, type Node } from './ast.js';
import { collapseTemplateWhitespace } from './html-whitespace.js';

const TAGS = new Set(['html', 'svg']);

/** The plugin: applies to the project's own modules once TypeScript has been stripped. */
export function minifyHtmlLiterals(): Plugin {
  return {
    name: 'career-widgets:minify-html-literals',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('/src/') || !/\b(html|svg)`/.test(code)) return null;
      const edits: [start: number, end: number, text: string][] = [];
      for (const node of walk(parseAst(code))) {
        const tag = node['tag'] as Node | undefined;
        if (node.type !== 'TaggedTemplateExpression' || tag?.type !== 'Identifier' || !TAGS.has(tag['name'] as string)) continue;
        const quasis = (node['quasi'] as Node)['quasis'] as Node[];
        const collapsed = collapseTemplateWhitespace(quasis.map((element) => (element['value'] as { raw: string }).raw));
        if (!collapsed) continue;
        // Each static string sits between its backtick or `}` and the next `${` or backtick.
        for (const [i, element] of quasis.entries()) {
          if (collapsed[i] !== (element['value'] as { raw: string }).raw) edits.push([element.start, element.end, collapsed[i]!]);
        }
      }
      if (edits.length === 0) return null;
      return { code: replaceRanges(code, edits), map: null };
    },
  };
}
