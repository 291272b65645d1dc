/**
 * Measures the heights the studio's iframe snippet is given (MEASURED_HEIGHTS,
 * RENDERED_HEIGHTS and GUIDE_SECTION_HEIGHTS in src/cdn/builder-snippets.ts), the way their
 * comment there says: each element in dist/cdn/embed.html?element=…&guide=operations-engineer,
 * and each rendered page dist/cdn/embed/operations-engineer/<element>.html with JavaScript off, in
 * headless Chromium 700px wide; the figure is the document's height once the element is ready.
 * Prints the figures to paste; run it when a chart's height changes (test/studio-publish.test.ts fails).
 *
 * Usage: npm run build && node scripts/measure-embeds.mjs [--sections]
 */
/* global document, requestAnimationFrame -- the evaluated functions run in the page. */
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { serveRepository } from './static-server.mjs';
import { ELEMENTS } from '../src/registry.js';
import { CHROMIUM_LAUNCH } from '../test/support/browsers.mjs';

const WIDTH = 700;
const charts = ELEMENTS.filter((element) => element.composes.length === 0).map((element) => element.name);
const sectionIds = [...readFileSync('src/cdn/builder-snippets.ts', 'utf8').matchAll(/^ {2}'?([a-z-]+)'?: \d+,$/gm)]
  .map((match) => match[1])
  .filter((id, index, all) => all.indexOf(id) === index && !charts.includes(id) && id !== 'guide');

const server = await serveRepository();
const browser = await puppeteer.launch(CHROMIUM_LAUNCH);

/** The document's height at `path`, once every career element in it is ready and drawn. */
async function height(path, { script = true } = {}) {
  const tab = await browser.newPage();
  await tab.setJavaScriptEnabled(script);
  await tab.setViewport({ width: WIDTH, height: 800 });
  await tab.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  if (script) {
    await tab.waitForFunction(() => [...document.querySelectorAll('*')].some((el) => el.localName.startsWith('career-') && el.state?.status === 'ready'), { timeout: 15_000 });
    await tab.evaluate(async () => {
      for (const el of document.querySelectorAll('*')) if (el.localName.startsWith('career-')) await el.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
  }
  const measured = await tab.evaluate(() => Math.round(document.documentElement.getBoundingClientRect().height));
  await tab.close();
  return measured;
}

const measuredHeights = {};
for (const name of charts) measuredHeights[name] = await height(`/dist/cdn/embed.html?element=${name}&guide=operations-engineer`);
console.log('MEASURED_HEIGHTS', measuredHeights);

const renderedHeights = {};
for (const name of [...charts, 'guide']) renderedHeights[name] = await height(`/dist/cdn/embed/operations-engineer/${name}.html`, { script: false });
console.log('RENDERED_HEIGHTS', renderedHeights);

if (process.argv.includes('--sections')) {
  // The title and summary alone: the one section chosen is one the sample lacks, so none shows
  // (`sections=none` is no section name, and a guide given none shows every section).
  const header = await height('/dist/cdn/embed.html?element=guide&guide=operations-engineer&sections=related-roles');
  const sections = {};
  for (const id of [...charts.map((name) => ({ salary: 'salary', tiers: 'tiers', skills: 'skills', demand: 'demand', facts: 'facts', day: 'day', balance: 'work-life' })[name]), ...sectionIds]) {
    sections[id] = (await height(`/dist/cdn/embed.html?element=guide&guide=operations-engineer&sections=${id}`)) - header;
  }
  // To check the sum against: every section at once (the sample has 23 of the 25).
  console.log('the whole guide, dynamic (heading-level=3)', await height('/dist/cdn/embed.html?element=guide&guide=operations-engineer&heading-level=3'));
  console.log('GUIDE_HEADER_HEIGHT', header, 'GUIDE_SECTION_HEIGHTS', sections);
}

await browser.close();
server.close();
