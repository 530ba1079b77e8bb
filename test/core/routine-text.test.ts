import { expect } from '@open-wc/testing';
import { validateRoutine } from '../../src/data/validate.js';
import { formatRoutineText } from '../../src/core/routine-text/format-routine-text.js';
import { formatDiagnostic, parseRoutineText } from '../../src/core/routine-text/parse-routine-text.js';
import { importArticle } from '../../src/core/article-import/import-article.js';
import { exampleRoutine, SEED_IDS } from '../support/example-routines.js';

/** The one exercise of a text that has one, validated. */
function onlyExercise(text: string) {
  const result = validateRoutine(parseRoutineText(`# R\n## Main\n### Bridge\n${text}`).routine);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value.exercises?.bridge as Record<string, unknown>;
}

describe('routine text: lines under an exercise', () => {
  const table: [string, string, Record<string, unknown>][] = [
    [
      'a short amount line is the dosage',
      '10–15 reps per side',
      { dosage: { reps: { min: 10, max: 15 }, side: 'each', text: '10–15 reps per side' } },
    ],
    [
      'a longer plain line is the summary',
      'Lift your hips off the floor slowly.',
      { summary: 'Lift your hips off the floor slowly.' },
    ],
    ['numbered lines are steps', '1. Lie down.\n2) Lift.', { steps: ['Lie down.', 'Lift.'] }],
    ['bullets are steps', '- Lie down.\n- Lift.', { steps: ['Lie down.', 'Lift.'] }],
    ['Tip: and Cue: lines are cues', 'Tip: slow\nCue: breathe', { cues: ['slow', 'breathe'] }],
    ['a label alone opens a list', 'Tips:\n- slow\n- breathe', { cues: ['slow', 'breathe'] }],
    ['Caution: lines are the safety', 'Caution: stop if it hurts', { safety: ['stop if it hurts'] }],
    ['Equipment: is a comma list', 'Equipment: mat, band', { equipment: ['mat', 'band'] }],
    ['Targets: fills the muscles', 'Targets: glutes, lower back', { muscles: ['glutes', 'lower back'] }],
    ['Level: easy is beginner', 'Level: easy', { difficulty: 'beginner' }],
    [
      'Easier: name — summary, with a ref',
      'Easier: Half bridge {#half-bridge} — Lift less.',
      { easier: [{ name: 'Half bridge', ref: 'half-bridge', summary: 'Lift less.' }] },
    ],
    [
      'a Markdown image, with caption and size',
      '![Hips up](b.jpg "Top"){width=640 height=480}',
      { media: { images: [{ src: 'b.jpg', alt: 'Hips up', caption: 'Top', width: 640, height: 480 }] } },
    ],
    [
      'a YouTube address is a video id',
      'Video: https://youtu.be/abc_123 "How to"',
      { media: { video: { youtube: 'abc_123', title: 'How to' } } },
    ],
    [
      'field lines set dosage the words leave out',
      'Dosage: 10 reps\nHold: 3–5 s\nSets: 2',
      { dosage: { reps: 10, holdSeconds: { min: 3, max: 5 }, sets: 2, text: '10 reps' } },
    ],
    [
      'none removes what the words said',
      'Dosage: 3 x 30 seconds\nDuration: none\nHold: 30 s',
      { dosage: { sets: 3, holdSeconds: 30, text: '3 x 30 seconds' } },
    ],
    [
      'source lines',
      'Source: A post\nAuthor: Sam\nLink: https://example.com/post\nLicence: CC-BY-4.0',
      { source: { title: 'A post', author: 'Sam', url: 'https://example.com/post', licence: 'CC-BY-4.0' } },
    ],
    [
      'Figure lines draw the movement, the position in the author’s words',
      [
        'Figure: lying on your side',
        'Figure side: left',
        'Figure props: mat, band at knees',
        'Figure plant: feet',
        'Figure end: hip-left -29, knee-left 60°',
        'Figure movement: The top knee opens like a shell.',
      ].join('\n'),
      {
        figure: {
          position: 'lying-side',
          side: 'left',
          props: ['mat', { kind: 'band', at: 'knees' }],
          plant: ['feet'],
          end: { 'hip-left': -29, 'knee-left': 60 },
          movement: 'The top knee opens like a shell.',
        },
      },
    ],
    [
      'JSON lines say what plain lines cannot',
      'JSON name: {"en": "Bridge", "es": "Puente"}\nJSON x-origin: 7',
      { name: { en: 'Bridge', es: 'Puente' }, 'x-origin': 7 },
    ],
  ];
  for (const [behaviour, text, fields] of table) {
    it(behaviour, () => {
      const exercise = onlyExercise(text);
      for (const [key, value] of Object.entries(fields)) expect(exercise[key], key).to.deep.equal(value);
    });
  }
});

describe('routine text: the routine and its sections', () => {
  it('reads a "Default dosage:" line as the routine’s default, and writes it back as one', () => {
    const text = ['# R', 'Default dosage: 2 sets of 10 reps', '', '## A', '### X'].join('\n');
    const { routine, diagnostics } = parseRoutineText(text);
    const result = validateRoutine(routine);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.value.defaultDosage).to.deep.include({ sets: 2, reps: 10 });
    expect(diagnostics.filter((d) => d.severity !== 'info')).to.deep.equal([]);
    expect(formatRoutineText(routine as never)).to.contain('\nDefault dosage: 2 sets of 10 reps\n');
  });

  it('reads title, summary, frequency, duration, rest, safety and sections with their kinds', () => {
    const { routine } = parseRoutineText(
      [
        '# Hip routine {#hips}',
        'Three gentle exercises.',
        'Frequency: once or twice daily',
        'Duration: 3 min',
        'Rest between exercises: 20 s',
        'Caution: stop if pain travels down your leg.',
        '',
        '## Warm-up',
        '### Knee wags',
        '10 reps per side',
        '## Stretches {#stretch .cool-down}',
        '### Knee wags',
        'Note: slower this time',
      ].join('\n'),
    );
    const result = validateRoutine(routine);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const value = result.value;
    expect(value.id).to.equal('hips');
    expect(value.summary).to.equal('Three gentle exercises.');
    expect(value.frequency).to.deep.include({ times: { min: 1, max: 2 }, per: 'day' });
    expect(value.durationMinutes).to.equal(3);
    expect(value.restBetweenExercisesSeconds).to.equal(20);
    expect(value.safety).to.deep.equal(['stop if pain travels down your leg.']);
    expect(value.sections.map((s) => [s.title, s.kind, s.id])).to.deep.equal([
      ['Warm-up', 'warm-up', undefined],
      ['Stretches', 'cool-down', 'stretch'],
    ]);
    // The heading repeated with no lines of its own is the same exercise again.
    expect(value.sections[1]?.items[0]).to.deep.equal({ ref: 'knee-wags', notes: 'slower this time' });
    expect(Object.keys(value.exercises ?? {})).to.deep.equal(['knee-wags']);
  });

  it('reads ## headings as exercises when the text has no ### headings', () => {
    const result = validateRoutine(
      parseRoutineText('# Quick\n## Squat\n10 reps\n## Plank\nHold 30 s').routine,
    );
    expect(result.ok && result.value.sections[0]?.items.map((i) => i.ref)).to.deep.equal(['squat', 'plank']);
  });
});

describe('routine text: diagnostics for the author', () => {
  const table: [string, string, number, string][] = [
    [
      'a dosage word one letter off',
      '# R\n## A\n### B\n10-15 reps per sde',
      4,
      "I read 10–15 reps; did you mean 'per side'?",
    ],
    ['a label one letter off', '# R\n## A\n### B\nEquipmnt: mat', 4, "did you mean 'Equipment:'?"],
    [
      'a difficulty we do not have',
      '# R\n## A\n### B\nDifficulty: expert-ish',
      4,
      "difficulty must be 'beginner', 'intermediate' or 'advanced'",
    ],
    ['a step with no exercise', '# R\n1. Lie down.', 2, "isn't under an exercise heading"],
    ['broken JSON', '# R\n## A\n### B\nJSON x: {oops', 4, 'is not valid JSON'],
    ['a missing title', '## A\n### B', 1, 'I found no title line'],
    [
      'a section with no exercises, from validation',
      '# R\n## Empty\n## Full\n### X',
      2,
      'must list at least one exercise',
    ],
    ['an unreadable frequency', '# R\nFrequency: often', 2, 'could not read how often'],
    [
      'a figure position we do not draw',
      '# R\n## A\n### B\nFigure: upside down',
      4,
      'Write one of: lying-back-knees-bent, lying-side',
    ],
    [
      'a joint the figure does not have',
      '# R\n## A\n### B\nFigure: standing\nFigure end: elbow 20',
      5,
      'could not read this part of the figure',
    ],
    [
      'figure joints with no position, from validation',
      '# R\n## A\n### B\nFigure end: hip-left -40',
      4,
      "needs 'position'",
    ],
  ];
  for (const [what, text, line, words] of table) {
    it(`points at the line for ${what}`, () => {
      const { diagnostics } = parseRoutineText(text);
      const hit = diagnostics.find((d) => d.message.includes(words));
      expect(hit, JSON.stringify(diagnostics)).to.not.equal(undefined);
      expect(hit?.line).to.equal(line);
    });
  }

  it('writes a diagnostic as "line N: …"', () => {
    const [first] = parseRoutineText('# R\n## A\n### B\n10-15 reps per sde').diagnostics;
    expect(first && formatDiagnostic(first)).to.equal(
      "line 4: '10-15 reps per sde': I read 10–15 reps; did you mean 'per side'?",
    );
  });
});

describe('routine text: writing back', () => {
  const table: [string, Record<string, unknown>][] = [
    [
      'inline exercises',
      {
        id: 'r',
        title: 'R',
        sections: [{ title: 'A', kind: 'main', items: [{ exercise: { id: 'x', name: 'X' } }] }],
      },
    ],
    [
      'exercises in no section',
      {
        id: 'r',
        title: 'R',
        sections: [{ title: 'A', kind: 'main', items: [{ ref: 'a' }] }],
        exercises: { a: { id: 'a', name: 'A' }, b: { id: 'b', name: 'B' } },
      },
    ],
    [
      'a summary that looks like a dosage',
      {
        id: 'r',
        title: 'R',
        sections: [
          { title: 'A', kind: 'main', items: [{ exercise: { id: 'x', name: 'X', summary: '10 reps' } }] },
        ],
      },
    ],
    [
      'a name with a line break and a title like a heading',
      {
        id: 'r',
        title: '## not a section',
        sections: [{ title: 'A', kind: 'bonus', items: [{ exercise: { id: 'x', name: 'X\nY' } }] }],
      },
    ],
    [
      'a dosage object without words',
      {
        id: 'r',
        title: 'R',
        sections: [
          {
            title: 'A',
            kind: 'main',
            items: [
              { exercise: { id: 'x', name: 'X', dosage: { reps: { min: 5, max: 5 }, restSeconds: 0.5 } } },
            ],
          },
        ],
      },
    ],
    [
      'a default dosage written as a line',
      {
        id: 'r',
        title: 'R',
        defaultDosage: '2 sets of 10 reps',
        sections: [{ title: 'A', kind: 'main', items: [{ ref: 'a' }] }],
        exercises: { a: { id: 'a', name: 'A' } },
      },
    ],
    [
      'a default dosage object with its words',
      {
        id: 'r',
        title: 'R',
        defaultDosage: { sets: 2, reps: 10, text: '2 sets of 10 reps' },
        sections: [{ title: 'A', kind: 'main', items: [{ ref: 'a' }] }],
        exercises: { a: { id: 'a', name: 'A' } },
      },
    ],
    [
      'a default dosage object without words',
      {
        id: 'r',
        title: 'R',
        defaultDosage: { durationSeconds: 30 },
        sections: [{ title: 'A', kind: 'main', items: [{ ref: 'a' }] }],
        exercises: { a: { id: 'a', name: 'A' } },
      },
    ],
    [
      'an empty frequency line',
      {
        id: 'r',
        title: 'R',
        frequency: '',
        sections: [{ title: 'A', kind: 'main', items: [{ ref: 'a' }] }],
        exercises: { a: { id: 'a', name: 'A' } },
      },
    ],
    [
      'a figure with a planted heel (the leg on it stays straight)',
      {
        id: 'r',
        title: 'R',
        sections: [{ title: 'A', kind: 'main', items: [{ ref: 'a' }] }],
        exercises: {
          a: {
            id: 'a',
            name: 'A',
            figure: { position: 'sitting-floor', side: 'left', plant: ['heel-right'], end: { x: 12 } },
          },
        },
      },
    ],
    [
      'a frequency line no parser reads',
      {
        id: 'r',
        title: 'R',
        frequency: 'whenever the back feels stiff',
        sections: [{ title: 'A', kind: 'main', items: [{ ref: 'a' }] }],
        exercises: { a: { id: 'a', name: 'A' } },
      },
    ],
  ];
  for (const [what, routine] of table) {
    it(`round-trips ${what}`, () => {
      const want = validateRoutine(routine);
      const got = validateRoutine(parseRoutineText(formatRoutineText(routine as never)).routine);
      expect(got).to.deep.equal(want);
    });
  }

  it('round-trips a field it does not know, nested 3 000 levels deep', () => {
    const extra = JSON.parse(`${'['.repeat(3000)}1${']'.repeat(3000)}`);
    const routine = {
      id: 'r',
      title: 'R',
      sections: [{ title: 'A', kind: 'main', items: [{ ref: 'a', extra }] }],
      exercises: { a: { id: 'a', name: 'A' } },
    };
    const text = formatRoutineText(routine as never);
    const got = validateRoutine(parseRoutineText(text).routine);
    expect(got.ok).to.equal(true);
    if (!got.ok) return;
    // Compared as JSON: chai's deep equality recurses and would overflow on the value itself.
    const item = got.value.sections[0].items[0] as unknown as { extra: unknown };
    expect(JSON.stringify(item.extra)).to.equal(JSON.stringify(extra));
  });

  it('writes every example figure as Figure lines, and reads each back the same', async () => {
    let figures = 0;
    for (const file of SEED_IDS) {
      const routine = await exampleRoutine<{
        exercises?: Record<string, { figure?: unknown }>;
      }>(file);
      const text = formatRoutineText(routine as never);
      expect(text, file).not.to.include('JSON figure');
      figures += Object.values(routine.exercises ?? {}).filter((exercise) => exercise.figure).length;
      expect(text.match(/^Figure: /gm)?.length ?? 0, file).to.equal(
        Object.values(routine.exercises ?? {}).filter((exercise) => exercise.figure).length,
      );
      const back = validateRoutine(parseRoutineText(text).routine);
      expect(back, file).to.deep.equal(validateRoutine(routine));
    }
    expect(figures).to.be.greaterThan(20);
  });

  it('writes a figure in several languages as a JSON line, which reads back the same', () => {
    const figure = { position: 'standing', movement: { en: 'One leg lifts.', es: 'Una pierna sube.' } };
    const routine = {
      id: 'r',
      title: 'R',
      sections: [{ title: 'A', kind: 'main', items: [{ ref: 'a' }] }],
      exercises: { a: { id: 'a', name: 'A', figure } },
    };
    const text = formatRoutineText(routine as never);
    expect(text).to.include('JSON figure:');
    expect(validateRoutine(parseRoutineText(text).routine)).to.deep.equal(validateRoutine(routine));
  });

  it('writes plain lines a person can read', () => {
    const text = formatRoutineText({
      id: 'hips',
      title: 'Hips',
      sections: [
        {
          title: 'Warm-up',
          kind: 'warm-up',
          items: [
            {
              exercise: {
                id: 'knee-wags',
                name: 'Knee wags',
                dosage: '10–15 reps per side',
                steps: ['Lie on your back.'],
                cues: ['Start small.'],
              },
            },
          ],
        },
      ],
    });
    expect(text).to.equal(
      '# Hips\n\n## Warm-up\n\n### Knee wags {#knee-wags .inline}\n10–15 reps per side\n1. Lie on your back.\nTip: Start small.\n',
    );
  });
});

describe('importArticle keeps the draft within the document limits', () => {
  it('cuts a paragraph longer than a cue, and a list longer than an exercise holds, and says so', async () => {
    const long = `Keep your back flat ${'and breathe slowly '.repeat(80)}to the end.`;
    const steps = Array.from({ length: 70 }, (_, i) => `${i + 1}. Step number ${i + 1}.`).join('\n');
    const text = `# Back routine\n\n## Bridge\n\n${steps}\n\nTip: ${long}\n`;
    const { routine, diagnostics } = await importArticle(text);
    const result = validateRoutine(routine);
    expect(result.ok, JSON.stringify(!result.ok && result.errors)).to.equal(true);
    const bridge = routine.exercises?.bridge;
    expect(bridge?.steps?.length).to.equal(50);
    expect(bridge?.steps?.[49]).to.equal('Step number 50.');
    const cue = (bridge?.cues as string[] | undefined)?.find((c) => c.startsWith('Keep your back flat'));
    expect(cue?.length).to.be.at.most(1000);
    expect(cue?.endsWith('…')).to.equal(true);
    expect(diagnostics.some((d) => d.severity === 'warning' && /cut it/.test(d.message))).to.equal(true);
  });
});

describe('importArticle in the browser', () => {
  it('reads HTML with the browser’s DOMParser and runs none of it', async () => {
    const html =
      '<h1>Neck moves</h1><script>window.__imported = 1</script><h2>Chin tucks</h2><p><b>How to:</b> Sit tall. Draw your chin back.</p><p>Hold for a count of 5. Repeat 10 times.</p><img src=x onerror="window.__imported = 1">';
    const { routine } = await importArticle(html);
    const result = validateRoutine(routine);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const exercise = result.value.exercises?.['chin-tucks'];
    expect(exercise?.steps).to.deep.equal(['Sit tall.', 'Draw your chin back.']);
    expect(exercise?.dosage).to.deep.include({ holdSeconds: 5, reps: 10 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as { __imported?: number }).__imported).to.equal(undefined);
  });
});

describe('what the reader calls the parts an author left unnamed', () => {
  const spanish = {
    untitledRoutine: 'Rutina sin título',
    importedRoutine: 'Rutina importada',
    exercises: 'Ejercicios',
    warmUp: 'Calentamiento',
    bonus: 'Extra',
  };
  const table: [string, Partial<typeof spanish> | undefined, { title: string; section: string }][] = [
    ['English unless told', undefined, { title: 'Untitled routine', section: 'Exercises' }],
    ['the names it is given', spanish, { title: 'Rutina sin título', section: 'Ejercicios' }],
    [
      'a blank name keeps the English',
      { exercises: '  ' },
      { title: 'Untitled routine', section: 'Exercises' },
    ],
  ];
  for (const [name, titles, expected] of table) {
    it(`text with no title and an exercise before any section: ${name}`, () => {
      const { routine, diagnostics } = parseRoutineText('### Bridge\n10 reps\n## Main\n### Squat\n5 reps', {
        titles,
      });
      expect(routine.title).to.equal(expected.title);
      expect(routine.sections?.map((s) => s.title)).to.deep.equal([expected.section, 'Main']);
      const remark = diagnostics.find((d) => d.code === 'before-section');
      expect(remark?.params.section).to.equal(expected.section);
      expect(remark?.message).to.include(`'${expected.section}'`);
    });
  }

  it('a made-up routine title gives the same id in every language', () => {
    const ids = [undefined, spanish].map(
      (titles) => parseRoutineText('### Bridge\n10 reps', { titles }).routine.id,
    );
    expect(ids).to.deep.equal(['untitled-routine', 'untitled-routine']);
  });

  it('an article without a title or section headings gets the names it is given', async () => {
    // No title, numbered exercises under no heading, and a bonus exercise.
    const article = [
      'Some gentle moves for a sore back.',
      '1. Glute bridge\n10 reps\nLie on your back and lift your hips.',
      '2. Clamshell\n10 reps per side\nLie on your side.',
      'Bonus: Cat cow\n10 reps\nOn hands and knees.',
    ].join('\n\n');
    const english = await importArticle(article);
    const translated = await importArticle(article, { titles: spanish });
    expect(english.routine.title).to.equal('Imported routine');
    expect(translated.routine.title).to.equal('Rutina importada');
    expect(translated.routine.id).to.equal(english.routine.id);
    expect(translated.diagnostics.find((d) => d.code === 'article-no-title')?.message).to.include(
      "'Rutina importada'",
    );
    const made = (r: typeof english) => r.routine.sections?.map((s) => s.title);
    expect(made(english)).to.deep.equal(['Exercises', 'Bonus']);
    expect(made(translated)).to.deep.equal(['Ejercicios', 'Extra']);
  });
});
