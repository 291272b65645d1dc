/**
 * Editor support generated from custom-elements.json at build time:
 * - dist/vscode.html-custom-data.json, VS Code's custom HTML data (add it to `html.customData`);
 * - dist/web-types.json, JetBrains web-types (found through package.json's `web-types` field).
 * Tags, attributes with their values, and descriptions come from the elements' JSDoc.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

/** `'light' | 'dark' | 'auto' | undefined` → ['light', 'dark', 'auto']. */
const valuesOf = (type) => [...(type ?? '').matchAll(/'([^']+)'/g)].map((match) => match[1]);
/** The element's attribute types, resolved through a base class's `Theme` alias. */
const typeText = (attribute) => (attribute.type?.text ?? '').replace(/\bTheme\b/, "'light' | 'dark' | 'auto'");

const vscode = {
  version: 1.1,
  tags: elements.map((element) => ({
    name: element.tagName,
    description: [element.summary, element.description].filter(Boolean).join('\n\n'),
    attributes: (element.attributes ?? []).map((attribute) => ({
      name: attribute.name,
      description: attribute.description ?? '',
      ...(valuesOf(typeText(attribute)).length ? { values: valuesOf(typeText(attribute)).map((name) => ({ name })) } : {}),
    })),
  })),
};

const webTypes = {
  $schema: 'https://json.schemastore.org/web-types',
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  contributions: {
    html: {
      elements: elements.map((element) => ({
        name: element.tagName,
        description: [element.summary, element.description].filter(Boolean).join('\n\n'),
        attributes: (element.attributes ?? []).map((attribute) => ({
          name: attribute.name,
          description: attribute.description ?? '',
          value: valuesOf(typeText(attribute)).length ? { type: 'enum', kind: 'plain' } : { type: 'string', kind: 'plain' },
          ...(valuesOf(typeText(attribute)).length ? { values: valuesOf(typeText(attribute)).map((name) => ({ name })) } : {}),
        })),
        events: (element.events ?? []).map((event) => ({ name: event.name, description: event.description ?? '' })),
        css: {
          properties: (element.cssProperties ?? []).map((property) => ({ name: property.name, description: property.description ?? '' })),
          parts: (element.cssParts ?? []).map((part) => ({ name: part.name, description: part.description ?? '' })),
        },
      })),
    },
  },
};

writeFileSync('dist/vscode.html-custom-data.json', `${JSON.stringify(vscode, null, 2)}\n`);
writeFileSync('dist/web-types.json', `${JSON.stringify(webTypes, null, 2)}\n`);
console.log(`editor data for ${elements.length} elements: dist/vscode.html-custom-data.json, dist/web-types.json`);
