/**
 * Whitespace in Lit's html`` and svg`` templates, collapsed without changing what renders: the
 * pure step of scripts/minify-html-literals.ts (no Node or Vite imports, so the browser tests
 * run it on real templates).
 *
 * The templates are indented source; most of their bytes between tags are a newline and spaces.
 * Only what the browser would collapse anyway is touched:
 * - in text, a run of whitespace that holds a newline becomes one newline. Under
 *   `white-space: normal` and `nowrap` (every style of ours) a run renders as one space whether
 *   or not it holds a newline; under `pre-line` a newline stays a newline. Runs without a newline
 *   are left alone, and no run is removed: between inline elements, or around a `${...}` hole
 *   that may hold text or an inline template, a run is a rendered space.
 * - inside a tag, between attributes, a run becomes one space, and a run before `>` goes.
 * Attribute values, comments and the content of `<pre>`, `<textarea>`, `<style>`, `<script>`,
 * `<title>` and `<desc>` are copied as written.
 */

/** Elements whose text is copied as written: whitespace there is content. */
const VERBATIM = new Set(['pre', 'textarea', 'style', 'script', 'title', 'desc', 'listing', 'xmp', 'plaintext']);

type State =
  | { kind: 'text' }
  | { kind: 'tag'; name: string; closing: boolean }
  | { kind: 'quoted'; quote: '"' | "'"; tag: { name: string; closing: boolean } }
  | { kind: 'comment' }
  | { kind: 'verbatim'; name: string };

const WHITESPACE = /[ \t\n\r\f]/;

/**
 * The static strings of one template (between its `${...}` holes), whitespace collapsed; or
 * undefined when a string holds a backslash (an escape whose meaning this step does not read).
 */
export function collapseTemplateWhitespace(strings: readonly string[]): string[] | undefined {
  if (strings.some((text) => text.includes('\\'))) return undefined;
  let state: State = { kind: 'text' };
  return strings.map((text) => {
    let out = '';
    let i = 0;
    while (i < text.length) {
      const char = text[i]!;
      switch (state.kind) {
        case 'text': {
          if (WHITESPACE.test(char)) {
            let end = i;
            while (end < text.length && WHITESPACE.test(text[end]!)) end++;
            const run = text.slice(i, end);
            out += run.includes('\n') ? '\n' : run;
            i = end;
          } else if (text.startsWith('<!--', i)) {
            state = { kind: 'comment' };
            out += '<!--';
            i += 4;
          } else if (char === '<' && /^<\/?[A-Za-z]/.test(text.slice(i, i + 3))) {
            const match = /^<(\/?)([A-Za-z][^\s/>]*)/.exec(text.slice(i))!;
            state = { kind: 'tag', name: match[2]!.toLowerCase(), closing: match[1] === '/' };
            out += match[0];
            i += match[0].length;
          } else {
            out += char;
            i++;
          }
          break;
        }
        case 'tag': {
          if (WHITESPACE.test(char)) {
            let end = i;
            while (end < text.length && WHITESPACE.test(text[end]!)) end++;
            // Before `>` a run is not needed; before `/>` it is kept, since `a=b/>` would make
            // the unquoted value "b/".
            out += text[end] === '>' ? '' : ' ';
            i = end;
          } else if (char === '"' || char === "'") {
            state = { kind: 'quoted', quote: char, tag: state };
            out += char;
            i++;
          } else if (char === '>') {
            state = !state.closing && VERBATIM.has(state.name) ? { kind: 'verbatim', name: state.name } : { kind: 'text' };
            out += char;
            i++;
          } else {
            out += char;
            i++;
          }
          break;
        }
        case 'quoted': {
          const end = text.indexOf(state.quote, i);
          if (end === -1) {
            out += text.slice(i);
            i = text.length;
          } else {
            out += text.slice(i, end + 1);
            state = { kind: 'tag', ...state.tag };
            i = end + 1;
          }
          break;
        }
        case 'comment': {
          const end = text.indexOf('-->', i);
          if (end === -1) {
            out += text.slice(i);
            i = text.length;
          } else {
            out += text.slice(i, end + 3);
            state = { kind: 'text' };
            i = end + 3;
          }
          break;
        }
        case 'verbatim': {
          const close = text.toLowerCase().indexOf(`</${state.name}`, i);
          if (close === -1) {
            out += text.slice(i);
            i = text.length;
          } else {
            out += text.slice(i, close);
            state = { kind: 'text' };
            i = close;
          }
          break;
        }
      }
    }
    return out;
  });
}
