// searchLibrary on the real library: the 873 free-exercise-db records as fromFreeExerciseDb maps them,
// searched the way an author would, through the published `exercise-elements/core`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const { fromFreeExerciseDb, searchLibrary, libraryFacets, LIBRARY_NO_EQUIPMENT } =
  await import('exercise-elements/core');
const records = JSON.parse(readFileSync('../shared/data/free-exercise-db/exercises.json', 'utf8'));
const library = records.map((record) => fromFreeExerciseDb(record));

const names = (result) => result.exercises.map((e) => e.name);

// [what the author does, query, names that must come first in this order, total or undefined]
const TABLE = [
  ['types a whole name: that exercise first', { query: 'plank' }, ['Plank', 'Push Up to Side Plank'], 2],
  ['types it in capitals with spaces', { query: '  PLANK ' }, ['Plank'], 2],
  [
    'types a plural: singular names are found',
    { query: 'squats', equipment: LIBRARY_NO_EQUIPMENT },
    ['Sit Squats', 'Split Squats', 'Bodyweight Squat'],
    4,
  ],
  ['types "push up": hyphenated names are found', { query: 'push up', limit: 1 }, ['Push-Up Wide'], 21],
  [
    'types a name word: names with it, before areas',
    { query: 'bridge', limit: 3 },
    ['Side Bridge', 'London Bridges', 'Butt Lift (Bridge)'],
    7,
  ],
  [
    'types an area: names saying it first, then exercises for it',
    { query: 'glutes', limit: 2 },
    ['Glute Kickback', 'Glute Ham Raise'],
    26,
  ],
  [
    'narrows by area and equipment',
    { query: 'curl', area: 'biceps', equipment: 'dumbbell', limit: 3 },
    ['Hammer Curls', 'Zottman Curl', 'Concentration Curls'],
    24,
  ],
  [
    'types two words in any order',
    { query: 'raise calf', limit: 2 },
    ['Donkey Calf Raises', 'Seated Calf Raise'],
    12,
  ],
  ['types nothing it holds', { query: 'xyzzy' }, [], 0],
];

for (const [behaviour, query, first, total] of TABLE) {
  test(`searchLibrary: an author ${behaviour}`, () => {
    const result = searchLibrary(library, query);
    assert.deepEqual(names(result).slice(0, first.length), first);
    if (total !== undefined) assert.equal(result.total, total);
  });
}

test('searchLibrary: an area typed in the box lists the names that say it before the exercises for it', () => {
  const found = searchLibrary(library, { query: 'glutes', limit: 1000 }).exercises;
  const saysIt = found.map((e) => /glute/i.test(e.name));
  const firstOther = saysIt.indexOf(false);
  assert.ok(firstOther > 0, 'some names say it');
  assert.ok(!saysIt.slice(firstOther).includes(true), 'no name saying it comes after one that does not');
  for (const e of found.slice(firstOther)) assert.ok(e.muscles.includes('glutes'), e.name);
});

test('searchLibrary: the filters alone list every exercise that fits, each fitting', () => {
  const all = searchLibrary(library, { area: 'hamstrings', equipment: LIBRARY_NO_EQUIPMENT, limit: 1000 });
  assert.ok(all.total > 5);
  for (const e of all.exercises) {
    assert.ok(e.muscles.includes('hamstrings'), e.name);
    assert.equal(e.equipment, undefined, e.name);
  }
  assert.equal(searchLibrary(library, {}).total, 873);
  assert.equal(searchLibrary(library, {}).exercises.length, 50, 'the default limit');
  assert.equal(searchLibrary(library, { area: 'glutes', query: 'bench press' }).total, 0);
});

test('searchLibrary never throws and skips entries that are not exercises', () => {
  const odd = [null, 3, 'Plank', { name: 7 }, { id: 'x', name: 'Plank', muscles: 'abs' }];
  assert.deepEqual(names(searchLibrary(odd, { query: 'plank', limit: -2 })), []);
  assert.deepEqual(names(searchLibrary(odd, { query: 'plank' })), ['Plank']);
  assert.deepEqual(searchLibrary(undefined, { query: 3 }), { exercises: [], total: 0 });
});

test('libraryFacets lists the areas and equipment to filter by', () => {
  const facets = libraryFacets(library);
  assert.equal(facets.areas.length, 17);
  assert.ok(facets.areas.includes('lower back'));
  assert.ok(facets.equipment.includes('dumbbell'));
  assert.ok(!facets.equipment.includes('body only'), 'no equipment is its own filter value');
});
