/**
 * A Vite plugin for the builds: minifies the CSS inside Lit's css`` templates with
 * Lightning CSS. Vite minifies JavaScript but leaves template text alone, so the element styles
 * shipped with their indentation and comments (a third of their bytes).
 *
 * A `${...}` hole stands where declarations go (shared.styles.ts inserts the dark palette into
 * two rules): it becomes a custom-property placeholder for Lightning CSS and the hole again
 * afterwards. A template the plugin cannot round-trip is left as written, with a warning.
 */
import { transform as transformCss } from 'lightningcss';
import { parseAst, type Plugin } from 'vite';
import { replaceRanges, walk, type Node } from './ast.js';


const HOLE = '--_career-hole-';


/** Minified CSS, or undefined when Lightning CSS cannot parse it. */
function minifyCss(css: string): string | undefined {
  try {
    return transformCss({ filename: 'element.css', code: Buffer.from(css), minify: true }).code.toString();
  } catch {
    return undefined;
  }
}

/**
 * The minified text of one css`` template, holes kept as `${...}` with their source text.
 * A template that is only declarations (a palette meant for a hole) is minified inside a
 * wrapper rule, which is then taken off again.
 */
export function minifyCssTemplate(cooked: readonly string[], holes: readonly string[]): string | undefined {
  const css = cooked.map((text, i) => (i < holes.length ? `${text}${HOLE}${i}:0;` : text)).join('');
  let minified = minifyCss(css);
  if (minified === undefined || !/[{}]/.test(css)) {
    const wrapped = minifyCss(`:host{${css}}`);
    if (wrapped === undefined || !wrapped.startsWith(':host{') || !wrapped.endsWith('}')) return undefined;
    minified = wrapped.slice(':host{'.length, -1);
  }
  const escaped = minified.replace(/[\\`]|\$\{/g, (match) => `\\${match}`);
  let out = escaped;
  for (const [i, hole] of holes.entries()) {
    const placeholder = new RegExp(`${HOLE}${i}:0(;|(?=}))`, 'g');
    if ((out.match(placeholder) ?? []).length !== 1) return undefined;
    out = out.replace(placeholder, (_, end: string) => `\${${hole}}${end}`);
  }
  return out;
}

/** The plugin: applies to the project's own modules once TypeScript has been stripped. */
export function minifyCssLiterals(): Plugin {
  return {
    name: 'career-widgets:minify-css-literals',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('/src/') || !code.includes('css`')) return null;
      const edits: [start: number, end: number, text: string][] = [];
      for (const node of walk(parseAst(code))) {
        const tag = node['tag'] as Node | undefined;
        if (node.type !== 'TaggedTemplateExpression' || tag?.type !== 'Identifier' || tag['name'] !== 'css') continue;
        const quasi = node['quasi'] as Node;
        const quasis = quasi['quasis'] as Node[];
        const cooked = quasis.map((element) => (element['value'] as { cooked: string | null }).cooked);
        if (cooked.some((text) => text === null)) continue;
        const holes = (quasi['expressions'] as Node[]).map((expression) => code.slice(expression.start, expression.end));
        const minified = minifyCssTemplate(cooked as string[], holes);
        if (minified === undefined) {
          this.warn(`${id}: left a css\`\` template unminified (it did not round-trip through Lightning CSS)`);
          continue;
        }
        edits.push([quasi.start, quasi.end, `\`${minified}\``]);
      }
      if (edits.length === 0) return null;
      return { code: replaceRanges(code, edits), map: null };
    },
  };
}
