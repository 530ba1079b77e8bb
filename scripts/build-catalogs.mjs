// Writes the UI catalogs in src/translations/ from xliff/*.xlf (the translators' files) and the msg()
// calls in src/. It runs `lit-localize build` (lit-localize.json) into a scratch folder and rewrites
// that output into small lazy modules, because a catalog per locale with all 230 messages was twice
// the 2 KB budget of a locale module (min + brotli):
//
//  - Parts. Messages are split by the file that calls msg() (PARTS below). An element loads only the
//    parts its own code calls msg() in, found from its import graph, so a page with one card fetches
//    `shared` and `card` and never the player's strings. The player is two parts to stay under budget.
//  - Short keys. Hashed ids (`s` + 16 hex digits: incompressible) are stored under their shortest
//    prefix that is unique among all messages; `catalogKey()` in src/internal/locale-loader.ts looks
//    full ids up by it. Explicit ids (`card.more.one`) stay as written.
//  - Plural forms a locale never selects are left out: a `pluralMessage` family (`x.zero` … `x.other`)
//    keeps the categories of `Intl.PluralRules(locale).resolvedOptions().pluralCategories`. A form
//    asked for anyway would show the English, as a missing translation does.
//
// Writes <locale>-<part>.ts (loaded by the elements), <locale>.ts (the whole catalog, for a host app
// that runs @lit/localize itself), catalog-parts.ts (key length, parts per element, loaders) and
// locale-codes.ts. `--check` writes nothing and exits 1 when src/translations/ is not up to date.
//
//   npx lit-localize extract && node scripts/pseudo-locale.mjs && node scripts/build-catalogs.mjs
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import { extractMessagesFromProgram } from '@lit/localize-tools/lib/program-analysis.js';
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ts from 'typescript';

const OUT = 'src/translations';

/** A message belongs to the first part whose pattern matches a file that calls it (several: each). */
const PARTS = [
  ['card', /^src\/exercise-card\//],
  ['counter', /^src\/rep-counter\//],
  ['player', /^src\/routine-player\/(routine-player\.component|player-overview|player-text)\.ts$/],
  // The rest of the player: running view, summary, pain dialog.
  ['session', /^src\/routine-player\//],
  // What only authors read, never fetched by readers' pages, in three parts to stay under budget: the
  // editor's form and library search (`form`), the JSON messages (`json`), and the rest of the editor.
  ['form', /^src\/routine-editor\/(routine-form|library-panel\.component)\.ts$/],
  ['json', /^src\/internal\/json-text-messages\.ts$/],
  ['editor', /^src\/routine-editor\//],
  ['shared', /^src\//],
];
/**
 * Parts only the authoring tools call msg() in. Readers' pages carry no import path of theirs: their
 * loaders sit in author-part-loaders.ts, one lazy module, so a change to the editor's strings (new
 * chunk names) never changes a byte of a reader's page.
 */
const AUTHOR_PARTS = new Set(['editor', 'form', 'json']);
const PLURAL = /^(.+)\.(zero|one|two|few|many|other)$/;
const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];
/** Ids @lit/localize generates from a message's text; src/internal/locale-loader.ts uses the same test. */
const HASHED = /^[sh][0-9a-f]{16}$/;

const partOf = (file) => PARTS.find(([, pattern]) => pattern.test(file))[0];
const partNames = PARTS.map(([name]) => name).sort();

const config = readConfigFileAndWriteSchema('lit-localize.json');
const scratch = mkdtempSync(join(tmpdir(), 'exercise-elements-catalogs-'));
let files;
try {
  const localizer = new RuntimeLitLocalizer({
    ...config,
    output: { ...config.output, outputDir: scratch, localeCodesModule: join(scratch, 'locale-codes.ts') },
  });
  const callers = messageCallers(localizer.program);
  await localizer.build();
  files = await catalogFiles(callers, (locale) => readFileSync(join(scratch, `${locale}.ts`), 'utf8'));
  files.set('locale-codes.ts', readFileSync(join(scratch, 'locale-codes.ts'), 'utf8'));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const stale = readdirSync(OUT).filter((name) => !files.has(name));
if (process.argv.includes('--check')) {
  const differ = [...files].filter(
    ([name, text]) => !existsSync(join(OUT, name)) || readFileSync(join(OUT, name), 'utf8') !== text,
  );
  const wrong = [...differ.map(([name]) => name), ...stale];
  if (wrong.length > 0) {
    console.error(`${OUT} is not up to date (${wrong.join(', ')}): run node scripts/build-catalogs.mjs`);
    process.exitCode = 1;
  }
} else {
  for (const name of stale) rmSync(join(OUT, name));
  for (const [name, text] of files) writeFileSync(join(OUT, name), text);
  console.log(`Wrote ${files.size} modules to ${OUT}/`);
}

/** Message id → the source files that call it (lit-localize's own list keeps only the first file). */
function messageCallers(program) {
  const callers = new Map();
  for (const file of program.getSourceFiles()) {
    const name = relative(process.cwd(), file.fileName);
    if (!name.startsWith('src/') || file.isDeclarationFile) continue;
    const single = Object.create(program, { getSourceFiles: { value: () => [file] } });
    for (const message of extractMessagesFromProgram(single).messages) {
      callers.set(message.name, [...(callers.get(message.name) ?? []), name]);
    }
  }
  return callers;
}

/** The source files each element's class reaches through imports (type-only imports excluded). */
async function elementGraphs() {
  const graphs = new Map();
  for (const dir of readdirSync('src')) {
    const entry = `src/${dir}/${dir}.component.ts`;
    if (!existsSync(entry)) continue;
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      packages: 'external',
      logLevel: 'silent',
      // The catalogs themselves are not part of what an element calls msg() in.
      plugins: [
        {
          name: 'catalogs-external',
          setup(b) {
            b.onResolve({ filter: /translations\// }, ({ path }) => ({ path, external: true }));
          },
        },
      ],
    });
    graphs.set(dir, Object.keys(result.metafile.inputs));
  }
  return graphs;
}

/** The shortest prefix length that keeps every hashed id distinct from the others and from explicit ids. */
function keyLength(ids) {
  for (let length = 2; length < 17; length++) {
    const keys = new Set(ids.map((id) => (HASHED.test(id) ? id.slice(0, length) : id)));
    if (keys.size === ids.length) return length;
  }
  throw new Error('message ids are not unique');
}

/** lit-localize's generated module for one locale → id → { code, tag } (the template as source text). */
function parseCatalog(text) {
  const source = ts.createSourceFile('catalog.ts', text, ts.ScriptTarget.Latest, true);
  const entries = new Map();
  source.forEachChild(function visit(node) {
    if (ts.isPropertyAssignment(node)) {
      const value = node.initializer;
      const tag = ts.isTaggedTemplateExpression(value) ? value.tag.getText(source) : undefined;
      entries.set(node.name.text, { code: value.getText(source), tag });
    } else {
      node.forEachChild(visit);
    }
  });
  return entries;
}

async function catalogFiles(callers, readLocale) {
  const ids = [...callers.keys()].sort();
  const length = keyLength(ids);
  const key = (id) => (HASHED.test(id) ? id.slice(0, length) : id);

  const partIds = new Map(partNames.map((part) => [part, new Set()]));
  for (const [id, sources] of callers) for (const file of sources) partIds.get(partOf(file)).add(id);

  // An element needs the parts that hold every message its files call: greedily, the part holding
  // most of those not yet covered, so a message duplicated in another element's part pulls nothing in.
  const elementParts = {};
  for (const [tag, graph] of await elementGraphs()) {
    const uncovered = new Set(ids.filter((id) => callers.get(id).some((file) => graph.includes(file))));
    const parts = [];
    while (uncovered.size > 0) {
      const held = (part) => [...partIds.get(part)].filter((id) => uncovered.has(id));
      const best = partNames.reduce((a, b) => (held(b).length > held(a).length ? b : a));
      parts.push(best);
      held(best).forEach((id) => uncovered.delete(id));
    }
    elementParts[tag] = parts.sort();
  }

  // Only complete families of six are plural messages; `step.one` alone is an ordinary id.
  const families = new Map();
  for (const id of ids) {
    const match = PLURAL.exec(id);
    if (match) families.set(match[1], (families.get(match[1]) ?? 0) + 1);
  }
  const pluralCategory = (id) => {
    const match = PLURAL.exec(id);
    return match && families.get(match[1]) === CATEGORIES.length ? match[2] : undefined;
  };

  const files = new Map();
  const generated = `// Generated by scripts/build-catalogs.mjs; do not edit.\n`;
  const loaders = [];
  const authorLoaders = [];
  const authorNames = partNames.filter((part) => AUTHOR_PARTS.has(part));
  for (const locale of config.targetLocales) {
    const translations = parseCatalog(readLocale(locale));
    const used = new Set(new Intl.PluralRules(locale).resolvedOptions().pluralCategories);
    for (const part of partNames) {
      const entries = [...partIds.get(part)]
        .filter((id) => translations.has(id) && used.has(pluralCategory(id) ?? 'other'))
        .map((id) => [key(id), translations.get(id)])
        .sort(([a], [b]) => (a < b ? -1 : 1));
      const tags = new Set(entries.map(([, { tag }]) => tag));
      files.set(
        `${locale}-${part}.ts`,
        [
          generated.trimEnd(),
          `// The "${part}" messages in ${locale}, from xliff/${locale}.xlf, keyed by catalogKey().`,
          tags.has('str') ? `import { str } from '@lit/localize';` : '',
          tags.has('html') ? `import { html } from 'lit';` : '',
          '',
          `export const templates = {`,
          ...entries.map(([k, { code }]) => `  ${JSON.stringify(k)}: ${code},`),
          `};`,
          '',
        ]
          .filter((line, i, lines) => line !== '' || lines[i - 1] !== '')
          .join('\n'),
      );
    }
    loaders.push(
      `  '${locale}': [`,
      ...partNames.map((part) =>
        AUTHOR_PARTS.has(part)
          ? `    () => authorPart('${locale}', ${authorNames.indexOf(part)}),`
          : `    () => import('./${locale}-${part}.js'),`,
      ),
      `  ],`,
    );
    authorLoaders.push(
      `  '${locale}': [`,
      ...authorNames.map((part) => `    () => import('./${locale}-${part}.js'),`),
      `  ],`,
    );
    files.set(
      `${locale}.ts`,
      [
        generated.trimEnd(),
        `// The whole ${locale} catalog in one module, for a host app whose own @lit/localize loads our`,
        `// messages (docs/localization.md). Our elements load the parts they need instead.`,
        `import { compactTemplates } from '../internal/locale-loader.js';`,
        ...partNames.map((part) => `import { templates as ${part} } from './${locale}-${part}.js';`),
        '',
        `export const templates = compactTemplates({ ${partNames.map((part) => `...${part}`).join(', ')} });`,
        '',
      ].join('\n'),
    );
  }

  files.set(
    'catalog-parts.ts',
    [
      generated.trimEnd(),
      `import type { LocaleModule } from '@lit/localize';`,
      '',
      `export type CatalogPart = ${partNames.map((part) => `'${part}'`).join(' | ')};`,
      '',
      `/** Hashed message ids are stored under their first KEY_LENGTH characters, unique across all messages. */`,
      `export const KEY_LENGTH = ${length};`,
      '',
      `export const ALL_PARTS: readonly CatalogPart[] = [${partNames.map((part) => `'${part}'`).join(', ')}];`,
      '',
      `/** The parts holding the messages each element's code calls; a tag not listed needs them all. */`,
      `export const ELEMENT_PARTS: Readonly<Record<string, readonly CatalogPart[]>> = {`,
      ...Object.entries(elementParts)
        .sort()
        .map(([tag, parts]) => `  '${tag}': [${parts.map((part) => `'${part}'`).join(', ')}],`),
      `};`,
      '',
      `/**`,
      ` * Fixed import paths, one per locale and part (in ALL_PARTS order), so bundlers see and split every`,
      ` * catalog. Arrays rather than named entries: 40 names cost the drop-in bundle ≈ 100 B brotli.`,
      ` */`,
      `export const partLoaders: Readonly<Record<string, readonly (() => Promise<LocaleModule>)[]>> = {`,
      ...loaders,
      `};`,
      '',
      `/** An author-only part (${authorNames.join(', ')}), through author-part-loaders.ts: see there. */`,
      `function authorPart(locale: string, n: number): Promise<LocaleModule> {`,
      `  return import('./author-part-loaders.js').then(({ authorPartLoaders }) => authorPartLoaders[locale]![n]!());`,
      `}`,
      '',
    ].join('\n'),
  );
  files.set(
    'author-part-loaders.ts',
    [
      generated.trimEnd(),
      `// The loaders of the parts only the authoring tools use (${authorNames.join(', ')}), in that order. They`,
      `// live apart from catalog-parts.ts so a reader's page holds one import path for all of them, not one`,
      `// per locale and part: the editor's strings can change without changing a reader's page.`,
      `import type { LocaleModule } from '@lit/localize';`,
      '',
      `export const authorPartLoaders: Readonly<Record<string, readonly (() => Promise<LocaleModule>)[]>> = {`,
      ...authorLoaders,
      `};`,
      '',
    ].join('\n'),
  );
  return files;
}
