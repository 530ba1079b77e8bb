import { expect } from '@open-wc/testing';
import type { RoutineInput } from '../../src/data/routine-schema.js';
import * as edits from '../../src/routine-editor/routine-edits.js';
import { placeProblems } from '../../src/routine-editor/field-problems.js';

const base = (): RoutineInput => ({
  id: 'r',
  title: 'Routine',
  sections: [
    { title: 'Warm-up', kind: 'warm-up', items: [{ ref: 'a' }, { ref: 'b' }] },
    { title: 'Main', kind: 'main', items: [{ exercise: { id: 'c', name: 'C', dosage: '5 reps' } }] },
  ],
  exercises: { a: { id: 'a', name: 'A' }, b: { id: 'b', name: 'B', dosage: '10 reps' } },
});

const names = (doc: RoutineInput) =>
  doc.sections.map((s) => s.items.map((i) => edits.exerciseOf(doc, i)?.name ?? '?').join(','));

const table: [string, (d: RoutineInput) => RoutineInput, (d: RoutineInput) => unknown, unknown][] = [
  ['moves an exercise up within its section', (d) => edits.moveItem(d, 0, 1, -1), names, ['B,A', 'C']],
  [
    'moves the last exercise of a section into the next',
    (d) => edits.moveItem(d, 0, 1, 1),
    names,
    ['A', 'B,C'],
  ],
  [
    'moves the first exercise of a section into the one before',
    (d) => edits.moveItem(d, 1, 0, -1),
    names,
    ['A,B,C', ''],
  ],
  [
    'keeps the very first exercise where it is when moved up',
    (d) => edits.moveItem(d, 0, 0, -1),
    names,
    ['A,B', 'C'],
  ],
  [
    'moves a section down',
    (d) => edits.moveSection(d, 0, 1),
    (d) => d.sections.map((s) => s.title),
    ['Main', 'Warm-up'],
  ],
  [
    'renames an exercise kept in the map',
    (d) => edits.setExerciseText(d, 0, 0, 'name', ' Alpha '),
    (d) => d.exercises!.a!.name,
    'Alpha',
  ],
  [
    'renames an exercise written out in its item',
    (d) => edits.setExerciseText(d, 1, 0, 'name', 'Gamma'),
    names,
    ['A,B', 'Gamma'],
  ],
  [
    'keeps the id when the name changes',
    (d) => edits.setExerciseText(d, 0, 0, 'name', 'Alpha'),
    (d) => d.exercises!.a!.id,
    'a',
  ],
  [
    'removes an optional field set to blank',
    (d) => edits.setExerciseText(d, 0, 1, 'dosage', '  '),
    (d) => 'dosage' in d.exercises!.b!,
    false,
  ],
  [
    'writes the dosage to the item when the item has its own',
    (d) =>
      edits.setExerciseText(
        { ...d, sections: [{ ...d.sections[0]!, items: [{ ref: 'a', dosage: '1 rep' }] }] },
        0,
        0,
        'dosage',
        '3 reps',
      ),
    (d) => [d.sections[0]!.items[0]!.dosage, d.exercises!.a!.dosage],
    ['3 reps', undefined],
  ],
  [
    'keeps lines and drops blank ones',
    (d) => edits.setExerciseList(d, 0, 0, 'steps', ['One', '', '  Two ']),
    (d) => d.exercises!.a!.steps,
    ['One', 'Two'],
  ],
  [
    'removes a list left empty',
    (d) => edits.setExerciseList(edits.setExerciseList(d, 0, 0, 'cues', ['x']), 0, 0, 'cues', ['']),
    (d) => 'cues' in d.exercises!.a!,
    false,
  ],
  [
    'adds an exercise with a fresh id',
    (d) => edits.addExercise(d, 0, { name: 'A' }, 'Exercises'),
    (d) => d.sections[0]!.items.map((i) => i.ref),
    ['a', 'b', 'a-2'],
  ],
  [
    'adds a first section for a first exercise',
    (d) => edits.addExercise({ ...d, sections: [] }, 0, { name: 'New' }, 'Exercises'),
    (d) => [d.sections[0]!.title, d.sections[0]!.items[0]!.ref],
    ['Exercises', 'new'],
  ],
  [
    'removes an exercise and its map entry',
    (d) => edits.removeItem(d, 0, 0),
    (d) => Object.keys(d.exercises!),
    ['b'],
  ],
  [
    'removes a section and the exercises only it used',
    (d) => edits.removeSection(d, 0),
    (d) => [d.sections.length, d.exercises],
    [1, undefined],
  ],
  [
    'sets a section kind',
    (d) => edits.setSection(d, 1, { kind: 'cool-down' }),
    (d) => d.sections[1]!.kind,
    'cool-down',
  ],
  [
    'clears the routine summary',
    (d) => edits.setRoutineField({ ...d, summary: 'x' }, 'summary', ''),
    (d) => 'summary' in d,
    false,
  ],
];

describe('routine edits', () => {
  for (const [name, edit, read, expected] of table) {
    it(name, () => {
      const before = base();
      const frozen = JSON.stringify(before);
      const after = edit(before);
      expect(read(after)).to.deep.equal(expected);
      // A transaction never changes the document it was given.
      expect(JSON.stringify(before)).to.equal(frozen);
    });
  }
});

describe('problems placed on form fields', () => {
  const cases: [string, string, string][] = [
    ['exercises.b.dosage', 's0.i1.dosage', 'an exercise in the map'],
    ['sections[1].items[0].exercise.name', 's1.i0.name', 'an exercise written out'],
    ['sections[0].items[0].dosage.sets', 's0.i0.dosage', "an item's own dosage"],
    ['sections[0].items', 's0', 'a section without exercises'],
    ['sections[1].title', 's1.title', 'a section title'],
    ['title', 'title', 'the routine title'],
    ['exercises.a.steps[2]', 's0.i0.steps', 'one step'],
  ];
  for (const [path, key, what] of cases) {
    it(`puts ${what} (${path}) on ${key}`, () => {
      const { byField, other } = placeProblems(base(), [{ path, message: 'm' }]);
      expect([...byField.keys()]).to.deep.equal([key]);
      expect(other).to.have.length(0);
    });
  }
  it('keeps problems the form has no field for apart', () => {
    const { byField, other } = placeProblems(base(), [{ path: 'restBetweenExercisesSeconds', message: 'm' }]);
    expect(byField.size).to.equal(0);
    expect(other.map((e) => e.path)).to.deep.equal(['restBetweenExercisesSeconds']);
  });
});
