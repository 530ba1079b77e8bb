// Writes schema/*.json from the Valibot definitions in src/data (the one source of the data model).
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const out = 'node_modules/.cache/exercise-elements/json-schemas.mjs';
await build({
  entryPoints: ['src/data/json-schemas.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: out,
  logLevel: 'warning',
});
const { buildJsonSchemas } = await import(`${pathToFileURL(out).href}?t=${Date.now()}`);
mkdirSync('schema', { recursive: true });
for (const [file, schema] of Object.entries(buildJsonSchemas())) {
  writeFileSync(`schema/${file}`, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`schema/${file}`);
}
