// Every message in the source has a translation in every locale: extract the messages from src/ into a
// scratch copy of xliff/ (the committed files stay untouched) and require a non-empty <target> for each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';

const scratch = 'node_modules/.cache/exercise-elements-i18n';

test('lit-localize finds a translation for every message in every locale', () => {
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  cpSync('xliff', `${scratch}/xliff`, { recursive: true });
  const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
  // lit-localize reads every path relative to its config file, which lives in the scratch folder.
  const up = scratch.replace(/[^/]+/g, '..');
  config.tsConfig = `${up}/tsconfig.json`;
  config.inputFiles = config.inputFiles.map((glob) => `${up}/${glob}`);
  config.interchange.xliffDir = 'xliff/';
  config.output.outputDir = 'translations';
  config.output.localeCodesModule = 'translations/locale-codes.ts';
  delete config.$schema;
  writeFileSync(`${scratch}/lit-localize.json`, JSON.stringify(config));
  execFileSync(
    'npx',
    ['--no-install', 'lit-localize', 'extract', '--config', `${scratch}/lit-localize.json`],
    {
      stdio: 'pipe',
    },
  );
  const files = readdirSync(`${scratch}/xliff`).filter((f) => f.endsWith('.xlf'));
  assert.equal(files.length, config.targetLocales.length);
  for (const file of files) {
    const xliff = readFileSync(`${scratch}/xliff/${file}`, 'utf8');
    const units = xliff.split('<trans-unit ').slice(1);
    assert.ok(units.length > 200, `${file} has its messages`);
    const untranslated = units.filter((unit) => !/<target>[\s\S]*\S[\s\S]*<\/target>/.test(unit));
    assert.deepEqual(
      untranslated.map((unit) => unit.match(/<source>([\s\S]*?)<\/source>/)?.[1]),
      [],
      `${file}: messages without a translation`,
    );
  }
});

// The lazy catalogs in src/translations/ are generated from xliff/ (scripts/build-catalogs.mjs): short
// keys, parts per element, unused plural forms left out. Stale files would show stale translations.
test('src/translations/ is what scripts/build-catalogs.mjs writes from xliff/', () => {
  try {
    execFileSync('node', ['scripts/build-catalogs.mjs', '--check'], { stdio: 'pipe', encoding: 'utf8' });
  } catch (error) {
    assert.fail(error.stderr || error.message);
  }
});
