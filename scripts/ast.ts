/** What the build plugins share: walking the ESTree that Vite's `parseAst` returns, and editing code by ranges. */

/** An ESTree node as `parseAst` gives it, with its source range. */
export interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** Every node under `root`, depth first. */
export function* walk(root: unknown): Generator<Node> {
  if (Array.isArray(root)) {
    for (const child of root) yield* walk(child);
  } else if (root && typeof root === 'object' && typeof (root as Node).type === 'string') {
    yield root as Node;
    for (const [key, child] of Object.entries(root)) if (key !== 'type') yield* walk(child);
  }
}

/** `code` with each range replaced by its text; the ranges must not overlap. */
export function replaceRanges(code: string, edits: readonly (readonly [start: number, end: number, text: string])[]): string {
  let out = code;
  for (const [start, end, text] of [...edits].sort((a, b) => b[0] - a[0])) out = `${out.slice(0, start)}${text}${out.slice(end)}`;
  return out;
}
