/**
 * `@customElement` that tolerates a second copy of the library on the page: when the tag is
 * already defined (two bundles, or an npm copy next to the CDN one), the first definition stays
 * and this one is skipped instead of throwing "has already been used with this registry", which
 * would break the second script and everything after it.
 */
export function customElement(tag: string) {
  return (elementClass: CustomElementConstructor): void => {
    if (!customElements.get(tag)) customElements.define(tag, elementClass);
  };
}
