// Finishes the declarations `tsc -p tsconfig.build.json` wrote into dist/, so the published .d.ts
// files show users the public API only and type-check under any TypeScript setting:
// - `static properties` is typed `PropertyDeclarations` (as LitElement declares it) instead of the
//   inferred object literal, which would list every internal `state: true` field (`_expanded`, …);
// - element classes don't name the internal interfaces they implement (their members are stripped);
// - the drop-in files in dist/cdn/ are self-contained bundles: their declarations only register the
//   elements' types, instead of importing a devDependency (`@lit-labs/ssr-client`, TS2882);
// - the pseudo-locale `en-XA`, which the builds leave out, leaves no declarations behind.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ranAsScript } from './ran-as-script.mjs';

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

/** Replaces the object type after `static properties: ` with `PropertyDeclarations`, braces matched. */
export function typeStaticProperties(text) {
  const marker = 'static properties: {';
  const start = text.indexOf(marker);
  if (start === -1) return text;
  let depth = 0;
  let end = start + marker.length - 1;
  for (; end < text.length; end += 1) {
    if (text[end] === '{') depth += 1;
    else if (text[end] === '}' && --depth === 0) break;
  }
  return `${text.slice(0, start)}static properties: import("lit").PropertyDeclarations${text.slice(end + 1)}`;
}

/**
 * Drops `implements …` from exported classes: the interfaces an element implements for our own
 * coordination (`CoordinatedPlayer`) have `@internal` members that stripInternal removes from the class,
 * and a class declaration that no longer matches its interface fails to type-check (TS2420).
 */
export const withoutInternalInterfaces = (text) =>
  text.replace(/^(export declare class \w+ extends [\w.]+) implements [\w., ]+ \{/m, '$1 {');

const CDN_TYPES = `// The drop-in files are self-contained bundles that register the elements (the autoloader as their
// tags appear); their types are the package's own (the tag names in HTMLElementTagNameMap, the
// events in GlobalEventHandlersEventMap).
import '../index.js';
export {};
`;

if (ranAsScript(import.meta.url)) {
  let typed = 0;
  for (const path of files('dist')) {
    if (/[\\/]translations[\\/]en-XA[^\\/]*\.d\.ts$/.test(path)) rmSync(path);
    else if (path.endsWith('.d.ts')) {
      const text = readFileSync(path, 'utf8');
      const out = withoutInternalInterfaces(typeStaticProperties(text)).replaceAll('"en-XA", ', '');
      if (out !== text) {
        writeFileSync(path, out);
        typed += 1;
      }
    }
  }
  for (const name of [
    'exercise-elements',
    'exercise-elements.all',
    'exercise-elements-hydrate',
    'autoload',
  ]) {
    writeFileSync(`dist/cdn/${name}.d.ts`, CDN_TYPES);
  }
  console.log(`declarations: static properties typed in ${typed} files; dist/cdn/*.d.ts written`);
}
