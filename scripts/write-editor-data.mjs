// Writes editor completion data into dist/editor/ from custom-elements.json, so editors complete our
// tags, attributes and attribute values in plain HTML:
// - html-custom-data.json: VS Code's HTML custom data (`"html.customData"` in settings);
// - web-types.json: JetBrains IDEs' web-types (found through package.json's `web-types` field).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { ranAsScript } from './ran-as-script.mjs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

const elements = manifest.modules.flatMap((mod) => (mod.declarations ?? []).filter((d) => d.customElement));

/** `'full' | 'compact' | undefined` → `['full', 'compact']`; nothing for free text. */
export function literalValues(typeText = '') {
  const parts = typeText.split(' | ').filter((part) => part !== 'undefined');
  if (!parts.length || !parts.every((part) => /^'[^']*'$/.test(part))) return [];
  return parts.map((part) => part.slice(1, -1));
}

const isBoolean = (attr) =>
  (attr.type?.text ?? '').split(' | ').every((p) => p === 'boolean' || p === 'undefined');
const summary = (d) => d.summary || d.description?.split('\n\n')[0] || '';

export function vscodeCustomData() {
  return {
    $schema:
      'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((d) => ({
      name: d.tagName,
      description: { kind: 'markdown', value: summary(d) },
      attributes: (d.attributes ?? []).map((attr) => {
        const values = literalValues(attr.type?.text);
        return {
          name: attr.name,
          description: { kind: 'markdown', value: attr.description ?? '' },
          ...(isBoolean(attr) ? { valueSet: 'v' } : {}),
          ...(values.length ? { values: values.map((name) => ({ name })) } : {}),
        };
      }),
    })),
  };
}

export function webTypes() {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elements.map((d) => ({
          name: d.tagName,
          description: summary(d),
          attributes: (d.attributes ?? []).map((attr) => {
            const values = literalValues(attr.type?.text);
            return {
              name: attr.name,
              description: attr.description ?? '',
              value: isBoolean(attr)
                ? { kind: 'no-value', type: 'boolean' }
                : {
                    kind: 'plain',
                    type: attr.type?.text ?? 'string',
                    ...(attr.default ? { default: attr.default } : {}),
                  },
              ...(values.length ? { values: values.map((name) => ({ name })) } : {}),
            };
          }),
          events: (d.events ?? []).map((e) => ({ name: e.name, description: e.description ?? '' })),
          slots: (d.slots ?? []).map((s) => ({ name: s.name, description: s.description ?? '' })),
          css: {
            parts: (d.cssParts ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
            properties: (d.cssProperties ?? []).map((p) => ({
              name: p.name,
              description: p.description ?? '',
            })),
          },
          js: {
            properties: (d.members ?? [])
              .filter((m) => m.kind === 'field' && !m.static)
              .map((m) => ({ name: m.name, description: m.description ?? '', type: m.type?.text })),
            events: (d.events ?? []).map((e) => ({ name: e.name, description: e.description ?? '' })),
          },
        })),
      },
    },
  };
}

if (ranAsScript(import.meta.url)) {
  mkdirSync('dist/editor', { recursive: true });
  writeFileSync('dist/editor/html-custom-data.json', `${JSON.stringify(vscodeCustomData(), null, 2)}\n`);
  writeFileSync('dist/editor/web-types.json', `${JSON.stringify(webTypes(), null, 2)}\n`);
  console.log(
    `editor data: dist/editor/html-custom-data.json, dist/editor/web-types.json (${elements.length} elements)`,
  );
}
