// Records when the first chart is on screen: its SVG drawn, then one frame painted.
(function watch() {
  const svg = document.querySelector('career-salary')?.shadowRoot?.querySelector('svg');
  if (svg) {
    requestAnimationFrame(() => (window.__firstChart = performance.now()));
    return;
  }
  requestAnimationFrame(watch);
})();
