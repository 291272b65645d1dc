// Sums layout shifts from the start of the page, as the CLS metric does (without input), and
// notes which nodes moved.
window.__cls = 0;
window.__shifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (entry.hadRecentInput) continue;
    window.__cls += entry.value;
    window.__shifts.push({
      value: entry.value,
      at: Math.round(entry.startTime),
      moved: entry.sources.map((source) => {
        const node = source.node;
        const name = node ? (node.localName ?? node.nodeName) + (node.getRootNode?.().host ? ` in ${node.getRootNode().host.localName}` : '') : '?';
        return `${name} ${Math.round(source.previousRect.height)}→${Math.round(source.currentRect.height)} at y ${Math.round(source.previousRect.y)}→${Math.round(source.currentRect.y)}`;
      }),
    });
  }
}).observe({ type: 'layout-shift', buffered: true });
