import { expect } from '@open-wc/testing';
import {
  canRedo,
  canUndo,
  COALESCE_MS,
  LIMIT,
  record,
  redo,
  startHistory,
  undo,
  type EditHistory,
} from '../../src/routine-editor/edit-history.js';

type Step = ['record', string, string, number] | ['undo'] | ['redo'];
const entry = (doc: string) => ({ doc, text: `text of ${doc}` });

function run(steps: Step[]): EditHistory<string> {
  let history = startHistory(entry('start'));
  for (const step of steps) {
    if (step[0] === 'record') history = record(history, entry(step[1]), step[2], step[3]);
    else history = step[0] === 'undo' ? undo(history) : redo(history);
  }
  return history;
}

describe('edit history', () => {
  // Steps; then what the work shows, and whether Undo and Redo are possible.
  const table: [string, Step[], string, boolean, boolean][] = [
    ['a fresh history has nothing to undo or redo', [], 'start', false, false],
    ['an edit can be undone', [['record', 'a', 'form', 0]], 'a', true, false],
    [
      'undo goes back to the state before the edit',
      [['record', 'a', 'form', 0], ['undo']],
      'start',
      false,
      true,
    ],
    ['redo goes forward again', [['record', 'a', 'form', 0], ['undo'], ['redo']], 'a', true, false],
    ['undo with nothing to undo changes nothing', [['undo']], 'start', false, false],
    ['redo with nothing undone changes nothing', [['record', 'a', 'form', 0], ['redo']], 'a', true, false],
    [
      'a new edit after an undo drops what could be redone',
      [['record', 'a', 'form', 0], ['undo'], ['record', 'b', 'form', 10]],
      'b',
      true,
      false,
    ],
    [
      'form edits close together are separate steps',
      [['record', 'a', 'form', 0], ['record', 'b', 'form', 10], ['undo']],
      'a',
      true,
      true,
    ],
    [
      'text edits within a pause are one step',
      [['record', 'a', 'text', 0], ['record', 'b', 'text', 300], ['record', 'c', 'text', 600], ['undo']],
      'start',
      false,
      true,
    ],
    [
      'text edits after a longer pause are a new step',
      [['record', 'a', 'text', 0], ['record', 'b', 'text', COALESCE_MS + 1], ['undo']],
      'a',
      true,
      true,
    ],
    [
      'typing right after an import is a step of its own',
      [['record', 'a', 'import', 0], ['record', 'b', 'text', 10], ['undo']],
      'a',
      true,
      true,
    ],
    [
      'typing after an undo does not join the undone step',
      [
        ['record', 'a', 'text', 0],
        ['record', 'b', 'text', 2000],
        ['undo'],
        ['record', 'c', 'text', 2100],
        ['undo'],
      ],
      'a',
      true,
      true,
    ],
  ];
  for (const [name, steps, shows, undoable, redoable] of table) {
    it(name, () => {
      const history = run(steps);
      expect(history.present.doc).to.equal(shows);
      expect(history.present.text).to.equal(`text of ${shows}`);
      expect(canUndo(history)).to.equal(undoable);
      expect(canRedo(history)).to.equal(redoable);
    });
  }

  it(`keeps the last ${LIMIT} steps`, () => {
    let history = startHistory(entry('start'));
    for (let n = 0; n < LIMIT + 20; n++) history = record(history, entry(`e${n}`), 'form', n);
    while (canUndo(history)) history = undo(history);
    expect(history.present.doc).to.equal('e19');
  });
});
