// The block's editing UI (wordpress/exercise-elements/blocks/element/editor.js) in Chromium, over
// stand-ins for the `wp.*` globals: the real block editor cannot run offline (see wp-stand-ins.mjs).
import { expect } from '@open-wc/testing';
import { findAll, runEditorScript, serialize, type BlockSettings } from './wp-stand-ins.mjs';

const EDITOR = '/wordpress/exercise-elements/blocks/element/editor.js';

const CARD_JSON = JSON.stringify({
  id: 'knee-wags',
  name: 'Knee wags <gentle> & "easy" — é 🦵',
  dosage: '2 sets of 10 reps',
  steps: ['Lie on your back.', 'Sway your knees.'],
  safety: ['Stop if it hurts.'],
});

const fromBase64 = (data: string) =>
  new TextDecoder().decode(Uint8Array.from(atob(data), (c) => c.charCodeAt(0)));

let block: BlockSettings;

/** Renders `edit` with `attributes`; answers the tree and the changes it asked for. */
function edit(attributes: Record<string, unknown>) {
  const changes: Record<string, unknown>[] = [];
  const tree = block.edit({ attributes, setAttributes: (change) => changes.push(change) });
  return { tree, changes };
}

const defaults = { element: 'exercise-card', src: '', dosage: '', data: '', headingLevel: 2 };

/** The saved HTML as a reader's browser would parse it (a plugin-less site shows it as it is). */
function savedDocument(attributes: Record<string, unknown>) {
  const html = serialize(block.save({ attributes: { ...defaults, ...attributes } }));
  return { html, doc: new DOMParser().parseFromString(html, 'text/html') };
}

describe('the block editor script, over stand-ins for wp.*', () => {
  before(async () => {
    const source = await (await fetch(EDITOR)).text();
    const registered = runEditorScript(source);
    expect(registered, 'registerBlockType("exercise-elements/element", …)').to.not.equal(undefined);
    block = registered!;
  });

  it('registers the block with an edit, a save and the old attributes-only save as deprecated', () => {
    expect(block.edit).to.be.a('function');
    expect(block.save).to.be.a('function');
    expect(block.deprecated?.[0]?.save()).to.equal(null);
  });

  it('stores the JSON typed in the data box as base64 that decodes to every character as typed', () => {
    const { tree, changes } = edit(defaults);
    (findAll(tree, 'TextareaControl')[0]!.props.onChange as (value: string) => void)(CARD_JSON);
    const data = changes[0]!.data as string;
    expect(data).to.match(/^[A-Za-z0-9+/=]+$/);
    expect(fromBase64(data)).to.equal(CARD_JSON);
    // Shown again as text when the block is edited later.
    const [again] = findAll(edit({ ...defaults, data }).tree, 'TextareaControl');
    expect(again!.props.value).to.equal(CARD_JSON);
  });

  it('empties the data attribute when the box is emptied, so the link below is used', () => {
    const { tree, changes } = edit(defaults);
    (findAll(tree, 'TextareaControl')[0]!.props.onChange as (value: string) => void)('  ');
    expect(changes).to.deep.equal([{ data: '' }]);
  });

  it('asks for a dosage, not JSON, once the element is a rep counter', () => {
    const card = edit(defaults);
    (findAll(card.tree, 'SelectControl')[0]!.props.onChange as (value: string) => void)('rep-counter');
    expect(card.changes).to.deep.equal([{ element: 'rep-counter' }]);
    const counter = edit({ ...defaults, element: 'rep-counter' });
    expect(findAll(counter.tree, 'TextareaControl')).to.have.length(0);
    const [dosage] = findAll(counter.tree, 'TextControl');
    (dosage!.props.onChange as (value: string) => void)('2 sets of 10 reps');
    expect(counter.changes).to.deep.equal([{ dosage: '2 sets of 10 reps' }]);
  });

  it('previews the block through the server render, with the current attributes', () => {
    const attributes = { ...defaults, element: 'routine-player', src: '/hips.json' };
    const [preview] = findAll(edit(attributes).tree, 'ServerSideRender');
    expect(preview!.props).to.deep.equal({ block: 'exercise-elements/element', attributes });
  });

  it('saves readable fallback text for a deactivated plugin: name, dosage, steps, safety, no data', () => {
    const data = btoa(String.fromCharCode(...new TextEncoder().encode(CARD_JSON)));
    const { html, doc } = savedDocument({ data });
    const text = doc.body.textContent!;
    for (const part of ['Knee wags <gentle> & "easy" — é 🦵', '2 sets of 10 reps', 'Sway your knees.']) {
      expect(text).to.include(part);
    }
    expect(text).to.include('Safety');
    expect(text).to.include('Stop if it hurts.');
    expect(doc.querySelector('.exercise-elements-fallback h2')?.textContent).to.include('Knee wags');
    expect(doc.querySelector('gentle'), 'the name stays text').to.equal(null);
    expect(html).to.not.include(data);
    expect(text).to.not.include('{');
  });

  it('saves the routine title and its exercises, and nothing for data that is not JSON', () => {
    const routine = {
      id: 'r',
      title: 'Morning knees',
      sections: [{ items: [{ exercise: { id: 'h', name: 'Heel slides', dosage: '10 reps' } }] }],
    };
    const data = btoa(JSON.stringify(routine));
    const { doc } = savedDocument({ element: 'routine-player', data });
    expect(doc.querySelector('h2')?.textContent).to.equal('Morning knees');
    expect(doc.querySelector('h3')?.textContent).to.equal('Heel slides');
    expect(doc.body.textContent).to.include('10 reps');
    expect(savedDocument({ data: btoa('{ not json') }).html).to.equal('');
  });
});
