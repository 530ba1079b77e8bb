// Three builds from one config. None writes source maps: the npm build is readable ES2022, one file per
// source module, and maps pointing at src/ (which is not published) would only mislead a debugger.
//  (a) dist/: the npm package — ES2022 modules, one file per source module, lit/@lit/localize/valibot
//      left as imports so apps share one copy; declarations come from `tsc -p tsconfig.build.json`.
//  (b) dist/cdn/exercise-elements.js: the default embed, the light loader — it imports an element's
//      chunk (dist/cdn/elements/<tag>.js) only when its tag appears in the page; Lit, shared code,
//      catalogs and lazy parts are chunks in dist/cdn/chunks/, downloaded once. autoload.js (older
//      pages) is the same module; exercise-elements-hydrate.js (the same loader with Lit's hydration
//      support first, for server-rendered pages) is its own build with its chunks in dist/cdn/hydrate/.
//  (c) dist/cdn/exercise-elements.all.js: the all-in-one file — one minified module that registers
//      every element (English built in; other languages and lazy parts are files in dist/cdn/locales/),
//      for those who want a single request.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { existsSync, readFileSync } from 'node:fs';
import { minifyLiteralsPlugin } from './scripts/minify-literals.mjs';

/**
 * Ships the before-upgrade stylesheet (reserves space for elements not yet defined) as a file, with a
 * declaration beside it that the `types` condition of its export names: without one, a TypeScript
 * project importing it for its side effect fails (TS2307 on 5.9, TS2882 on 6 and 7).
 */
const CSS_TYPES = `// \`import 'exercise-elements/styles/before-upgrade.css'\` loads a stylesheet and binds nothing.
export {};
`;
const copyStyles = () => ({
  name: 'copy-styles',
  generateBundle() {
    const fileName = 'styles/before-upgrade.css';
    this.emitFile({ type: 'asset', fileName, source: readFileSync(`src/${fileName}`, 'utf8') });
    this.emitFile({ type: 'asset', fileName: `${fileName}.d.ts`, source: CSS_TYPES });
  },
});

/**
 * Leaves the test pseudo-locale `en-XA` out of every shipped build: its catalog entry and its locale
 * code are dropped from the generated modules, so no bundler a user runs sees its chunks. The tests
 * and Storybook, which read src/, still have it.
 */
const dropPseudoLocale = () => ({
  name: 'drop-pseudo-locale',
  transform(code, id) {
    if (/[\\/]translations[\\/](catalog-parts|author-part-loaders)\.ts$/.test(id)) {
      const out = code.replace(/\n {2}'en-XA': \[[^\]]*\],/, '');
      if (out === code) this.error(`${id}: no en-XA entry to drop (did its format change?)`);
      return { code: out, map: null };
    }
    if (/[\\/]translations[\\/]locale-codes\.ts$/.test(id)) {
      const out = code.replaceAll(/\n {2}`en-XA`,/g, '');
      if (out === code) this.error('locale-codes.ts: no en-XA code to drop (did its format change?)');
      return { code: out, map: null };
    }
    return null;
  },
});

/** Elements that have landed; each gets `./<name>.js` (registers) and `./<name>.component.js` (class only). */
export const ELEMENTS = ['exercise-card', 'rep-counter', 'routine-player', 'exercise-figure'].filter((name) =>
  existsSync(`src/${name}/${name}.component.ts`),
);

const npmInputs = {
  index: 'src/index.ts',
  'core/index': 'src/core/index.ts',
  'ssr/render-to-html': 'src/ssr/render-to-html.ts',
  'ssr/index': 'src/ssr/index.ts',
  // The authoring element: its own entry, never part of the readers' drop-in or loader files.
  'routine-editor/routine-editor': 'src/routine-editor/routine-editor.ts',
  ...Object.fromEntries(
    ELEMENTS.flatMap((name) => [
      [`${name}/${name}`, `src/${name}/${name}.ts`],
      [`${name}/${name}.component`, `src/${name}/${name}.component.ts`],
    ]),
  ),
};

/**
 * Lazy chunk names: a dosage word table (src/core/dosage-words/es.ts) gets a `words-` prefix, so it is
 * never taken for a catalog part or clashes with a chunk named after a locale.
 */
const lazyChunks = (pattern) => (chunk) =>
  /[\\/]core[\\/]dosage-words[\\/][a-z]+\.ts$/.test(chunk.facadeModuleId ?? '')
    ? pattern.replace('[name]', 'words-[name]')
    : // The figure a card or player loads when its data has one (issue 22) is no catalog: its own folder.
      /[\\/]exercise-figure[\\/]/.test(chunk.facadeModuleId ?? '')
      ? pattern.replace('locales/', 'figure/')
      : // Nor is the routine text reader a player loads for a routine written as text.
        /routine-text-script\.ts$/.test(chunk.facadeModuleId ?? '')
        ? pattern.replace('locales/', 'routine-text/')
        : pattern;

/** The self-contained, minified browser builds (drop-in files, autoloader): one plugin list for all. */
const cdnPlugins = () => [
  nodeResolve({ exportConditions: ['production', 'browser', 'default'] }),
  dropPseudoLocale(),
  minifyLiteralsPlugin(),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', minify: true, legalComments: 'none' }),
  // Then terser over each chunk esbuild minified: its three compress passes (inlining, dead branches,
  // joined statements) take about 1 KB min+brotli more off a page of all three elements and 0.7 KB off
  // a card's (measured 2 Dec 2026). Only its safe transforms: no pure_getters or unsafe_* (each saved
  // under 0.1 KB and assumes things about our code terser cannot check).
  terser({ module: true, ecma: 2020, compress: { passes: 3 }, format: { comments: false } }),
];

/**
 * The loader's `import("./elements/<tag>.js")` would fetch the element's chunk, and only after parsing
 * it the shared chunks it imports: a second round trip before a card already in the page upgrades. This
 * rewrites each such import in an entry at the root of dist/cdn to start every chunk it needs at once
 * (the element's result is still the one awaited; the others are cached by the module map).
 */
const parallelChunkImports = () => ({
  name: 'parallel-chunk-imports',
  generateBundle(_, bundle) {
    const closure = (fileName, seen = new Set()) => {
      for (const dep of bundle[fileName]?.imports ?? [])
        if (!seen.has(dep)) {
          seen.add(dep);
          closure(dep, seen);
        }
      return seen;
    };
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk' || !chunk.isEntry || chunk.fileName.includes('/')) continue;
      for (const target of chunk.dynamicImports) {
        const call = `import("./${target}")`;
        if (!chunk.code.includes(call)) this.error(`${chunk.fileName}: no ${call} to rewrite`);
        const early = [...closure(target)]
          .filter((dep) => !chunk.imports.includes(dep))
          .map((dep) => `import("./${dep}").catch(()=>{})`);
        chunk.code = chunk.code.replaceAll(call, `(${[...early, call].join(',')})`);
      }
    }
  },
});

/**
 * Groups the light loader's shared code by the elements that use it. Left to itself, rollup also splits
 * by the lazy parts (the dosage text parser, the JSON-LD writer, the figure, the video), which every
 * page reaches only through an element that has already loaded what they share: it made a card's page
 * six files, and each file a CDN compresses alone compresses worse. Here a module any two elements
 * import statically goes in a chunk named after them (`shared-by-card_player`), and
 * what the card, the counter and the player all use is one chunk, `shared-by-all` (Lit, the theme,
 * the dosage formatter). An `<exercise-figure>` alone then also fetches that chunk's dosage formatter
 * (1.2 KB it does not use); a card's page is 0.3 KB and a player's 0.8 KB smaller (2 Dec 2026).
 * What an entry of the build itself imports stays out of these groups. Not for the hydrate build: its
 * loader imports Lit itself, and rollup moves what a manual chunk's modules import into that chunk, so
 * the loader would import the shared chunks up front.
 */
const chunksByElement = () => {
  const MAIN = ['exercise-card', 'rep-counter', 'routine-player'];
  let users;
  return (id, { getModuleIds, getModuleInfo }) => {
    if (!users) {
      users = new Map();
      const closure = (from) => {
        const seen = new Set();
        const visit = (module) => {
          if (seen.has(module)) return;
          seen.add(module);
          for (const dep of getModuleInfo(module)?.importedIds ?? []) visit(dep);
        };
        visit(from);
        return seen;
      };
      const ids = [...getModuleIds()];
      const element = (module) => /[\\/]src[\\/]cdn[\\/]elements[\\/][\w-]+\.ts$/.test(module);
      const entries = ids.filter((module) => getModuleInfo(module)?.isEntry && !element(module));
      const eager = new Set(entries.flatMap((entry) => [...closure(entry)]));
      // The lazy parts each element may load (the dosage text parser, the figure…), and which elements.
      const lazy = new Map();
      for (const entry of ids.filter(element)) {
        const name = /([\w-]+)\.ts$/.exec(entry)[1];
        for (const module of closure(entry)) {
          if (module !== entry && !eager.has(module)) users.set(module, [...(users.get(module) ?? []), name]);
          for (const target of getModuleInfo(module)?.dynamicallyImportedIds ?? [])
            lazy.set(target, new Set([...(lazy.get(target) ?? []), name]));
        }
      }
      // A lazy part reaching code grouped for other elements would download that whole group: the card's
      // dosage text parser reached the counter's and player's shared chunk (13 KB instead of 4). Such
      // code gets a group of its own, named after the lazy part as well.
      for (const [target, loaders] of lazy) {
        const part = /([\w-]+)\.[jt]s$/.exec(target)?.[1] ?? 'lazy';
        for (const module of closure(target)) {
          const named = users.get(module);
          // (Code with one user is left to rollup, which already splits it well.)
          if (named && named.length > 1 && ![...loaders].every((loader) => named.includes(loader)))
            named.push(part);
        }
      }
    }
    const names = users.get(id);
    if (!names || names.length < 2) return undefined;
    if (MAIN.every((name) => names.includes(name))) return 'shared-by-all';
    // `shared-by-card_player`: no `-player-` in it, which scripts/size.mjs would take for a catalog part.
    return `shared-by-${names
      .map((name) => name.replace(/^.*-/, ''))
      .sort()
      .join('_')}`;
  };
};

const isDependency = (id) => /^(lit|@lit\/[^/]+|@lit-labs\/[^/]+|valibot)(\/|$)/.test(id);

export default [
  {
    input: npmInputs,
    external: isDependency,
    // Literal text is minified here too: app bundlers minify our code but not the text in css`` / html``.
    plugins: [
      dropPseudoLocale(),
      minifyLiteralsPlugin(),
      esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
      copyStyles(),
    ],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: '[name].js',
    },
  },
  {
    input: {
      'exercise-elements': 'src/cdn/exercise-elements.ts',
      autoload: 'src/cdn/autoload.ts',
      ...Object.fromEntries(ELEMENTS.map((name) => [`elements/${name}`, `src/cdn/elements/${name}.ts`])),
    },
    plugins: [...cdnPlugins(), parallelChunkImports()],
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: lazyChunks('chunks/[name]-[hash].js'),
      manualChunks: chunksByElement(),
    },
  },
  {
    // The same loader with Lit's hydration support first, its own build (chunks in dist/cdn/hydrate/):
    // sharing chunks with the plain loader would split Lit in two files on every page without SSR.
    input: { 'exercise-elements-hydrate': 'src/cdn/exercise-elements-hydrate.ts' },
    plugins: [...cdnPlugins(), parallelChunkImports()],
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: lazyChunks('hydrate/[name]-[hash].js'),
    },
  },
  {
    // One file for one request; translations and lazy parts stay separate files beside it.
    input: { 'exercise-elements.all': 'src/cdn/exercise-elements.all.ts' },
    plugins: cdnPlugins(),
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: lazyChunks('locales/[name].js'),
    },
  },
];
