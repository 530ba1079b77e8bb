// A manifest reference to a module that the build ships as declarations only (a file of types, like
// `internal/events.ts`, or of re-exports the bundler folds into the modules importing it, like
// `core/routine-text/index.ts`) is rewritten from the `.js` that doesn't exist to the `.d.ts` that
// holds the declaration, so every path in the published custom-elements.json is a file in the package.
// The analyzer runs before the build and can't know: this runs after it (`build:types`) and after every
// `build:manifest` (Storybook's rerun it once dist/ exists; before a build there's nothing to rewrite).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { ranAsScript } from '../ran-as-script.mjs';

/** Rewrites, in place, every `path`/`module` naming a missing `dist/….js` whose `.d.ts` exists. */
export function pointAtShippedFiles(node, exists = existsSync) {
  let rewritten = 0;
  const visit = (value) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        const reference = (key === 'module' || key === 'path') && typeof child === 'string';
        if (!reference) visit(child);
        else if (child.endsWith('.js') && !exists(child) && exists(child.replace(/\.js$/, '.d.ts'))) {
          value[key] = child.replace(/\.js$/, '.d.ts');
          rewritten += 1;
        }
      }
    }
  };
  visit(node);
  return rewritten;
}

if (ranAsScript(import.meta.url)) {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const rewritten = pointAtShippedFiles(manifest);
  writeFileSync('custom-elements.json', `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`manifest: ${rewritten} references to declaration-only modules point at their .d.ts`);
}
