// Sums layout shifts from the start of the page, as the CLS metric does (without input).
window.__cls = 0;
window.__shifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (entry.hadRecentInput) continue;
    window.__cls += entry.value;
    window.__shifts.push(entry.value);
  }
}).observe({ type: 'layout-shift', buffered: true });
