// The Custom Elements Manifest (custom-elements.json): documents every element's attributes,
// properties, events, slots, parts and CSS custom properties from the JSDoc in the classes.
// Storybook's autodocs and controls read it, editors use it for completion (dist/editor/ is generated
// from it), and so do the framework types in dist/types/ and tools in users' projects. It describes the
// published package: every path is a file in dist/, never our src/.
import { existsSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { attributeTypeExpander } from './scripts/manifest/attribute-types.mjs';

const kebab = (name) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

/** `src/exercise-card/exercise-card.component.ts` → `dist/exercise-card/exercise-card.component.js`. */
const published = (path) => path.replace(/^(\.?\/)?src\/(.*)\.[tj]s$/, 'dist/$2.js');

/** Component classes (`src/<name>/<name>.component.ts`) and the entry file that registers each. */
const COMPONENTS = [
  'exercise-card',
  'rep-counter',
  'routine-player',
  'exercise-figure',
  'routine-editor',
].filter((name) => existsSync(`src/${name}/${name}.component.ts`));
const entryOf = (componentPath) => componentPath.replace(/\.component\.ts$/, '.ts');

/** The base class fires `ex-warning` for every element; its JSDoc is on the `debug` property. */
const EX_WARNING = {
  name: 'ex-warning',
  type: { text: 'CustomEvent<ExWarningDetail>' },
  description:
    'Something in the data or an attribute was left out or not understood, but the element still shows the rest: `{ warnings }`, each with its path. Shown inside the element only while `debug` is set.',
};

/**
 * Rewrites every module reference (exports, superclasses, inherited members) to the published path.
 * The analyzer writes a re-export's specifier as it stands (`../internal/events.js`): resolve it first.
 */
function publishReferences(node, from) {
  if (Array.isArray(node)) node.forEach((item) => publishReferences(item, from));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key !== 'module' || typeof value !== 'string') publishReferences(value, from);
      else if (value.startsWith('.')) node[key] = published(posix.join(posix.dirname(from), value));
      else node[key] = published(value);
    }
  }
}

/**
 * Component classes never register themselves (their entry files do), so the analyzer can't see the tag
 * or that they are custom elements; and reactive `state: true` fields are implementation details, not
 * attributes. This plugin adds the tag (the class name in kebab case, as each entry file registers it),
 * drops internal state and `_`-prefixed members, writes attribute types as their values, and documents
 * each element in the module a user imports (`dist/<name>/<name>.js`, which registers it and exports
 * every type its properties and events use).
 */
function exerciseElementsPlugin() {
  return {
    name: 'exercise-elements',
    packageLinkPhase({ customElementsManifest }) {
      const expand = attributeTypeExpander('src/index.ts');
      const modules = customElementsManifest.modules;
      const byPath = new Map(modules.map((mod) => [mod.path, mod]));
      for (const mod of modules) {
        for (const decl of mod.declarations ?? []) {
          // `emit(name, …)` in the base class reads as an event called "name" to the analyzer.
          if (decl.events) decl.events = decl.events.filter((e) => e.name !== 'name');
          if (decl.members) decl.members = decl.members.filter((m) => m.privacy !== 'protected');
          // The base class is not an element of its own.
          if (!mod.path.endsWith('.component.ts')) delete decl.customElement;
        }
      }
      for (const mod of modules.filter((m) => m.path.endsWith('.component.ts'))) {
        const entry = byPath.get(entryOf(mod.path));
        if (!entry) throw new Error(`manifest: no entry file beside ${mod.path}`);
        const source = readFileSync(mod.path, 'utf8');
        const stateFields = new Set(
          [...source.matchAll(/(\w+):\s*\{\s*state:\s*true\s*\}/g)].map((m) => m[1]),
        );
        const internal = (name) => name.startsWith('_') || stateFields.has(name);
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class' || !/^[A-Z]/.test(decl.name)) continue;
          if (!mod.exports?.some((e) => e.declaration?.name === decl.name)) continue;
          decl.customElement = true;
          decl.tagName = kebab(decl.name);
          decl.attributes = (decl.attributes ?? []).filter((a) => !internal(a.fieldName ?? a.name));
          for (const attr of decl.attributes) {
            // The native `lang`, observed so the element re-renders in the new language.
            if (attr.name === 'lang') {
              attr.fieldName = 'lang';
              attr.type = { text: 'string' };
              attr.description ||=
                'Language of the interface and of localized data; when unset, the nearest ancestor’s `lang`, then `<html lang>`.';
            }
            if (attr.type?.text) attr.type.text = expand(attr.type.text);
          }
          decl.members = (decl.members ?? []).filter((m) => !internal(m.name) && m.privacy !== 'private');
          decl.events = decl.events ?? [];
          if (!decl.events.some((e) => e.name === EX_WARNING.name)) decl.events.push({ ...EX_WARNING });
        }
        // The element is documented where users import it from; the class module re-exports it.
        const elements = (mod.declarations ?? []).filter((d) => d.customElement);
        mod.declarations = (mod.declarations ?? []).filter((d) => !d.customElement);
        entry.declarations = [...(entry.declarations ?? []), ...elements];
        entry.exports = [
          ...(entry.exports ?? []).map((e) =>
            elements.some((d) => d.name === e.declaration?.name)
              ? { ...e, declaration: { name: e.declaration.name, module: entry.path } }
              : e,
          ),
          ...elements.map((d) => ({
            kind: 'custom-element-definition',
            name: d.tagName,
            declaration: { name: d.name, module: entry.path },
          })),
        ];
        mod.exports = (mod.exports ?? []).map((e) =>
          elements.some((d) => d.name === e.declaration?.name)
            ? { ...e, declaration: { name: e.declaration.name, module: entry.path } }
            : e,
        );
      }
      for (const mod of modules) {
        publishReferences(mod, mod.path);
        mod.path = published(mod.path);
      }
      customElementsManifest.schemaVersion = '2.1.0';
    },
  };
}

export default {
  globs: [
    'src/**/*.component.ts',
    ...COMPONENTS.map((name) => `src/${name}/${name}.ts`),
    'src/internal/exercise-element.ts',
  ],
  // The editor's library panel is a part of <routine-editor>, which registers it; not an element of its own.
  exclude: ['src/**/*.test.ts', 'src/routine-editor/library-panel.component.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
  plugins: [exerciseElementsPlugin()],
};
