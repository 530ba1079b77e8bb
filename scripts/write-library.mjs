// Writes the exercise library the editor offers into the package: dist/library/free-exercise-db.json
// (the 873 free-exercise-db records mapped by core's fromFreeExerciseDb, each validated), the pictures
// the data set ships copied beside it (images/…; the others stay on the library's own site), and its
// licence. Only the editor's library panel fetches it, when an author opens it; readers' widgets never do.
// The data set is read from ../shared/data/free-exercise-db, or from FREE_EXERCISE_DB.
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const from = process.env.FREE_EXERCISE_DB ?? '../shared/data/free-exercise-db';
const to = 'dist/library';

if (!existsSync(join(from, 'exercises.json'))) {
  console.warn(`library: no ${join(from, 'exercises.json')}; dist/library not written`);
  process.exit(0);
}

const out = 'node_modules/.cache/exercise-elements/library-core.mjs';
await build({
  entryPoints: ['src/core/index.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: out,
  logLevel: 'warning',
});
const { fromFreeExerciseDb, validateExercise } = await import(`${pathToFileURL(out).href}?t=${Date.now()}`);

const records = JSON.parse(readFileSync(join(from, 'exercises.json'), 'utf8'));
mkdirSync(join(to, 'images'), { recursive: true });
const exercises = [];
let copied = 0;
for (const record of records) {
  const images = Array.isArray(record.images) ? record.images : [];
  // Relative to the JSON file; the panel resolves it against the address it loaded the library from.
  const local = images.length > 0 && images.every((path) => existsSync(join(from, 'images', path)));
  const exercise = fromFreeExerciseDb(record, local ? { imageBase: 'images/' } : {});
  const checked = exercise && validateExercise(exercise);
  if (!checked?.ok) throw new Error(`library: ${record.id} does not map to a valid exercise`);
  if (local) {
    for (const path of images) {
      mkdirSync(join(to, 'images', path, '..'), { recursive: true });
      cpSync(join(from, 'images', path), join(to, 'images', path));
      copied++;
    }
  }
  exercises.push(exercise);
}
const library = {
  name: 'free-exercise-db',
  title: 'Free Exercise DB',
  url: 'https://github.com/yuhonas/free-exercise-db',
  licence: 'Unlicense',
  attribution: 'Exercises, instructions and pictures from Free Exercise DB (public domain, Unlicense).',
  exercises,
};
writeFileSync(join(to, 'free-exercise-db.json'), `${JSON.stringify(library)}\n`);
if (existsSync(join(from, 'LICENSE.md'))) cpSync(join(from, 'LICENSE.md'), join(to, 'LICENSE.md'));
console.log(
  `library: ${to}/free-exercise-db.json (${exercises.length} exercises, ${copied} pictures copied)`,
);
