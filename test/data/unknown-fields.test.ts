import { expect } from '@open-wc/testing';
// Loading it turns the suggestions on, as exercise-elements/core does.
import '../../src/data/unknown-fields.js';
import { validateExerciseLenient, validateRoutineLenient } from '../../src/data/validate.js';

// Issue 15: a field we don't know that looks like one we do is a warning, not silence; the
// document still loads, and the field is kept.
const warningsOf = (result: ReturnType<typeof validateExerciseLenient>) =>
  result.ok ? (result.warnings ?? []).map((w) => `${w.path}: ${w.message}`) : ['refused'];

describe('unknown fields that look like ours', () => {
  const exercises: Array<[string, Record<string, unknown>, string[]]> = [
    [
      'instructions for steps',
      { id: 'a', name: 'A', instructions: ['Lie down.'] },
      ['instructions: "instructions" is not a field we know; did you mean "steps"?'],
    ],
    [
      'tips for cues',
      { id: 'a', name: 'A', tips: ['Breathe.'] },
      ['tips: "tips" is not a field we know; did you mean "cues"?'],
    ],
    [
      'reps on the exercise for its dosage',
      { id: 'a', name: 'A', reps: 10 },
      ['reps: "reps" is not a field we know; did you mean "dosage"?'],
    ],
    [
      'a typo',
      { id: 'a', name: 'A', stpes: ['x'] },
      ['stpes: "stpes" is not a field we know; did you mean "steps"?'],
    ],
    [
      'another casing',
      { id: 'a', name: 'A', Summary: 'x' },
      ['Summary: "Summary" is not a field we know; did you mean "summary"?'],
    ],
    [
      'a dosage field misnamed inside the dosage',
      { id: 'a', name: 'A', dosage: { sets: 2, repetitions: 10 } },
      ['dosage.repetitions: "repetitions" is not a field we know; did you mean "reps"?'],
    ],
    ['nothing for a field of another tool', { id: 'a', name: 'A', wpPostId: 12, x_internal: true }, []],
    ['nothing when ours is there too', { id: 'a', name: 'A', steps: ['x'], instructions: ['x'] }, []],
    ['nothing for our own fields', { id: 'a', name: 'A', steps: ['x'], cues: ['y'], dosage: '10 reps' }, []],
  ];
  for (const [what, doc, want] of exercises) {
    it(`exercise: ${what}`, () => {
      const result = validateExerciseLenient(doc);
      expect(warningsOf(result)).to.deep.equal(want);
      if (result.ok) expect(result.value).to.include.keys(Object.keys(doc));
    });
  }

  it('gives the field and our field as params, for an interface to word itself', () => {
    const result = validateExerciseLenient({ id: 'a', name: 'A', instructions: ['x'] });
    expect(result.ok && result.warnings?.[0]).to.deep.include({
      code: 'unknown-field',
      params: { field: 'instructions', suggestion: 'steps' },
    });
  });

  it('routine: finds them in the routine, its sections, items and exercises, with their paths', () => {
    const result = validateRoutineLenient({
      id: 'r',
      name: 'My routine',
      title: 'R',
      sections: [{ title: 'Main', type: 'main', kind: 'main', items: [{ ref: 'a', reps: 10 }] }],
      exercises: { a: { id: 'a', name: 'A', instructions: ['x'] } },
    });
    expect(result.ok).to.equal(true);
    expect((result.ok && result.warnings ? result.warnings : []).map((w) => w.path)).to.deep.equal([
      'sections[0].items[0].reps',
      'exercises.a.instructions',
    ]);
  });
});
