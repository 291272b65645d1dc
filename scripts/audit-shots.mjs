/**
 * Evidence for docs/accessibility-audit.md, in Chromium: every chart drawn by the built drop-in
 * from the bundled guide, at a browser font size (the profile's default font size, as a reader
 * sets it in the browser's settings), at a column width, with an emulated vision deficiency or a
 * reader's style sheet. Prints, per element, the visible text boxes that overlap, the texts cut
 * with "…", the smallest font size and the smallest interactive target; writes a screenshot.
 *
 * Usage: npm run build && node scripts/audit-shots.mjs --font=24 --width=900 [--tags=tiers,day]
 *   (--width is the page's: the charts stand in a column 16px narrower)
 *   [--vision=deuteranopia] [--user-css] [--focus] [--ax] [--theme=dark] [--downloads] [--out=docs/audit/name.png]
 * --downloads opens each chart's download choices (the "Download" button) first.
 * --ax also counts, in the accessibility tree, the text nodes that hold each of a few figures.
 */
/* global document, getComputedStyle, Node, ShadowRoot -- the evaluated functions run in the page. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { serveRepository } from './static-server.mjs';

const flag = (name, fallback) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const font = Number(flag('font', '16'));
const width = Number(flag('width', '900'));
// Short names or whole tags: `--tags=tiers,day` and `--tags=career-tiers,career-day` alike.
const tags = flag('tags', 'salary,tiers,skills,demand,facts,day,balance')
  .split(',')
  .map((tag) => tag.replace(/^career-/, ''));
const vision = flag('vision', '');
const out = flag('out', '');
const theme = flag('theme', 'light');
const userCss = process.argv.includes('--user-css');
const focus = process.argv.includes('--focus');
const downloads = process.argv.includes('--downloads');

/** A reader's yellow-on-black style sheet, as a browser extension or user style sheet sets it. */
const READER_CSS = '* { color: #ff0 !important; background-color: #000 !important; }';

const page = () => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>audit</title>
<link rel="stylesheet" href="/dist/cdn/career-widgets.css">
<style>body { margin: 0; background: ${theme === 'dark' ? '#111827' : '#fff'}; font-family: system-ui, sans-serif; } #shot { width: ${width}px; padding: 8px; box-sizing: border-box; } #shot > * { display: block; margin-block-end: 8px; }
${userCss ? READER_CSS : ''}</style>
<script type="module" src="/dist/cdn/career-widgets.js"></script>
</head><body><div id="shot">${tags.map((tag) => `<career-${tag} theme="${theme}" src="/data/operations-engineer.json"></career-${tag}>`).join('')}</div>
</body></html>`;

const server = await serveRepository({ '/audit': () => page() });

// The browser's font size setting lives in the profile, as chrome://settings/fonts writes it.
const profile = mkdtempSync(join(tmpdir(), 'audit-profile-'));
mkdirSync(join(profile, 'Default'));
writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ webkit: { webprefs: { default_font_size: font } } }));

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  userDataDir: profile,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--font-render-hinting=none'],
});
try {
  const tab = await browser.newPage();
  await tab.setViewport({ width: width + 16, height: 900 });
  if (vision) {
    const session = await tab.createCDPSession();
    await session.send('Emulation.setEmulatedVisionDeficiency', { type: vision });
  }
  await tab.goto(`${server.origin}/audit`, { waitUntil: 'networkidle0' });
  await tab.evaluate(async (open) => {
    for (const el of document.querySelectorAll('#shot > *')) await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 800));
    if (!open) return;
    for (const el of document.querySelectorAll('#shot > *')) {
      el.shadowRoot.querySelector('[part="downloads-toggle"]')?.click();
      await el.updateComplete;
    }
  }, downloads);
  const height = await tab.evaluate(() => document.documentElement.scrollHeight);
  await tab.setViewport({ width: width + 16, height });
  await new Promise((resolve) => setTimeout(resolve, 500));
  const report = await tab.evaluate(async (focusEach) => {
    const rootFont = getComputedStyle(document.documentElement).fontSize;
    /** Every node under `node`, through open shadow roots. */
    const walk = function* (node) {
      yield node;
      if (node.shadowRoot) yield* walk(node.shadowRoot);
      for (const child of node.childNodes) yield* walk(child);
    };
    const parentOf = (node) => node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentElement;
    const hidden = (element) => {
      for (let e = element; e; e = parentOf(e)) {
        const style = getComputedStyle(e);
        if (style.display === 'none' || style.visibility === 'hidden') return true;
        const r = e.getBoundingClientRect();
        if (style.overflow === 'hidden' && (r.width <= 1 || r.height <= 1)) return true;
        if (style.clipPath === 'inset(50%)') return true;
      }
      return false;
    };
    const result = {};
    for (const host of document.querySelectorAll('#shot > *')) {
      // The readout under a chart shows the focused mark: focus the chart's tab stop first.
      const stop = focusEach ? host.shadowRoot.querySelector('[tabindex="0"]') : null;
      if (stop) {
        stop.focus();
        await host.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const cut = [];
      const texts = [];
      let minFont = Infinity;
      let minTarget = null;
      for (const node of walk(host.shadowRoot)) {
        if (node.nodeType === Node.TEXT_NODE && node.data.trim()) {
          const element = node.parentElement;
          if (!element || hidden(element) || element.closest('style,script,title,desc')) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          const r = range.getBoundingClientRect();
          if (r.width < 1 || r.height < 1) continue;
          minFont = Math.min(minFont, parseFloat(getComputedStyle(element).fontSize));
          if (getComputedStyle(element).textOverflow === 'ellipsis' && element.scrollWidth > element.clientWidth) cut.push(element.textContent.trim());
          texts.push({ text: node.data.trim(), r, element });
        }
        if (node.nodeType === Node.ELEMENT_NODE && (node.tabIndex >= 0 || node.matches('button,a[href],[role=option],[role=button]') || node.hasAttribute('data-mark') || node.matches('[tabindex]')) && !hidden(node)) {
          const r = node.getBoundingClientRect();
          if (r.width > 0 && (!minTarget || Math.min(r.width, r.height) < Math.min(minTarget.w, minTarget.h))) minTarget = { what: `${node.localName}${node.className?.baseVal ?? node.className ? '.' + (node.className?.baseVal ?? node.className) : ''} "${node.textContent.trim().slice(0, 30)}"`, w: Math.round(r.width), h: Math.round(r.height) };
        }
      }
      const overlaps = [];
      for (let i = 0; i < texts.length; i += 1) {
        for (let j = i + 1; j < texts.length; j += 1) {
          const a = texts[i].r;
          const b = texts[j].r;
          const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (w > 2 && h > 2) overlaps.push(`"${texts[i].text.slice(0, 40)}" × "${texts[j].text.slice(0, 40)}"`);
        }
      }
      const focused = host.shadowRoot.activeElement;
      result[host.localName] = {
        visibleTexts: texts.length,
        minFont,
        overlaps,
        ellipsis: [...texts.filter((t) => t.text.includes('…')).map((t) => t.text), ...cut.map((t) => `CSS-cut: ${t}`)],
        minTarget,
        focus: focused ? (() => { const s = getComputedStyle(focused); return `${focused.localName}: outline ${s.outlineWidth} ${s.outlineStyle} ${s.outlineColor}`; })() : undefined,
      };
    }
    return { rootFont, result };
  }, focus);
  console.log(JSON.stringify({ font, width, vision, userCss, ...report }, null, 1));
  if (process.argv.includes('--ax')) {
    // What a screen reader is given: the text nodes of the accessibility tree that hold a figure.
    const session = await tab.createCDPSession();
    const { nodes } = await session.send('Accessibility.getFullAXTree');
    const texts = nodes.filter((node) => !node.ignored && node.role?.value === 'StaticText').map((node) => String(node.name?.value ?? ''));
    for (const figure of ['$79,000', '$121,000', '0–2 years', '9:00 AM', 'Moderate to high', 'Scripting (Python, Bash)']) {
      console.log(`ax: ${figure} read ${texts.filter((text) => text.toLowerCase().includes(figure.toLowerCase())).length} times`);
    }
  }
  if (out) {
    await tab.screenshot({ path: out });
    console.log(`wrote ${out}`);
  }
} finally {
  await browser.close();
  server.close();
}
