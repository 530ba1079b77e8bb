// Plain Node: `exercise-elements/ssr` renders any shipped language's dosage words in its one pass (the
// elements load them lazily in the browser; the server cannot wait for a chunk).
import { test } from 'node:test';
import assert from 'node:assert/strict';

const { renderExerciseCard, renderRoutinePlayer } = await import('exercise-elements/ssr');

test('a server-rendered card writes its dosage line and JSON-LD in the card’s language', () => {
  const html = renderExerciseCard(
    { id: 'bridge', name: 'Bridge', dosage: { sets: 3, reps: 10 } },
    { lang: 'de', structuredData: true },
  );
  assert.equal(html.match(/3 Sätze × 10 Wiederholungen/g)?.length, 2, 'in the line and in the JSON-LD');
});

test('a server-rendered player writes its overview in the player’s language', () => {
  const html = renderRoutinePlayer(
    {
      id: 'r',
      title: 'Routine',
      frequency: '3 times a week',
      sections: [
        { title: 'Main', kind: 'main', items: [{ exercise: { id: 'e', name: 'E', dosage: { reps: 3 } } }] },
      ],
    },
    { lang: 'es' },
  );
  assert.match(html, /3 veces a la semana/);
  assert.match(html, /3 repeticiones/);
});
