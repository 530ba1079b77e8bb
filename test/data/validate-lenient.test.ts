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
