// Issue 17, "a good guest on every page": the card with real, imperfect data, several cards on one page,
// broken images, and author content in a language other than the interface's.
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/exercise-card/exercise-card.js';
import type { ExerciseCard } from '../../src/exercise-card/exercise-card.js';
import type { ExerciseInput } from '../../src/data/exercise-schema.js';
import type { ExWarningDetail } from '../../src/internal/events.js';
import { mount, settle, setPageLang, unmountAll } from '../i18n/helpers.js';

/** A free-exercise-db record (public domain), as the database writes it. */
interface FreeExercise {
  id: string;
  name: string;
  level: string;
  category: string;
  equipment: string | null;
  primaryMuscles: string[];
  instructions: string[];
}

/** The least mapping that puts a record in our format; values are passed on as they are, unchecked. */
const fromFreeExerciseDb = (record: FreeExercise): ExerciseInput =>
  ({
    id: record.id,
    name: record.name,
    difficulty: record.level,
    category: record.category,
    equipment: record.equipment ? [record.equipment] : undefined,
    muscles: record.primaryMuscles,
    steps: record.instructions,
  }) as unknown as ExerciseInput;

async function records(): Promise<Record<string, FreeExercise>> {
  const list = (await (await fetch('/test/fixtures/free-exercise-db-sample.json')).json()) as FreeExercise[];
  return Object.fromEntries(list.map((r) => [r.id, r]));
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: Element, selector: string) =>
  Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(selector));
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function show(exercise: ExerciseInput, attrs = ''): Promise<ExerciseCard> {
  const el = document.createElement('exercise-card') as ExerciseCard;
  for (const attr of attrs.split(/\s+/).filter(Boolean)) {
    const [name, value = ''] = attr.split('=');
    el.setAttribute(name!, value.replace(/"/g, ''));
  }
  mount(html``).append(el);
  el.exercise = exercise;
  await el.updateComplete;
  return el;
}

afterEach(() => {
  unmountAll();
  sinon.restore();
});

describe('partial data is not broken data', () => {
  it('shows a free-exercise-db record with level "expert" and an empty step, leaving those out', async () => {
    const record = (await records())['Barbell_Squat_To_A_Bench']!;
    sinon.stub(console, 'warn');
    const el = document.createElement('exercise-card') as ExerciseCard;
    const warned = oneEvent(el, 'ex-warning') as Promise<CustomEvent<ExWarningDetail>>;
    const loaded = oneEvent(el, 'ex-load');
    el.exercise = fromFreeExerciseDb(record);
    mount(html``).append(el);
    const { detail } = await warned;
    await loaded;
    expect(el.status).to.equal('ready');
    expect(text($(el, '[part~="title"]'))).to.equal(record.name);
    expect($$(el, '[part~="steps"] li')).to.have.length(record.instructions.filter((s) => s.trim()).length);
    expect(text($(el, '.meta')), 'the category stays, the unknown level goes').to.equal('strength');
    expect(detail.warnings.map((w) => w.path)).to.deep.equal(['steps[1]', 'difficulty']);
    expect(detail.warnings[0]!.message).to.contain('must not be empty');
    expect(detail.warnings[1]!.message).to.contain('"beginner"');
    expect((console.warn as sinon.SinonStub).calledOnce).to.equal(true);
    expect($(el, '[part~="warnings"]'), 'readers never see warnings').to.equal(null);
  });

  it('lists what was left out, with paths, only while debug is set', async () => {
    const record = (await records())['Clean']!;
    sinon.stub(console, 'warn');
    const el = await show(fromFreeExerciseDb(record), 'debug');
    await waitUntil(() => $(el, '[part~="warnings"]'), 'no warnings shown in debug');
    expect(text($(el, '[part~="warnings"]'))).to.contain('steps[1]');
    el.debug = false;
    await el.updateComplete;
    expect($(el, '[part~="warnings"]')).to.equal(null);
  });

  it('every one of the sample records shows its name and steps', async () => {
    sinon.stub(console, 'warn');
    for (const record of Object.values(await records())) {
      const el = await show(fromFreeExerciseDb(record));
      await waitUntil(() => el.status === 'ready', `${record.id} did not show`);
      expect($$(el, '[part~="steps"] li').length).to.be.greaterThan(2);
    }
  });

  it('still refuses a document without a name, naming the field', async () => {
    const el = await show({
      id: 'no-name',
      steps: ['Lift.'],
      difficulty: 'expert',
    } as unknown as ExerciseInput);
    await waitUntil(() => el.status === 'error');
    expect(text($(el, '[role="alert"]'))).to.contain('needs "name"');
  });
});

describe('several cards on a page', () => {
  const exercise = (id: string, name: string): ExerciseInput => ({
    id,
    name,
    steps: ['Lie on your back.', 'Move gently.'],
    cues: ['Breathe out as you move.'],
    safety: ['Stop if pain sharpens.'],
    dosage: '10–15 reps, 3–5 second squeeze',
    difficulty: 'beginner',
    category: 'mobility',
    easier: [{ name: 'Smaller range', summary: 'Move only a little.' }],
  });

  it('passes axe with three cards (no two landmarks share a name)', async () => {
    const root = mount(html`
      <main>
        <exercise-card .exercise=${exercise('a', 'Knee wags')}></exercise-card>
        <exercise-card .exercise=${exercise('b', 'Adductor squeeze')}></exercise-card>
        <exercise-card .exercise=${exercise('c', 'Psoas march')} layout="compact"></exercise-card>
      </main>
    `);
    const cards = Array.from(root.querySelectorAll('exercise-card'));
    for (const card of cards) await card.updateComplete;
    // axe's default run includes the best-practice rules, landmark-unique among them.
    await expect(root).to.be.accessible();
  });

  it('shows the author’s dosage words once when they say it all, also in a compact row', async () => {
    for (const layout of ['full', 'compact']) {
      const el = await show(exercise('a', 'Knee wags'), `layout="${layout}"`);
      expect(text($(el, '[part~="dosage"] .dosage-line'))).to.equal('10–15 reps, 3–5 second squeeze');
      expect($(el, '.dosage-note'), layout).to.equal(null);
    }
  });

  it('keeps the meta chips on one line and of one height under a list-spacing rule', async () => {
    const style = document.createElement('style');
    style.textContent = 'li + li { margin-top: .5em }';
    document.head.append(style);
    try {
      const el = await show(exercise('a', 'Knee wags'));
      const [first, second] = $$(el, '.meta li').map((li) => li.getBoundingClientRect());
      expect(second!.top).to.equal(first!.top);
      expect(second!.height).to.equal(first!.height);
    } finally {
      style.remove();
    }
  });

  it('gives variation toggles a 44 × 44 px target', async () => {
    const el = await show(exercise('a', 'Knee wags'));
    const box = $(el, '.variation summary')!.getBoundingClientRect();
    expect(box.height).to.be.at.least(44);
    expect(box.width).to.be.at.least(44);
  });
});

describe('a broken image', () => {
  it('gives way to its alt text in a small caption instead of an empty frame', async () => {
    const el = await show({
      id: 'x',
      name: 'Bridge',
      media: {
        images: [{ src: '/nope/missing-1.png', alt: 'Lying on the back, knees bent' }],
      },
    } as unknown as ExerciseInput);
    const [withAlt] = $$(el, '.image');
    await waitUntil(() => withAlt!.hasAttribute('data-broken'));
    expect(getComputedStyle(withAlt!.querySelector('img')!).display).to.equal('none');
    expect(text(withAlt!)).to.equal('Lying on the back, knees bent');
    expect(withAlt!.getBoundingClientRect().height).to.be.below(60);
  });
});

describe('author content keeps its own direction; the interface follows the interface language', () => {
  afterEach(() => setPageLang('en'));

  it('an English exercise in the Arabic interface', async () => {
    const restore = setPageLang('ar');
    try {
      const el = await show({
        id: 'a',
        name: 'Knee wags',
        summary: 'Rock your knees.',
        steps: ['Lie down.', 'Rock.'],
        muscles: ['lower back', 'pelvis'],
      });
      await settle('ar', el);
      // The numbered list sits on the side its English text starts from.
      expect(getComputedStyle($(el, '[part~="steps"]')!).direction, 'the steps list').to.equal('ltr');
      // English items are not joined with the Arabic "و" ("lower back وpelvis").
      expect(text($(el, '.facts dd'))).to.equal('lower back, pelvis');
      expect(getComputedStyle($(el, '[part~="base"]')!).direction, 'the interface').to.equal('rtl');
      expect(getComputedStyle($(el, '.steps-section .sub')!).direction).to.equal('rtl');
      expect(getComputedStyle($(el, '[part~="title"]')!).direction, 'the name').to.equal('ltr');
      expect(getComputedStyle($(el, '.summary')!).direction).to.equal('ltr');
      expect($$(el, '[part~="steps"] li').map((li) => getComputedStyle(li).direction)).to.deep.equal([
        'ltr',
        'ltr',
      ]);
    } finally {
      restore();
    }
  });

  it('an Arabic exercise in the English interface', async () => {
    const el = await show({
      id: 'a',
      name: 'هز الركبتين',
      summary: 'استلقِ على ظهرك وحرّك ركبتيك.',
      steps: ['استلقِ على ظهرك.', 'حرّك ركبتيك ببطء.'],
    });
    await settle('en', el);
    expect(getComputedStyle($(el, '[part~="base"]')!).direction, 'the interface').to.equal('ltr');
    expect(text($(el, '.steps-section .sub'))).to.equal('How to do it');
    expect(getComputedStyle($(el, '[part~="title"]')!).direction).to.equal('rtl');
    expect(getComputedStyle($(el, '.summary')!).direction).to.equal('rtl');
    expect($$(el, '[part~="steps"] li').map((li) => getComputedStyle(li).direction)).to.deep.equal([
      'rtl',
      'rtl',
    ]);
  });
});
