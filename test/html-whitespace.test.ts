/**
 * The whitespace step of scripts/minify-html-literals.ts, which the builds run on every html``
 * and svg`` template: what it collapses, what it leaves, and that a collapsed template renders
 * the same text at the same places as the template as written.
 */
import { expect } from '@open-wc/testing';
import { html, render, svg, type TemplateResult } from 'lit';
import { collapseTemplateWhitespace } from '../scripts/html-whitespace.js';
import { drawTable, renderFigure } from '../src/element/figure.js';

describe('collapsing template whitespace', () => {
  const cases: [name: string, strings: string[], expected: string[]][] = [
    ['indentation between tags becomes one newline', ['<div>\n    <p>a</p>\n  </div>'], ['<div>\n<p>a</p>\n</div>']],
    ['a run without a newline is left as written', ['<p>a  b <b>c</b>   d</p>'], ['<p>a  b <b>c</b>   d</p>']],
    ['a run around a hole is kept, as a newline', ['<p>\n    ', '\n    ', '\n  </p>'], ['<p>\n', '\n', '\n</p>']],
    ['between attributes, one space', ['<rect\n      x=', '\n      y="1"\n      class="a  b"></rect>'], ['<rect x=', ' y="1" class="a  b"></rect>']],
    ['no run before >', ['<svg\n  width=', '\n>\n</svg>'], ['<svg width=', '>\n</svg>']],
    ['a run before /> is kept, or an unquoted value would take the slash', ['<br a=b\n  />'], ['<br a=b />']],
    ['quoted values are copied, holes and newlines too', ['<g aria-label="line one\n    line two ', '  x">\n</g>'], ['<g aria-label="line one\n    line two ', '  x">\n</g>']],
    ['quotes of the other kind inside a value', ['<p title="it\'s\n  here"\n  id=\'a "b"\'>\n x</p>'], ['<p title="it\'s\n  here" id=\'a "b"\'>\nx</p>']],
    ['comments are copied', ['<!-- a\n    b -->\n  <i></i>'], ['<!-- a\n    b -->\n<i></i>']],
    ['<pre> and <textarea> keep their content', ['<pre>\n  a\n    b</pre>\n  <textarea>\n x\n</textarea>'], ['<pre>\n  a\n    b</pre>\n<textarea>\n x\n</textarea>']],
    ['<title> and <desc> keep their content', ['<svg><title>\n  a\n</title><desc> b\n  c</desc>\n  </svg>'], ['<svg><title>\n  a\n</title><desc> b\n  c</desc>\n</svg>']],
    ['a < that opens no tag is text', ['<p>a < b\n   and 1 <2</p>'], ['<p>a < b\nand 1 <2</p>']],
    ['a closing tag ends the verbatim content, in any case', ['<PRE>\n a\n</Pre>\n <i></i>'], ['<PRE>\n a\n</Pre>\n<i></i>']],
  ];
  for (const [name, strings, expected] of cases) {
    it(name, () => {
      expect(collapseTemplateWhitespace(strings)).to.deep.equal(expected);
    });
  }

  it('leaves a template with a backslash alone (its escapes are not read)', () => {
    expect(collapseTemplateWhitespace(['<p>\n  a\\n</p>'])).to.equal(undefined);
  });
});

/** `result` and every template inside its values, with their strings collapsed. */
function collapsed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(collapsed);
  if (!value || typeof value !== 'object' || !('strings' in value) || !('values' in value)) return value;
  const result = value as TemplateResult;
  const strings = collapseTemplateWhitespace(result.strings)!;
  expect(strings, 'a template the step left alone').to.be.an('array');
  return { ...result, strings: Object.assign(strings, { raw: strings }), values: result.values.map(collapsed) };
}

/** What a reader sees of `template`: its text as laid out, and where each text box is. */
async function seen(template: unknown): Promise<{ text: string; boxes: string[] }> {
  const box = document.createElement('div');
  box.style.cssText = 'width: 320px; font: 16px/1.4 sans-serif';
  document.body.append(box);
  render(template, box);
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const boxes = [...box.querySelectorAll('*')].map((element) => {
    const rect = element.getBoundingClientRect();
    const length = element instanceof SVGTextContentElement ? element.getComputedTextLength().toFixed(2) : '';
    return `${element.localName} ${rect.x.toFixed(2)} ${rect.y.toFixed(2)} ${rect.width.toFixed(2)} ${rect.height.toFixed(2)} ${length}`;
  });
  const text = box.innerText;
  box.remove();
  return { text, boxes };
}

describe('a collapsed template renders as written', () => {
  const toggle = { open: true, label: 'Show as table', toggle: () => {} };
  const templates: [name: string, template: () => unknown][] = [
    [
      'the chart frame with its table (src/element/figure.ts)',
      () =>
        renderFigure({
          title: 'Annual pay',
          subtitle: 'United States, USD',
          summary: 'Pay ranges from $50,000 to $90,000.',
          readout: '$70,000',
          chart: svg`<svg width="200" height="40">
            <text x="0" y="20">
              ${'Median'}
              <tspan font-weight="bold">${'$70,000'}</tspan>
              <tspan>a year</tspan>
            </text>
          </svg>`,
          table: { toggle, content: drawTable('Pay: Annual pay', ['Figure', 'Amount'], [['Median', '$70,000'], ['Range', '$50,000–$90,000']]) },
        }),
    ],
    [
      'inline elements and holes in a paragraph',
      () => html`<p>
          Pay is
          <b>${'high'}</b>
          ${html`<i>and rising</i>`}
          ${'this year'}, <span>say
            the figures</span>
          <b>as</b>
          <i>published</i>.
        </p>
        <ul>
          <li>${'one'}</li>
          <li>two
          </li>
        </ul>`,
    ],
  ];
  for (const [name, template] of templates) {
    it(name, async () => {
      const written = await seen(template());
      const minified = await seen(collapsed(template()));
      expect(minified).to.deep.equal(written);
    });
  }
});
