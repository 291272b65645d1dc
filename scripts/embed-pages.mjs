/**
 * The rendered embed pages, dist/cdn/embed/<guide>/<element>.html: every bundled guide (those
 * scripts/cdn-assets.mjs copied to dist/cdn/guides/) shown by every element of src/registry.js,
 * server-rendered through the built `career-widgets/ssr` (dist/ssr.js), so run after the library
 * build and cdn-assets. See src/cdn/embed-pages.js for which variant is rendered.
 *
 * A page is embed.html's shell with the element already in it: it reads whole in an iframe whose
 * scripts are stripped or sandboxed. Where scripts run, embed.js (the same as embed.html's)
 * hydrates the element and reports the height to the host, in the same messages.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ELEMENTS } from '../src/registry.js';
import { RENDERED_EMBED, renderedEmbedPath } from '../src/cdn/embed-pages.js';
import { GuideHeader, formatIssue, parseGuide } from '../dist/contract.js';
import { renderElement } from '../dist/ssr.js';

const out = 'dist/cdn';
const guidesDir = `${out}/guides`;
rmSync(`${out}/embed`, { recursive: true, force: true });

const guides = readdirSync(guidesDir)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => ({ id: file.slice(0, -'.json'.length), text: readFileSync(`${guidesDir}/${file}`, 'utf8') }));

const written = [];
for (const { id, text } of guides) {
  // A bundled guide that does not validate would be rendered as an error message: stop instead.
  const parsed = parseGuide(text);
  if (!parsed.ok) {
    console.error(`${guidesDir}/${id}.json is not a valid guide:\n${parsed.issues.map((issue) => `  ${formatIssue(issue)}`).join('\n')}`);
    process.exit(1);
  }
  const { guide } = parsed;
  for (const entry of ELEMENTS) {
    const path = renderedEmbedPath(id, entry.name);
    const options = {
      locale: RENDERED_EMBED.locale,
      theme: RENDERED_EMBED.theme,
      headingLevel: entry.name === 'guide' ? RENDERED_EMBED.headingLevel : undefined,
      // The Occupation is the host page's to state, once; an embed is part of that page.
      structuredData: false,
    };
    // The page carries its guide inline for the browser: only the header and the sections this
    // element reads, which is all the element keeps of a guide. Checked, not assumed: the HTML
    // must be what the whole guide renders, the inline guide aside.
    const part = entry.sections === 'all' ? text : JSON.stringify(ownSections(JSON.parse(text), entry.sections));
    const element = await renderElement(entry.tag, part, options);
    if (part !== text && withoutInlineGuide(element) !== withoutInlineGuide(await renderElement(entry.tag, text, options))) {
      console.error(`${path}: <${entry.tag}> renders otherwise from its own sections (${entry.sections.join(', ')}) than from the whole guide: does it read another section?`);
      process.exit(1);
    }
    const html = page({ element, lang: guide.lang ?? 'en', title: `${entry.title} — ${guide.title ?? 'Career guide'}`, root: relativeRoot(path) });
    mkdirSync(dirname(`${out}/${path}`), { recursive: true });
    writeFileSync(`${out}/${path}`, html);
    written.push({ path, bytes: Buffer.byteLength(html), gzip: gzipSync(html, { level: 9 }).length });
  }
}

const total = (key) => written.reduce((sum, page) => sum + page[key], 0);
for (const { path, bytes, gzip } of written) console.log(`  ${path}: ${bytes} B, ${gzip} B gzip`);
console.log(`dist/cdn/embed: ${written.length} rendered page(s), ${total('bytes')} B, ${total('gzip')} B gzip`);

/** The header of `guide` and its `sections`, in the guide's own order. */
function ownSections(guide, sections) {
  const keep = new Set([...Object.keys(GuideHeader), ...sections]);
  return Object.fromEntries(Object.entries(guide).filter(([key]) => keep.has(key)));
}

/** Rendered HTML without the guide it carries inline. */
function withoutInlineGuide(html) {
  return html.replace(/<script type="application\/json">[\s\S]*?<\/script>/, '');
}

/** From a page's folder back to dist/cdn, where embed.css and embed.js are. */
function relativeRoot(path) {
  return '../'.repeat(path.split('/').length - 1);
}

/**
 * The page: cdn/embed.html's head and `<main id="root">`, with the element inside. Its policy
 * is embed.html's, less what a page that loads nothing else needs (connect-src, img-src), plus what
 * server-rendered HTML needs: the shadow roots' `<style>` elements, allowed by their hashes, and
 * style attributes (the charts' sizes), which CSP can only allow all together. The `style-src`
 * fallback serves browsers without `style-src-elem`/`-attr`.
 * `noindex, indexifembedded`: search engines index the chart as part of the page that embeds it,
 * never as a page of its own.
 */
function page({ element, lang, title, root }) {
  const hashes = [...element.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, css]) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`);
  const policy = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `style-src-elem 'self' ${[...new Set(hashes)].join(' ')}`,
    "style-src-attr 'unsafe-inline'",
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
  return `<!doctype html>
<html lang="${escapeAttribute(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex, indexifembedded">
<title>${escapeAttribute(title)}</title>
<link rel="stylesheet" href="${root}embed.css">
<script type="module" src="${root}embed.js"></script>
</head>
<body>
<main id="root">${element}</main>
</body>
</html>
`;
}

function escapeAttribute(text) {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
