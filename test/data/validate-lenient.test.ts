import { expect } from '@open-wc/testing';
import { validateExerciseLenient, validateRoutineLenient } from '../../src/data/validate.js';

// Issue 17: the lenient validators leave out the smallest invalid optional part, and say so with the path
// in the author's own document; required parts still refuse the document.
describe('validateExerciseLenient', () => {
  const cases: Array<[string, unknown, string[] | 'refused']> = [
    ['leaves out an unknown difficulty', { id: 'a', name: 'A', difficulty: 'expert' }, ['difficulty']],
    [
      'leaves out empty steps, keeping the paths as written',
      { id: 'a', name: 'A', steps: ['x', ' ', 'y', ''] },
      ['steps[1]', 'steps[3]'],
    ],
    [
      'leaves out a video with a bad id (its rule needs one source)',
      { id: 'a', name: 'A', media: { video: { youtube: 'bad id!' } } },
      ['media.video'],
    ],
    [
      'leaves out an image without alt',
      { id: 'a', name: 'A', media: { images: [{ src: 'a.png' }, { src: 'b.png', alt: 'B' }] } },
      ['media.images[0]'],
    ],
    [
      'leaves out a source without a title',
      { id: 'a', name: 'A', source: { url: 'https://example.com' } },
      ['source'],
    ],
    ['accepts a valid document with no warnings', { id: 'a', name: 'A', steps: ['x'] }, []],
    ['refuses a document without a name', { id: 'a', difficulty: 'expert' }, 'refused'],
    ['refuses a document with a bad id', { id: 'a b', name: 'A' }, 'refused'],
    ['refuses what is not an object', ['a'], 'refused'],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => {
      const result = validateExerciseLenient(input);
      if (expected === 'refused') expect(result.ok).to.equal(false);
      else {
        expect(result.ok).to.equal(true);
        expect(result.ok && (result.warnings ?? []).map((w) => w.path)).to.deep.equal(expected);
      }
    });
  }
});

describe('lenient validation makes up the ids a hand-written document leaves out', () => {
  it("makes a card's id from its name, and says so", () => {
    const input = { name: 'Glute bridge', dosage: '10 reps' };
    const result = validateExerciseLenient(input);
    expect(result.ok && result.value.id).to.equal('glute-bridge');
    expect(result.ok && result.warnings).to.deep.equal([
      { path: 'id', message: 'missing: made "glute-bridge" from the name' },
    ]);
    // The author's object is left as it was.
    expect(input).to.not.have.property('id');
  });
  it('makes one from the code points of a name without Latin letters, and from the first language', () => {
    const chinese = validateExerciseLenient({ name: '桥式' });
    expect(chinese.ok && chinese.value.id).to.equal('u6865-u5f0f');
    const result = validateExerciseLenient({ name: { de: 'Brücke', en: 'Bridge' } });
    expect(result.ok && result.value.id).to.equal('brucke');
  });
  it('still refuses a document without a name, and keeps an id that is there', () => {
    expect(validateExerciseLenient({ steps: ['Lie down.'] }).ok).to.equal(false);
    const result = validateExerciseLenient({ id: 'mine', name: 'Glute bridge' });
    expect(result.ok && result.value.id).to.equal('mine');
    expect(result.ok && result.warnings).to.equal(undefined);
  });
  it("makes a routine's from its title, an entry's from its key and an inline exercise's from its name", () => {
    const result = validateRoutineLenient({
      title: 'Morning mobility',
      sections: [
        { title: 'Main', kind: 'main', items: [{ exercise: { name: 'Cat cow' } }, { ref: 'bridge' }] },
      ],
      exercises: { bridge: { name: 'Bridge' } },
    });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.value.id).to.equal('morning-mobility');
    expect(result.value.exercises?.bridge?.id).to.equal('bridge');
    expect(result.value.sections[0]!.items[0]!.exercise?.id).to.equal('cat-cow');
    expect(result.warnings?.map((w) => w.path)).to.deep.equal([
      'id',
      'exercises.bridge.id',
      'sections[0].items[0].exercise.id',
    ]);
  });
});

describe('validateRoutineLenient', () => {
  const routine = (items: unknown[], extra = {}) => ({
    id: 'r',
    title: 'R',
    sections: [{ title: 'Main', kind: 'main', items }],
    ...extra,
  });
  it('leaves out an item whose ref names no exercise', () => {
    const result = validateRoutineLenient(routine([{ ref: 'nope' }, { exercise: { id: 'a', name: 'A' } }]));
    expect(result.ok && result.warnings?.map((w) => w.path)).to.deep.equal(['sections[0].items[0]']);
  });
  it('refuses a routine whose only item is invalid (a section must list one)', () => {
    expect(validateRoutineLenient(routine([{ exercise: { id: 'a' } }])).ok).to.equal(false);
  });
  it('leaves out an unknown frequency but keeps the routine', () => {
    const result = validateRoutineLenient(routine([{ exercise: { id: 'a', name: 'A' } }], { frequency: 42 }));
    expect(result.ok && result.warnings?.map((w) => w.path)).to.deep.equal(['frequency']);
  });
});
