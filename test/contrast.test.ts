/**
 * Contrast (WCAG 2.2 AA 1.4.3 and 1.4.11) of what every element really paints, in the light and
 * the dark theme: every visible text against what is behind it (≥ 4.5:1, or 3:1 for large text),
 * every mark that carries meaning (bars, markers, meter fills, gauge arcs) and every focus
 * indicator against what is behind it (≥ 3:1). Colors are read with getComputedStyle and
 * normalised by painting them on a canvas; what is behind a thing is composited from the SVG
 * shapes painted under it and the backgrounds of its ancestors, up through shadow roots.
 */
import { expect } from '@open-wc/testing';
import '../src/index.js';
import type { GuideElement } from '../src/element/guide-element.js';
import { sampleGuide } from './support/guides.js';
import { mount, settled, shadow } from './support/dom.js';
import { ELEMENTS as REGISTRY } from '../src/registry.js';
import { backdrop, centre, describeEl, failures, opacityOf, over, paintOf, parentOf, ratio, rgba, shadowNodes, textContrasts, WHITE, withAlpha, type Finding, type Rgba } from './support/contrast.js';

const ELEMENTS = REGISTRY.map((element) => element.name);
const THEMES = ['light', 'dark'] as const;

/**
 * SVG shapes that carry no meaning of their own, left out of the 3:1 check for marks. Each is
 * decorative for a stated reason; everything else that is painted is checked.
 */
const DECORATIVE_SHAPES: readonly [selector: string, reason: string][] = [
  // Gridlines and the timeline's spine: the tick labels (checked as text) say the scale.
  ['.axis line, .spine', 'gridlines'],
  // The band behind the current tier: its outline is checked on its own, below.
  ['.row', 'current-tier band'],
];


/** Every painted SVG shape that carries meaning, by its fill or its stroke (either may draw the shape). */
function markContrasts(root: ShadowRoot): Finding[] {
  const findings: Finding[] = [];
  const decorative = DECORATIVE_SHAPES.map(([selector]) => selector).join(', ');
  for (const node of shadowNodes(root)) {
    if (!(node instanceof SVGGeometryElement) || node.closest('defs') || node.matches(decorative)) continue;
    const box = node.getBoundingClientRect();
    if (!node.checkVisibility({ visibilityProperty: true }) || (box.width === 0 && box.height === 0)) continue;
    const at = centre(box);
    const [bg] = backdrop(node, at) as [Rgba];
    const alpha = opacityOf(node, node.ownerSVGElement ?? undefined);
    const strokeWidth = parseFloat(getComputedStyle(node).strokeWidth);
    const paints = [paintOf(node, 'fill', at), strokeWidth >= 1 ? paintOf(node, 'stroke', at) : undefined].filter((p): p is Rgba => p !== undefined);
    if (paints.length === 0) continue;
    findings.push({
      what: describeEl(node),
      ratio: Math.max(...paints.map((p) => ratio(over(withAlpha(p, alpha), bg), bg))),
      needed: 3,
    });
  }
  return findings;
}

/** The focus indicator of the focused element of `root`: an SVG `.focus-ring` stroke or a CSS outline. */
function focusContrast(root: ShadowRoot): Finding | undefined {
  const focused = root.activeElement;
  if (!focused) return undefined;
  const ring = focused.querySelector<SVGGraphicsElement>('.focus-ring');
  if (ring && ring.checkVisibility({ visibilityProperty: true })) {
    const box = ring.getBoundingClientRect();
    // On the ring's left edge, where it is painted: what is under it there is what it must stand out from.
    const at = new DOMPoint(box.left + 1, box.top + box.height / 2);
    const [bg] = backdrop(ring, at) as [Rgba];
    return { what: `${describeEl(focused)} focus ring`, ratio: ratio(over(paintOf(ring, 'stroke', at)!, bg), bg), needed: 3 };
  }
  const style = getComputedStyle(focused);
  expect(style.outlineStyle, `${describeEl(focused)} has no visible focus`).to.not.equal('none');
  // The outline is drawn outside the box (outline-offset), over the parent's background.
  const [bg] = backdrop(parentOf(focused)!, centre(focused.getBoundingClientRect())) as [Rgba];
  return { what: `${describeEl(focused)} focus outline`, ratio: ratio(over(rgba(style.outlineColor), bg), bg), needed: 3 };
}

/** Every focusable thing in the element's tree, one per interactive control kind (a mark, each button). */
function focusables(root: ShadowRoot): HTMLElement[] {
  const seen = new Set<ShadowRoot>();
  const found: HTMLElement[] = [];
  for (const node of shadowNodes(root)) {
    if (!(node instanceof Element)) continue;
    const r = node.getRootNode() as ShadowRoot;
    if (node.matches('[data-mark][tabindex="0"]') && !seen.has(r)) {
      seen.add(r);
      found.push(node as HTMLElement);
    } else if (node.matches('button, a[href], summary')) {
      found.push(node as HTMLElement);
    }
  }
  return found;
}

/** Jumps every running CSS transition in `root` and the shadow roots in it to its end. */
function finishTransitions(root: ShadowRoot): void {
  const roots = [root, ...[...shadowNodes(root)].flatMap((node) => (node instanceof Element && node.shadowRoot ? [node.shadowRoot] : []))];
  for (const r of roots) for (const animation of r.getAnimations()) if (animation instanceof CSSTransition) animation.finish();
}

/** Ready guides' children (career-guide's charts) settle on their own. */
async function settledDeep(el: GuideElement): Promise<GuideElement> {
  await settled(el);
  for (const node of shadowNodes(shadow(el))) if (node instanceof Element && 'state' in node) await settled(node as GuideElement);
  return el;
}


/** The worst ratio seen per theme and kind, printed at the end for the docs. */
const worst = new Map<string, Finding>();
function record(key: string, findings: readonly Finding[]): void {
  for (const finding of findings) {
    const current = worst.get(key);
    if (!current || finding.ratio < current.ratio) worst.set(key, finding);
  }
}

after(() => {
  for (const [key, finding] of [...worst].sort()) console.log(`worst ${key}: ${finding.ratio.toFixed(2)}:1 (${finding.what})`);
});

describe('contrast', () => {
  it('reads colors in every syntax getComputedStyle returns (the checks below rely on it)', () => {
    expect(rgba('rgb(29, 78, 216)')).to.deep.equal([29, 78, 216, 1]);
    expect(rgba('rgba(0, 0, 0, 0.5)')).to.deep.equal([0, 0, 0, 0.5]);
    expect(rgba('color(srgb 1 0 0)')).to.deep.equal([255, 0, 0, 1]);
    expect(rgba('oklch(0.628 0.2577 29.23)').slice(0, 3)).to.deep.equal([255, 0, 0]);
    expect(ratio(WHITE, [0, 0, 0, 1])).to.be.closeTo(21, 0.01);
    expect(ratio([118, 118, 118, 1], WHITE)).to.be.closeTo(4.54, 0.01);
  });

  describe('the sampler', () => {
    /** A shadow root holding `markup`, on the page, for the sampler to read. */
    const host = (markup: string) => {
      const el = document.createElement('div');
      document.body.append(el);
      const root = el.attachShadow({ mode: 'open' });
      // The tests' own markup, no data: a fixed string is all this sets.
      root.innerHTML = markup;
      return root;
    };
    const worstText = (root: ShadowRoot) => Math.min(...textContrasts(root).map((f) => f.ratio));

    it('reads a text over an SVG gradient at its worst part, not at its centre', () => {
      // White on blue at the start, fading to almost nothing under the text's end.
      const root = host(`<svg width="230" height="40"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="0">
        <stop offset="0.3" stop-color="#1d4ed8"></stop><stop offset="1" stop-color="#1d4ed8" stop-opacity="0.12"></stop></linearGradient></defs>
        <rect x="0" y="0" width="230" height="40" fill="url(#g)"></rect><text x="10" y="25" fill="#fff" font-size="12">eight years or more, on a fading bar</text></svg>`);
      const box = root.querySelector('text')!.getBoundingClientRect();
      const [atCentre] = backdrop(root.querySelector('text')!, centre(box)) as [Rgba];
      expect(ratio(WHITE, atCentre), 'the centre alone looks fine').to.be.greaterThan(3);
      expect(worstText(root)).to.be.below(2);
      root.host.remove();
    });

    it('reads CSS linear gradients and translucent layers over what is really behind them', () => {
      const root = host(`<div style="background: black"><div><span style="background: linear-gradient(to right, #000 0%, #000 50%, rgba(255, 255, 255, 0.9) 100%); color: #fff; white-space: nowrap">white words on black, then on white</span></div>
        <p style="background: rgba(255, 255, 255, 0.5); color: #fff">white on a half-white tint over black</p></div>`);
      const [gradient, tint] = textContrasts(root) as [Finding, Finding];
      expect(gradient.ratio).to.be.below(1.5);
      // Half white over black is a mid grey (128), against which white is 3.9:1.
      expect(tint.ratio).to.be.closeTo(3.95, 0.05);
      root.host.remove();
    });
  });

  for (const theme of THEMES) {
    describe(`theme="${theme}"`, () => {
      for (const name of ELEMENTS) {
        it(`<career-${name}>: text, marks and focus`, async function () {
          // The whole guide samples thousands of texts: a minute in Firefox on a busy machine.
          this.timeout(name === 'guide' ? 90_000 : 30_000);
          const el = await settledDeep(await mount(`career-${name}`, 720, (e) => ((e.data = sampleGuide()), (e.theme = theme))));
          const root = shadow(el);
          const text = textContrasts(root);
          const marks = markContrasts(root);
          expect(text.length, 'no text was checked').to.be.greaterThan(0);
          // The tables of exact figures, shown with their "show as table" buttons.
          const toggles = [...shadowNodes(root)].filter((node): node is HTMLButtonElement => node instanceof HTMLButtonElement && node.matches('[part="table-toggle"]'));
          for (const toggle of toggles) toggle.click();
          await settledDeep(el);
          if (toggles.length) text.push(...textContrasts(root));
          const focus: Finding[] = [];
          // Focused, each control shows its ring and, for marks, a highlighted state whose text counts too.
          for (const target of focusables(root)) {
            target.focus();
            await el.updateComplete;
            const owner = (target.getRootNode() as ShadowRoot).host as GuideElement;
            await owner.updateComplete;
            // Colors are read at their end state, not halfway through a transition.
            finishTransitions(root);
            const ring = focusContrast(target.getRootNode() as ShadowRoot);
            if (ring) focus.push(ring);
            text.push(...textContrasts(target.getRootNode() as ShadowRoot));
            marks.push(...markContrasts(target.getRootNode() as ShadowRoot));
          }
          if (theme === 'light') console.log(`<career-${name}>: ${text.length} texts, ${marks.length} marks, ${focus.length} focus indicators checked`);
          record(`${theme} text`, text);
          record(`${theme} marks`, marks);
          record(`${theme} focus`, focus);
          expect([...failures(text), ...failures(marks), ...failures(focus)]).to.deep.equal([]);
        });
      }

      for (const [width, dir] of [[720, 'ltr'], [720, 'rtl'], [340, 'ltr']] as const) {
        it(`<career-tiers> at ${width}px, ${dir}: texts on the bars, and the current tier's band outlined at 3:1, the others not`, async () => {
          const el = await settled(await mount('career-tiers', width, (e) => ((e.data = sampleGuide()), (e.theme = theme)), { dir }));
          // The open tier's fading bar is drawn to each side and width: its years stay on the solid part.
          const text = textContrasts(shadow(el));
          record(`${theme} text`, text);
          expect(failures(text)).to.deep.equal([]);
          const rows = [...shadow(el).querySelectorAll<SVGRectElement>('.mark .row')];
          const current = shadow(el).querySelector<SVGRectElement>('.mark.is-current .row')!;
          finishTransitions(shadow(el));
          // Every other band paints nothing: the outline is what tells the current one apart,
          // by lightness, whatever colors the reader sees.
          for (const row of rows.filter((r) => r !== current)) expect(opacityOf(row, row.ownerSVGElement!), 'another tier shows a band').to.equal(0);
          const style = getComputedStyle(current);
          expect(parseFloat(style.strokeWidth), 'outline width').to.be.at.least(1);
          const box = current.getBoundingClientRect();
          const edge = new DOMPoint(box.left + box.width / 2, box.top);
          const outline = paintOf(current, 'stroke', edge)!;
          const [outside] = backdrop(current.ownerSVGElement!, new DOMPoint(edge.x, box.top - 3)) as [Rgba];
          const [under] = backdrop(current, new DOMPoint(edge.x, box.top + 3)) as [Rgba];
          const inside = over(paintOf(current, 'fill', edge)!, under);
          const against = { outside: ratio(over(outline, outside), outside), inside: ratio(over(outline, inside), inside) };
          record(`${theme} current-tier outline`, [{ what: 'career-tiers .row outline', ratio: Math.min(against.outside, against.inside), needed: 3 }]);
          expect(against.outside, 'outline against the surface around it').to.be.at.least(3);
          expect(against.inside, 'outline against the band inside it').to.be.at.least(3);
        });
      }

      it('the empty and error states', async () => {
        const empty = await settled(await mount('career-salary', 720, (e) => ((e.data = { schemaVersion: 1 }), (e.theme = theme))));
        const error = await settled(await mount('career-salary', 720, (e) => ((e.src = '/faults/status/503'), (e.theme = theme))), 'error');
        const text = [...textContrasts(shadow(empty)), ...textContrasts(shadow(error))];
        const retry = shadow(error).querySelector<HTMLElement>('[part="retry"]')!;
        retry.focus();
        const focus = [focusContrast(shadow(error))!];
        record(`${theme} text`, text);
        record(`${theme} focus`, focus);
        expect([...failures(text), ...failures(focus)]).to.deep.equal([]);
      });
    });
  }
});
