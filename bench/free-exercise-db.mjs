// A small importer: free-exercise-db entries (github.com/yuhonas/free-exercise-db) mapped to our
// Exercise shape, plus the seed exercises from examples/*.json. Images are left out on purpose: the
// render benchmark measures our DOM work, not image decoding or the network.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FREE_EXERCISE_DB = '/work/shared/data/free-exercise-db/exercises.json';
const LEVELS = { beginner: 'beginner', intermediate: 'intermediate', expert: 'advanced' };

/** One free-exercise-db entry as an Exercise (ids are made safe for our id pattern). */
export function fromFreeExerciseDb(entry) {
  const muscles = [...(entry.primaryMuscles ?? []), ...(entry.secondaryMuscles ?? [])];
  // A few entries carry empty instruction lines, which our schema rightly refuses.
  const steps = (entry.instructions ?? []).map((line) => line.trim()).filter(Boolean);
  return {
    id:
      entry.id
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/^-+|-+$/g, '') || 'exercise',
    name: entry.name,
    ...(steps.length ? { steps } : {}),
    ...(entry.equipment ? { equipment: [entry.equipment] } : {}),
    ...(muscles.length ? { muscles } : {}),
    ...(entry.category ? { category: entry.category } : {}),
    ...(LEVELS[entry.level] ? { difficulty: LEVELS[entry.level] } : {}),
    dosage: entry.category === 'stretching' ? '2 sets, hold 30 s' : '3 sets of 8-12 reps',
    source: {
      title: 'free-exercise-db',
      url: 'https://github.com/yuhonas/free-exercise-db',
      licence: 'Unlicense',
    },
  };
}

/**
 * The seed exercises (examples/*.json), without their media and drawn figures (the floors build
 * neither), then free-exercise-db, `count` in all.
 */
export function benchExercises(count) {
  const seeds = readdirSync(join(ROOT, 'examples'))
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) =>
      Object.values(JSON.parse(readFileSync(join(ROOT, 'examples', name), 'utf8')).exercises ?? {}),
    )
    .map(({ media: _media, figure: _figure, ...exercise }) => exercise);
  const imported = JSON.parse(readFileSync(FREE_EXERCISE_DB, 'utf8')).map(fromFreeExerciseDb);
  const all = [...seeds, ...imported];
  return Array.from({ length: count }, (_, i) => all[i % all.length]);
}
