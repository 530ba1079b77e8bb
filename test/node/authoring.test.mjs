// Authoring in Node, through the published `exercise-elements/core`: the text format round-trips our
// examples, importArticle finds every exercise of the five seed articles (read from ../shared) and of
// our own test articles with the dosage they state, and every free-exercise-db record maps to a valid
// exercise. HTML here goes through parse5, the optional peer dependency.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';

const core = await import('exercise-elements/core');
const {
  formatRoutineText,
  parseRoutineText,
  importArticle,
  fromFreeExerciseDb,
  validateRoutine,
  validateExercise,
} = core;

const examples = readdirSync('examples')
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ file: f, routine: JSON.parse(readFileSync(`examples/${f}`, 'utf8')) }));

const FIELDS = ['sets', 'reps', 'holdSeconds', 'durationSeconds', 'restSeconds', 'side'];
/** The amounts of a validated dosage, without the author's words. */
/** The names of a routine's exercises, in the order of its `exercises`. */
const namesOf = (routine) => Object.values(routine.exercises).map((e) => e.name);
function amounts(dosage) {
  const out = {};
  for (const field of FIELDS) if (dosage?.[field] !== undefined) out[field] = dosage[field];
  // A side with no amount is ours, not the article's: the program's leg swings are done on each leg, which
  // the article (naming them only as a warm-up) never says.
  if (Object.keys(out).length === 1 && out.side !== undefined) delete out.side;
  return out;
}
function stems(name) {
  return name
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 1 && !['a', 'an', 'the', 'with', 'and'].includes(w))
    .map((w) => w.replace(/(?:es|s)$/, ''));
}
/** The imported exercise for an example's exercise: the same words, or all of its words in the example's name. */
function matchFor(name, imported) {
  const want = stems(name);
  const exact = imported.find((e) => stems(e.name).join(' ') === want.join(' '));
  if (exact) return exact;
  return imported.find(
    (e) => stems(e.name).every((w) => want.includes(w)) || want.every((w) => stems(e.name).includes(w)),
  );
}

test('the text format round-trips every example routine', () => {
  for (const { file, routine } of examples) {
    const text = formatRoutineText(routine);
    const back = parseRoutineText(text);
    const want = validateRoutine(routine);
    const got = validateRoutine(back.routine);
    assert.ok(got.ok, `${file}: ${JSON.stringify(got.errors)}`);
    assert.deepStrictEqual(got.value, want.value, file);
    assert.deepStrictEqual(
      back.diagnostics.filter((d) => d.severity === 'error'),
      [],
      file,
    );
  }
});

test('importArticle finds every exercise of the five seed articles with the dosage our examples give it', async () => {
  const seeds = readdirSync('../shared/seeds').map((f) => readFileSync(`../shared/seeds/${f}`, 'utf8'));
  const imported = [];
  for (const text of seeds) {
    const { routine } = await importArticle(text);
    assert.ok(validateRoutine(routine).ok, `draft from "${text.slice(0, 40)}" validates`);
    imported.push(...Object.values(validateRoutine(routine).value.exercises ?? {}));
  }
  let count = 0;
  for (const { file, routine } of examples) {
    const checked = validateRoutine(routine).value;
    for (const section of checked.sections) {
      for (const item of section.items) {
        const exercise = checked.exercises[item.ref];
        const found = matchFor(exercise.name, imported);
        assert.ok(found, `${file}: "${exercise.name}" was not found`);
        assert.deepStrictEqual(
          amounts(found.dosage),
          amounts(item.dosage ?? exercise.dosage),
          `${file}: dosage of "${exercise.name}" (imported as "${found.name}")`,
        );
        count++;
      }
    }
  }
  assert.equal(count, 25);
});

test('importArticle reads the frequency and title the seed articles state', async () => {
  const seed = (prefix) =>
    readFileSync(
      `../shared/seeds/${readdirSync('../shared/seeds').find((f) => f.startsWith(prefix))}`,
      'utf8',
    );
  const butt = validateRoutine((await importArticle(seed('000'))).routine).value;
  assert.deepEqual(
    { times: butt.frequency.times, per: butt.frequency.per },
    { times: { min: 3, max: 4 }, per: 'week' },
  );
  const hips = validateRoutine((await importArticle(seed('004'))).routine).value;
  assert.deepEqual(
    { times: hips.frequency.times, per: hips.frequency.per },
    { times: { min: 1, max: 2 }, per: 'day' },
  );
  assert.equal(hips.title, 'The Surprising Hip Exercises That Alleviated My Back Pain');
  assert.deepEqual(
    hips.sections.map((s) => s.kind),
    ['main', 'bonus'],
  );
});

/** A clinic's handout as a table (Exercise | Instructions | Reps | Sets | Hold), as HTML or as text. */
const CLINIC_TABLE = {
  frequency: { times: 1, per: 'day' },
  exercises: {
    'Pelvic Tilt': { reps: 10, sets: 2, holdSeconds: 5 },
    'Knee to Chest': { reps: 3, sets: 1, holdSeconds: 20, side: 'each' },
    Bridging: { reps: 12, sets: 2 },
  },
};
const FIXTURES = {
  'leaflet-knee.txt': {
    frequency: { times: 3, per: 'day' },
    exercises: {
      'Heel slides': { reps: 5 },
      'Thigh tightening': { reps: 5, holdSeconds: 5 },
      'Side leg lifts': { reps: 3, side: 'each' },
    },
  },
  'physio-blog.html': {
    frequency: { times: 2, per: 'day' },
    exercises: {
      'Chin tucks': { reps: 10, holdSeconds: 5 },
      'Shoulder rolls': { sets: 3, reps: 10 },
      'Side neck stretch': { holdSeconds: 20, side: 'each' },
    },
  },
  'word-export.html': {
    frequency: { times: 1, per: 'day' },
    exercises: {
      'Pendulum swing': { reps: 3, durationSeconds: 30 },
      'Wall push-up': { sets: 2, reps: 8 },
    },
  },
  'nhs-hip-leaflet.html': {
    frequency: { times: 3, per: 'day' },
    exercises: {
      'Ankle pumps': { reps: 8 },
      'Buttock squeezes': { reps: 5, holdSeconds: 5 },
      'Hip slides': { reps: 5 },
      'Standing knee raise': { reps: 5, side: 'each' },
    },
  },
  'physio-bold-labels.html': {
    frequency: { times: 1, per: 'day' },
    exercises: {
      'Ankle alphabet': { reps: 2 },
      'Calf raises': { sets: 3, reps: 12 },
      'Single-leg balance': { reps: 3, holdSeconds: 30, side: 'each' },
      'Band eversion': { reps: 10 },
    },
  },
  'word-mso-ankle.html': {
    frequency: { times: 2, per: 'day' },
    exercises: {
      'Seated twist': { reps: 3, side: 'each' },
      'Seated knee lift': { reps: 5, holdSeconds: 5 },
      'Standing back bend': { reps: 10 },
    },
  },
  'numbered-list.txt': {
    frequency: { times: 1, per: 'day' },
    exercises: {
      'Cat-cow': { reps: 8 },
      'Bird dog': { reps: 6, holdSeconds: 5, side: 'each' },
      "Child's pose": { durationSeconds: 30 },
      'Pelvic tilts': { reps: 10 },
    },
  },
  // Plain text with numbered headings ("1. Quad Sets" on a line of its own), amounts on lines of their
  // own ("3 x 10 each side", "15 reps per leg") and "Repeat 3x": only three of its six exercises were found.
  'numbered-headings-knee.txt': {
    frequency: { times: { min: 1, max: 2 }, per: 'day' },
    exercises: {
      'Quad Sets': { reps: 10, holdSeconds: 5 },
      'Straight Leg Raise': { sets: 2, reps: 12, side: 'each' },
      'Wall Sit': { reps: 3, holdSeconds: { min: 20, max: 30 }, restSeconds: 30 },
      'Step-Ups': { sets: 3, reps: 10, side: 'each' },
      'Hamstring Curl': { reps: 15, side: 'each' },
      'Calf Stretch': { reps: 2, holdSeconds: 30, side: 'each' },
    },
  },
  // Markdown: bold numbered names, "Hold: 30s per side", "Reps/Sets: 5 x 2", "Marches x10".
  'markdown-hips.md': {
    frequency: { times: 3, per: 'week' },
    exercises: {
      'Hip Flexor Lunge Stretch': { holdSeconds: 30, side: 'each' },
      'Figure Four Stretch': { sets: 2, reps: 5, side: 'each' },
      'Fire Hydrants': { sets: 2, reps: 12, side: 'each' },
      'Glute Bridge March': { reps: 10 },
    },
  },
  // HTML from a blog editor: each name a bold paragraph, an amount alone in a paragraph ("2x10").
  'bold-numbered-ankle.html': {
    frequency: undefined,
    exercises: {
      'Ankle Circles': { reps: 10 },
      'Towel Scrunches': { sets: 3, reps: 15 },
      'Heel Raises': { sets: 2, reps: 10 },
    },
  },
  // A clinic's handout as a table (Exercise | Instructions | Reps | Sets | Hold): its header cells
  // were read as exercises called "Sets" and "Hold", and the counts in their columns were lost.
  'clinic-table.html': CLINIC_TABLE,
  // A blog listicle: a byline ("Updated March 2026 · 6 min read"), "1)" numbering, a "Before you
  // begin" heading over prose, a question as a heading, a newsletter line at the end.
  'hamstrings-listicle.txt': {
    frequency: { times: { min: 4, max: 5 }, per: 'week' },
    exercises: {
      'Standing Hamstring Stretch': { reps: { min: 2, max: 3 }, holdSeconds: 30, side: 'each' },
      'Lying Strap Stretch': { holdSeconds: { min: 30, max: 45 }, side: 'each' },
      'Seated Forward Fold': { reps: 3, holdSeconds: 20 },
      'Hamstring Floss': { reps: { min: 10, max: 15 }, side: 'each' },
      'Doorway Stretch': { durationSeconds: { min: 60, max: 120 }, side: 'each' },
    },
  },
  // WordPress's block editor: block comments, a figure with a caption, "Sets & reps:" in bold, and a
  // closing paragraph for the whole routine after the last exercise.
  'wordpress-shoulder.html': {
    frequency: { times: 3, per: 'week' },
    exercises: {
      'External Rotation': { sets: 3, reps: { min: 12, max: 15 } },
      'Band Rows': { sets: 3, reps: 10, restSeconds: 60 },
      'Wall Angels': { sets: 2, reps: 8 },
      'Pendulum Swings': { durationSeconds: 30 },
    },
  },
  // Bullets with a dash between the name and how to do it ("Neck Rolls – Slowly roll…"): each bullet
  // was split into names ("Slowly roll", "Half circle") taken from inside its sentence.
  'dash-bullets-desk.txt': {
    frequency: undefined,
    exercises: {
      'Neck Rolls': { reps: 5 },
      'Seated Cat-Cow': { reps: 10 },
      'Wrist Flexor Stretch': { holdSeconds: 20, side: 'each' },
      'Standing Calf Raises': { reps: 15 },
    },
  },
  // A circuit: the time is said once for every exercise, and the rest is between the exercises.
  'circuit-core.txt': {
    frequency: undefined,
    exercises: {
      'Dead Bug': { durationSeconds: 40 },
      Plank: { durationSeconds: 40 },
      'Side Plank': { durationSeconds: 40 },
      'Glute Bridge': { durationSeconds: 40 },
    },
  },
  // Markdown with a picture and its caption under a heading, bold labels on one line ("**Sets:** 3 |
  // **Reps:** 10-12 | **Rest:** 60s", "**Sets:** 2 **Reps:** 8 per leg") and variations.
  'markdown-knees.md': {
    frequency: undefined,
    exercises: {
      'Marching in Place': { durationSeconds: 120 },
      'Box Squat': { sets: 3, reps: { min: 10, max: 12 }, restSeconds: 60 },
      'Reverse Lunge': { sets: 2, reps: 8, side: 'each' },
      'Terminal Knee Extension': { reps: 15, sets: 2, holdSeconds: 2 },
      'Quad Stretch': { holdSeconds: 30, side: 'each' },
    },
  },
  // A leaflet: numbered steps under each name, the amount after them, a referral as the last line.
  'sciatica-leaflet.txt': {
    frequency: { times: 1, per: 'day' },
    exercises: {
      'Knee to chest': { reps: { min: 2, max: 3 }, holdSeconds: { min: 20, max: 30 }, side: 'each' },
      'Glute stretch': { reps: 3, holdSeconds: 20, side: 'each' },
      'Standing back extension': { reps: 10, holdSeconds: 5 },
    },
  },
  // The same handout's table copied as text: its cells are separated by tabs.
  'clinic-table-as-text.txt': CLINIC_TABLE,
  // A social-media style post: names in capitals, pictures as bullets ("💪 BIRD DOG", "👉 2 x 12").
  'emoji-caps.txt': {
    frequency: undefined,
    exercises: {
      'Bird Dog': { reps: 10, side: 'each' },
      'Cat-Cow': { reps: 8 },
      'Glute Bridge': { sets: 2, reps: 12 },
      "Child's Pose": { holdSeconds: 30 },
    },
  },
  'google-docs.html': {
    frequency: undefined,
    exercises: {
      // "Hold it with both hands for 15 seconds … Repeat 3 times each side": three 15 s holds a side.
      'Knee hug': { reps: 3, holdSeconds: 15, side: 'each' },
      'Cat-cow': { reps: 8 },
    },
  },
};

for (const [file, want] of Object.entries(FIXTURES)) {
  test(`importArticle reads our test article ${file}: names, dosage, frequency`, async () => {
    const { routine } = await importArticle(readFileSync(`test/fixtures/articles/${file}`, 'utf8'));
    const checked = validateRoutine(routine);
    assert.ok(checked.ok, JSON.stringify(checked.errors));
    const exercises = checked.value.sections.flatMap((s) =>
      s.items.map((i) => checked.value.exercises[i.ref]),
    );
    assert.deepEqual(
      exercises.map((e) => e.name),
      Object.keys(want.exercises),
    );
    for (const exercise of exercises)
      assert.deepEqual(amounts(exercise.dosage), want.exercises[exercise.name], exercise.name);
    for (const exercise of exercises)
      assert.ok((exercise.steps ?? []).length > 0, `${exercise.name} has steps`);
    const frequency = checked.value.frequency;
    assert.deepEqual(frequency && { times: frequency.times, per: frequency.per }, want.frequency);
  });
}

test('importArticle never makes a line that only gives an amount, a byline or a heading over prose a section, and keeps a disclaimer for the whole routine', async () => {
  const knee = (
    await importArticle(readFileSync('test/fixtures/articles/numbered-headings-knee.txt', 'utf8'))
  ).routine;
  assert.deepEqual(
    knee.sections.map((s) => s.title),
    ['Exercises'],
  );
  const listicle = (
    await importArticle(readFileSync('test/fixtures/articles/hamstrings-listicle.txt', 'utf8'))
  ).routine;
  // Not "Before you begin", the heading over the warm-up's prose; the summary is the article's opening.
  assert.deepEqual(
    listicle.sections.map((s) => s.title),
    ['Exercises'],
  );
  assert.match(listicle.summary, /^About 80% of adults/);
  // A tip's label goes, and its sentence starts as a sentence; the dosage's words are not a tip too.
  assert.deepEqual(listicle.exercises['standing-hamstring-stretch'].cues, [
    'Keep your back flat rather than reaching for your toes.',
  ]);
  assert.equal(listicle.exercises['doorway-stretch'].cues, undefined);
  const knees = (await importArticle(readFileSync('test/fixtures/articles/markdown-knees.md', 'utf8')))
    .routine;
  // "Beginner:" and "Advanced:" lines are the exercise's easier and harder variations, not steps.
  assert.deepEqual(knees.exercises['reverse-lunge'].easier, [{ name: 'Hold a chair for balance' }]);
  assert.deepEqual(knees.exercises['reverse-lunge'].harder, [{ name: 'Hold dumbbells' }]);
  assert.deepEqual(knees.exercises['reverse-lunge'].steps, [
    'Step one foot back and lower your back knee toward the floor.',
  ]);
  const sciatica = (await importArticle(readFileSync('test/fixtures/articles/sciatica-leaflet.txt', 'utf8')))
    .routine;
  // The last line sends the reader to a GP: the routine's safety, not the last exercise's.
  assert.deepEqual(sciatica.safety, [
    'If your pain gets worse or you have numbness, stop and speak to a GP.',
  ]);
  assert.equal(sciatica.exercises['standing-back-extension'].safety, undefined);
  const circuit = (await importArticle(readFileSync('test/fixtures/articles/circuit-core.txt', 'utf8')))
    .routine;
  assert.equal(circuit.restBetweenExercisesSeconds, 20);
  const shoulder = (
    await importArticle(readFileSync('test/fixtures/articles/wordpress-shoulder.html', 'utf8'))
  ).routine;
  // The closing paragraph is the routine's: not a tip or a safety point of the last exercise.
  assert.deepEqual(shoulder.safety, ['If you feel a sharp pinch in the shoulder, stop.']);
  assert.equal(shoulder.exercises['pendulum-swings'].cues, undefined);
  assert.equal(shoulder.exercises['pendulum-swings'].safety, undefined);
  const caps = (await importArticle(readFileSync('test/fixtures/articles/emoji-caps.txt', 'utf8'))).routine;
  assert.equal(caps.title, 'My 4-Move Morning Routine');
  assert.equal(caps.exercises['glute-bridge'].dosage.text, '2 x 12');
  assert.deepEqual(caps.safety, ['Skip anything that hurts and check with your doctor if pain persists.']);
  // A byline is skipped; a sentence that starts with "By" is not a byline.
  const neck = (
    await importArticle(
      'Neck care\n\nBy Sam Lee\n\n## Chin tuck\nDraw your chin back. Repeat 10 times.\n\nBy doing this daily, your neck will thank you.',
    )
  ).routine;
  assert.deepEqual(namesOf(neck), ['Chin tuck']);
  assert.deepEqual(neck.exercises['chin-tuck'].cues, ['By doing this daily, your neck will thank you.']);
  const hips = (await importArticle(readFileSync('test/fixtures/articles/markdown-hips.md', 'utf8'))).routine;
  assert.deepEqual(hips.safety, ['Stop any exercise that causes pain and talk to your doctor.']);
  for (const exercise of Object.values(hips.exercises))
    assert.equal(exercise.safety, undefined, exercise.name);
  // The Markdown marks are gone from every name.
  assert.ok(Object.values(hips.exercises).every((e) => !/[*_]/.test(e.name)));
});

test('importArticle reads a table of exercises by its rows, and leaves any other table to its cells', async () => {
  const clinic = (await importArticle(readFileSync('test/fixtures/articles/clinic-table.html', 'utf8')))
    .routine;
  // The sentence after the table is the routine's, not the last row's.
  assert.deepEqual(clinic.safety, ['If pain travels down your leg, stop and call the clinic.']);
  assert.equal(clinic.exercises.bridging.safety, undefined);
  const asText = (
    await importArticle(readFileSync('test/fixtures/articles/clinic-table-as-text.txt', 'utf8'))
  ).routine;
  assert.deepEqual(asText.safety, ['If pain travels down your leg, stop and call the clinic.']);
  // A table of weeks under an exercise, as text, is a line per row: never exercises of its own.
  const weeks = (
    await importArticle(
      'Knees\n\n## Wall sit\nLean against a wall and slide down.\nWeek\tHold\nWeek 1\t20 s\nWeek 2\t40 s\n',
    )
  ).routine;
  assert.deepEqual(namesOf(weeks), ['Wall sit']);
  const progression = (
    await importArticle(
      '<h1>Knees</h1><h2>Wall sit</h2><p>Lean against a wall and slide down.</p>' +
        '<table><tr><th>Week</th><th>Hold</th></tr><tr><td>Week 1</td><td>20 s</td></tr>' +
        '<tr><td>Week 2</td><td>40 s</td></tr></table>',
    )
  ).routine;
  assert.deepEqual(namesOf(progression), ['Wall sit']);
});

// Dosage inside the sentences of an exercise, in the layouts public leaflets and blogs use. Each
// article is a heading and the exercise's words; the first line of the table states the routine's
// default ("5 repetitions of each exercise") when there is one.
const SENTENCES = [
  ['Lift your leg and hold for a count of 5.', { holdSeconds: 5 }],
  ['Lift one knee, then lower it. Repeat with the opposite leg. Do this 6 times.', { reps: 6, side: 'each' }],
  ['Lie on your back. Do 8 slow repetitions.', { reps: 8 }],
  // "60 s between sets" was read as 60 sets (the "s" taken for a word describing them).
  ['Pull your elbows back. 3 × 10, rest 60 s between sets.', { sets: 3, reps: 10, restSeconds: 60 }],
  ['Sit tall. Do 2 sets of 12 slow, controlled repetitions.', { sets: 2, reps: 12 }],
  ['Turn to the right. Repeat three times each side.', { reps: 3, side: 'each' }],
  ['Push your knee down. Hold for five seconds. Repeat five times.', { reps: 5, holdSeconds: 5 }],
  ['Point your toes. Do 10 repetitions with both feet together.', { reps: 10 }],
  [
    'Hold for a slow count of ten, then relax. Repeat 5 times on the other side.',
    { reps: 5, holdSeconds: 10, side: 'each' },
  ],
];
for (const [words, want] of SENTENCES) {
  test(`importArticle reads the dosage in "${words}"`, async () => {
    const { routine } = await importArticle(`Home exercises\n\n## Leg lift\n${words}\n`);
    const checked = validateRoutine(routine);
    assert.ok(checked.ok, JSON.stringify(checked.errors));
    assert.deepEqual(amounts(Object.values(checked.value.exercises)[0].dosage), want);
  });
}

// A sentence that only says how much, however long, is the dosage: it is not also a step or a tip.
const AMOUNT_ONLY = [
  ['Lift your shoulders, then roll them back and down.', 'Do this 10 times, 2 or 3 times a day.'],
  [
    'Turn your head to one side, then the other.',
    'Repeat this exercise five times on each side, twice a day.',
  ],
  ['Lift your shoulders, then roll them back.', 'Repeat 10 times.'],
];
for (const [step, amount] of AMOUNT_ONLY) {
  test(`importArticle takes "${amount}" as the dosage only, not as a step or a tip`, async () => {
    const { routine } = await importArticle(`Neck exercises\n\n## Shoulder rolls\n${step}\n\n${amount}\n`);
    const exercise = Object.values(routine.exercises)[0];
    assert.equal(exercise.dosage.text, amount);
    assert.deepEqual(exercise.steps, [step]);
    assert.equal(exercise.cues, undefined);
  });
}

test('importArticle keeps as the dosage words the sentence that says how much, not the instruction before it', async () => {
  const step = 'Gently draw your chin back, as if making a double chin, and hold for 5 seconds.';
  const { routine } = await importArticle(`Neck exercises\n\n## Chin tuck\n${step} Repeat 10 times.\n`);
  const exercise = Object.values(routine.exercises)[0];
  assert.deepEqual(exercise.dosage, { reps: 10, holdSeconds: 5, text: 'Repeat 10 times.' });
  assert.deepEqual(exercise.steps, [step]);
});

// The routine's own amount ("5 repetitions of each exercise") fills in what an exercise leaves out.
const EVERY = [
  ['Slide your leg out to the side and back.', { reps: 5 }],
  ['Squeeze your buttocks and hold for a count of 5.', { reps: 5, holdSeconds: 5 }],
  ['Lift one knee and lower it. Repeat with the opposite leg.', { reps: 5, side: 'each' }],
  ['Lift your heels. Do 12 repetitions.', { reps: 12 }],
  ['Walk on the spot for 30 seconds.', { durationSeconds: 30 }],
];
for (const [words, want] of EVERY) {
  test(`importArticle completes "${words}" with the amount given for every exercise`, async () => {
    const article = `Hip exercises\n\nStart by doing 5 repetitions of each exercise, 3 times a day.\n\n## Leg move\n${words}\n`;
    const checked = validateRoutine((await importArticle(article)).routine);
    assert.ok(checked.ok, JSON.stringify(checked.errors));
    assert.deepEqual(amounts(Object.values(checked.value.exercises)[0].dosage), want);
    assert.deepEqual(
      { times: checked.value.frequency.times, per: checked.value.frequency.per },
      { times: 3, per: 'day' },
    );
  });
}

test('importArticle keeps as safety what tells the reader what to do about a risk, not every sentence that says "pain"', async () => {
  const article = [
    'Shoulder mornings',
    '',
    'Shoulder pain is something most desk workers know. A stiff shoulder can make even reaching for a cup painful.',
    'Stop if the pain spreads down your arm, and ask your physiotherapist before carrying on.',
    '',
    'See your doctor first if:',
    '- your hand feels numb or tingles',
    '- you feel happier after a walk, pain or not',
    '',
    '1. Arm circles: Stand tall and draw slow circles with both arms. This often eases shoulder pain. Do 10 circles.',
    '2. Wall slides: Stand with your back to a wall and slide your arms up it. Do 8 slides.',
    '',
    'Many people find this eases shoulder pain. Avoid shrugging if the movement causes pain.',
  ].join('\n');
  const { routine } = await importArticle(article);
  assert.deepEqual(routine.safety, [
    'Stop if the pain spreads down your arm, and ask your physiotherapist before carrying on.',
    // The lead-in stays before the warning signs it introduces, so they read as advice.
    'See your doctor first if:',
    'your hand feels numb or tingles',
  ]);
  const safety = Object.values(routine.exercises).flatMap((e) => e.safety ?? []);
  assert.deepEqual(safety, ['Avoid shrugging if the movement causes pain.']);
  assert.ok(routine.exercises['wall-slides'], Object.keys(routine.exercises).join());
  assert.ok(
    (routine.exercises['wall-slides'].cues ?? []).includes('Many people find this eases shoulder pain.'),
    'a sentence that only mentions pain stays a cue',
  );

  const seed = (prefix) =>
    readFileSync(
      `../shared/seeds/${readdirSync('../shared/seeds').find((f) => f.startsWith(prefix))}`,
      'utf8',
    );
  // The glute article opens with background about back pain and ends with when to stop: only the latter.
  const glutes = (await importArticle(seed('002'))).routine.safety ?? [];
  assert.ok(
    glutes.some((line) => line.startsWith('If you experience pain during any exercise, stop')),
    glutes.join(' | '),
  );
  assert.ok(!glutes.some((line) => line.startsWith('Lower back pain is a common issue')), glutes.join(' | '));
  // The buns article gives no safety advice at all; its sentences about pain are not made into some.
  assert.deepEqual((await importArticle(seed('003'))).routine.safety ?? [], []);
});

test('importArticle runs nothing in pasted HTML and leaves out navigation and footers', async () => {
  const { routine } = await importArticle(readFileSync('test/fixtures/articles/physio-blog.html', 'utf8'));
  assert.equal(globalThis.__ran, undefined);
  const text = JSON.stringify(routine);
  assert.ok(!text.includes('window.__ran') && !text.includes('Subscribe') && !text.includes('Home Blog'));
});

test('importArticle says what it guessed and what has no dosage', async () => {
  const seed = readdirSync('../shared/seeds').find((f) => f.startsWith('001'));
  const { diagnostics } = await importArticle(readFileSync(`../shared/seeds/${seed}`, 'utf8'));
  assert.ok(
    diagnostics.some((d) => d.severity === 'warning' && d.message.includes("'Russian twists' is named in")),
  );
  assert.ok(diagnostics.some((d) => d.message.includes("'Planks': the article gives no amount")));
  for (const d of diagnostics) assert.ok(d.line >= 1 && d.column >= 1 && typeof d.message === 'string');
});

test('every free-exercise-db record maps to a valid exercise', () => {
  const records = JSON.parse(readFileSync('../shared/data/free-exercise-db/exercises.json', 'utf8'));
  assert.equal(records.length, 873);
  for (const record of records) {
    const result = validateExercise(fromFreeExerciseDb(record));
    assert.ok(result.ok, `${record.id}: ${JSON.stringify(result.errors)}`);
    if (record.level === 'expert') {
      assert.equal(result.value.difficulty, 'advanced');
      assert.equal(result.value.library.level, 'expert');
    }
    assert.ok(
      (result.value.steps ?? []).every((step) => step.trim() !== ''),
      `${record.id} has a blank step`,
    );
    for (const image of result.value.media?.images ?? []) assert.ok(image.alt.startsWith(record.name.trim()));
    assert.equal(result.value.source.licence, 'Unlicense');
  }
});

test('fromFreeExerciseDb drops blank instructions and gives nothing for a record without a name', () => {
  const exercise = fromFreeExerciseDb({
    id: 'Test_Move',
    name: 'Test move',
    level: 'expert',
    equipment: 'body only',
    primaryMuscles: ['glutes'],
    instructions: ['Lie down.', '  ', ''],
    category: 'strength',
    images: ['Test_Move/0.jpg', 'Test_Move/1.jpg'],
  });
  assert.deepEqual(exercise.steps, ['Lie down.']);
  assert.equal(exercise.equipment, undefined);
  assert.equal(exercise.media.images[0].alt, 'Test move: starting position');
  assert.equal(fromFreeExerciseDb({ id: 'x', name: ' ' }), undefined);
  assert.equal(fromFreeExerciseDb(null), undefined);
});

test('every field fromFreeExerciseDb writes is declared in the published exercise schema', () => {
  const schema = JSON.parse(readFileSync('schema/exercise.schema.json', 'utf8'));
  const records = JSON.parse(readFileSync('../shared/data/free-exercise-db/exercises.json', 'utf8'));
  /** Paths of the object's fields that the schema node doesn't list. */
  const undeclared = (value, node, path) => {
    if (Array.isArray(value)) return value.flatMap((item) => undeclared(item, node?.items, `${path}[]`));
    if (typeof value !== 'object' || value === null) return [];
    const properties = node?.properties ?? node?.anyOf?.find((n) => n.properties)?.properties ?? {};
    return Object.entries(value).flatMap(([key, inner]) =>
      Object.hasOwn(properties, key)
        ? undeclared(inner, properties[key], `${path}.${key}`)
        : [`${path}.${key}`],
    );
  };
  const missing = new Set(records.flatMap((record) => undeclared(fromFreeExerciseDb(record), schema, '')));
  assert.deepEqual([...missing], []);
});
