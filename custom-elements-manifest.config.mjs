// The Custom Elements Manifest (custom-elements.json): documents every element's attributes,
// properties, events, slots, parts and CSS custom properties from the JSDoc in the classes.
// Storybook's autodocs and controls read it, and editors use it for completion.
import { readFileSync } from 'node:fs';

const kebab = (name) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

/**
 * Component classes never register themselves (their entry files do), so the analyzer can't see the tag
 * or that they are custom elements; and reactive `state: true` fields are implementation details, not
 * attributes. This plugin adds the tag (the class name in kebab case, as each entry file registers it)
 * and drops internal state and `_`-prefixed members.
 */
function exerciseElementsPlugin() {
  return {
    name: 'exercise-elements',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          // `emit(name, …)` in the base class reads as an event called "name" to the analyzer.
          if (decl.events) decl.events = decl.events.filter((e) => e.name !== 'name');
          if (decl.members) decl.members = decl.members.filter((m) => m.privacy !== 'protected');
        }
        if (!mod.path.endsWith('.component.ts')) {
          // The base class is not an element of its own.
          for (const decl of mod.declarations ?? []) delete decl.customElement;
          continue;
        }
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
            if (attr.name === 'lang' && !attr.description) {
              attr.description =
                'Language of the interface and of localized data; when unset, the nearest ancestor’s `lang`, then `<html lang>`.';
            }
          }
          decl.members = (decl.members ?? []).filter((m) => !internal(m.name) && m.privacy !== 'private');
        }
        mod.exports = [
          ...(mod.exports ?? []),
          ...(mod.declarations ?? [])
            .filter((d) => d.customElement)
            .map((d) => ({
              kind: 'custom-element-definition',
              name: d.tagName,
              declaration: { name: d.name, module: mod.path },
            })),
        ];
      }
    },
  };
}

export default {
  globs: ['src/**/*.component.ts', 'src/internal/exercise-element.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
  plugins: [exerciseElementsPlugin()],
};
