/**
 * Number-only stand-ins for the parts of d3-interpolate that d3-scale imports, used in place of
 * d3-interpolate everywhere (src/chart/lean/modules.json lists the replacements for Vite and the
 * test runner). Our scales map numbers to pixels, never colors or strings, so the general
 * interpolator and d3-color behind it do not earn their bytes.
 */

/** Linear interpolation between two numbers. */
export function interpolateNumber(a: number, b: number): (t: number) => number {
  return (t) => a * (1 - t) + b * t;
}

/** Linear interpolation between two numbers, rounded to an integer. */
export function interpolateRound(a: number, b: number): (t: number) => number {
  return (t) => Math.round(a * (1 - t) + b * t);
}

/** The general interpolator, for numbers only. */
export const interpolate = interpolateNumber;

/** Piecewise interpolation through `values`, as d3's (for polylinear scales). */
export function piecewise(
  make: (a: number, b: number) => (t: number) => number,
  values: readonly number[],
): (t: number) => number {
  const last = values.length - 1;
  const pieces = values.slice(1).map((value, i) => make(values[i]!, value));
  return (t) => {
    const i = Math.max(0, Math.min(last - 1, Math.floor((t *= last))));
    return pieces[i]!(t - i);
  };
}
