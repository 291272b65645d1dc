/** The floor for size and speed comparisons: the smallest useful Lit element drawing an SVG. */
import { LitElement, svg } from 'lit';

class FloorElement extends LitElement {
  static override properties = { value: { type: Number } };
  value = 0;

  override render() {
    return svg`<svg width="200" height="20" role="img" aria-label=${`Value ${this.value}`}><rect width=${this.value} height="20"></rect></svg>`;
  }
}

customElements.define('floor-element', FloorElement);
