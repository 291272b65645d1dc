/**
 * The accessibility tree as the browser itself computes it, for tests that check what assistive
 * technology is given (test/announced-once.test.ts):
 *
 *   ax-tree {id}    the subtree of the element with that id in the page's document, through its
 *                   shadow root, as Chromium's accessibility tree has it (CDP
 *                   Accessibility.getFullAXTree)
 *
 * Answers the tree, or a sentence saying why this engine cannot: WebDriver BiDi (Firefox) and
 * WebDriver classic (WebKitGTK) have no command that returns the accessibility tree.
 */
export function accessibilityTree() {
  return {
    name: 'accessibility-tree',
    async executeCommand({ command, payload, session }) {
      if (command !== 'ax-tree') return undefined;
      const { browser } = session;
      if (browser.type !== 'puppeteer' || browser.name !== 'Chromium') {
        return `${browser.name}'s WebDriver has no command for the accessibility tree; this runs in Chromium`;
      }
      const cdp = await browser.getPage(session.id).createCDPSession();
      try {
        return await subtree(cdp, payload.id);
      } finally {
        await cdp.detach();
      }
    },
  };
}

/**
 * One node of the tree: its role, its name and where the name comes from (`author`: aria-label
 * or aria-labelledby; else what the browser says, `contents` for a name from the text inside),
 * its description, its value (for meters and other ranges), whether it is ignored (not given to
 * assistive technology, as aria-hidden content is), whether it is one of a chart's marks (it has
 * `data-mark`), and its children.
 * @typedef {{ role: string, name: string, nameFrom: string, description: string, value: string, ignored: boolean, mark: boolean, children: AxNode[] }} AxNode
 */

/** @returns {Promise<AxNode | string>} */
async function subtree(cdp, id) {
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const host = find(root, (node) => attribute(node, 'id') === id);
  if (!host) return `no element with id "${id}"`;
  const marks = new Set();
  const valueTexts = new Map();
  walkDom(host, (node) => {
    if (attribute(node, 'data-mark') !== undefined) marks.add(node.backendNodeId);
    const valueText = attribute(node, 'aria-valuetext');
    if (valueText !== undefined) valueTexts.set(node.backendNodeId, valueText);
  });
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const start = nodes.find((node) => node.backendDOMNodeId === host.backendNodeId);
  if (!start) return `element "${id}" is not in the accessibility tree`;
  const serialise = (node) => {
    const source = (node.name?.sources ?? []).find((candidate) => !candidate.superseded && (candidate.value?.value ?? '') !== '');
    const author = source && (source.attribute === 'aria-label' || source.attribute === 'aria-labelledby');
    const valueText = (node.properties ?? []).find((property) => property.name === 'valuetext')?.value?.value;
    return {
      role: String(node.role?.value ?? ''),
      name: String(node.name?.value ?? ''),
      nameFrom: author ? 'author' : String(source?.type ?? ''),
      description: String(node.description?.value ?? ''),
      // Chromium's CDP gives a meter's aria-valuetext as an empty string (its value is the
      // number): the attribute is the text the meter carries.
      value: valueText || valueTexts.get(node.backendDOMNodeId) || String(node.value?.value ?? ''),
      ignored: Boolean(node.ignored),
      mark: marks.has(node.backendDOMNodeId),
      children: (node.childIds ?? []).map((child) => byId.get(child)).filter(Boolean).map(serialise),
    };
  };
  return serialise(start);
}

/** The value of a DOM.Node's attribute, if it has it. */
function attribute(node, name) {
  const list = node.attributes ?? [];
  for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
  return undefined;
}

/** Every DOM.Node under `node`, shadow roots included. */
function walkDom(node, visit) {
  visit(node);
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) walkDom(child, visit);
}

/** The first DOM.Node under `node` (shadow roots included) that `test` accepts. */
function find(node, test) {
  if (test(node)) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}
