/**
 * What the patient needs to see (issue 16) and whose direction author text keeps (issue 17): "How to
 * do it" while running, what you'll need and the safety notes before Start, no ring that cannot move,
 * the clinic's advice in "This hurts" and the summary, "Up next" without "Set 1 of 1", and author
 * text in its own direction whatever the UI language.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { RoutineInput } from '../../src/data/routine-schema.js';
import type { RoutinePlayer } from '../../src/routine-player/routine-player.js';
import { setPageLang, settle } from '../i18n/helpers.js';
import {
  button,
  clearLibraryStorage,
  part,
  playerWith,
  press,
  shadow,
  stateAt,
  TIMED_ROUTINE,
  visibleText,
} from './helpers.js';

const PIXEL = '/test/fixtures/exercise-card/start.svg';

const CLINIC: RoutineInput = {
  id: 'clinic-test',
  title: 'Knee routine',
  painAdvice: 'Call the clinic on 01234 567890 before your next session.',
  safety: ['Stop if your knee swells.'],
  sections: [
    {
      title: 'Main',
      kind: 'main',
      items: [
        {
          exercise: {
            id: 'band-walk',
            name: 'Band walk',
            dosage: { sets: 1, reps: 10, side: 'each' },
            steps: ['Put the band round your knees.', 'Step sideways ten times.', 'Step back.'],
            equipment: ['resistance band'],
            safety: ['Keep your knees soft.'],
            media: {
              images: [{ src: PIXEL, alt: 'Band walk, start' }],
              video: { youtube: 'dQw4w9WgXcQ' },
            },
          },
        },
        {
          exercise: { id: 'towel-squeeze', name: 'Towel squeeze', equipment: ['a towel', 'resistance band'] },
        },
      ],
    },
  ],
};

describe('<routine-player> what the patient needs to see', () => {
  beforeEach(() => clearLibraryStorage());
  afterEach(() => clearLibraryStorage());

  it('has "How to do it" while running: every step, the equipment, the safety notes, the image and the video', async () => {
    const el = await playerWith(CLINIC, { noPersist: true });
    el.state = stateAt(CLINIC, 's0-i0-set1-left-work');
    await el.updateComplete;
    const howTo = part(el, 'how-to') as HTMLDetailsElement;
    expect(howTo.open).to.equal(false);
    const text = visibleText(howTo);
    for (const expected of [
      'How to do it',
      'Put the band round your knees.',
      'Step sideways ten times.',
      'Step back.',
      'resistance band',
      'Keep your knees soft.',
      'Watch the video',
    ]) {
      expect(text).to.contain(expected);
    }
    expect(howTo.querySelector('img')!.alt).to.equal('Band walk, start');
    expect(howTo.querySelector('a')!.href).to.contain('dQw4w9WgXcQ');
  });

  it('lists what you will need and puts the safety notes before Start', async () => {
    const el = await playerWith(CLINIC, { noPersist: true });
    const overview = part(el, 'overview')!;
    expect(visibleText(overview)).to.contain('You’ll need: resistance band and a towel');
    const safety = overview.querySelector('.safety')!;
    const start = part(el, 'start')!;
    expect(safety.compareDocumentPosition(start) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
  });

  it('shows no progress ring around an exercise with no dosage, and no "Set 1 of 1"', async () => {
    const el = await playerWith(CLINIC, { noPersist: true });
    el.state = stateAt(CLINIC, 's0-i1-set1-work');
    await el.updateComplete;
    expect(part(el, 'timer')!.querySelector('[part~="ring"], svg, .ring')).to.equal(null);
    expect(visibleText(part(el, 'timer')!)).to.contain('Go at your own pace');
    el.state = stateAt(CLINIC, 's0-i0-set1-left-work');
    await el.updateComplete;
    const running = visibleText(shadow(el).querySelector('.running')!);
    expect(running).to.contain('Up next: Right side');
    expect(running).to.not.contain('Set 1 of 1');
  });

  it('shows the clinic’s advice in "This hurts" and in the summary after a stop', async () => {
    const el = await playerWith(CLINIC, { noPersist: true });
    el.state = stateAt(CLINIC, 's0-i0-set1-left-work');
    await el.updateComplete;
    await press(el, 'This hurts');
    expect(visibleText(shadow(el).querySelector('dialog')!)).to.contain('Call the clinic on 01234 567890');
    await press(el, 'End session');
    expect(visibleText(part(el, 'summary')!)).to.contain('Call the clinic on 01234 567890');
  });

  it('puts the page’s own advice in the pain-advice slot instead of the data’s', async () => {
    const el = await fixture<RoutinePlayer>(
      html`<routine-player no-persist .routine=${CLINIC}
        ><p slot="pain-advice">Ring Dr Ng on 555 0101.</p></routine-player
      >`,
    );
    el.state = stateAt(CLINIC, 's0-i0-set1-left-work');
    await el.updateComplete;
    await press(el, 'This hurts');
    const slot = shadow(el).querySelector<HTMLSlotElement>('dialog slot[name="pain-advice"]')!;
    expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Ring Dr Ng on 555 0101.']);
  });

  it('labels the very first step "First up", not "Next section", and Previous does nothing there', async () => {
    const el = await playerWith(TIMED_ROUTINE, { noPersist: true });
    await press(el, 'Start');
    expect(visibleText(part(el, 'phase')!)).to.equal('First up');
    expect(button(el, 'Previous')!.disabled).to.equal(true);
    await press(el, 'Next');
    expect(button(el, 'Previous')!.disabled).to.equal(false);
  });
});

describe('<routine-player> author text keeps its own direction', () => {
  let restore: () => void = () => undefined;
  afterEach(() => {
    restore();
    clearLibraryStorage();
  });

  const ARABIC: RoutineInput = {
    id: 'arabic-routine',
    title: 'تمارين الركبة',
    sections: [
      {
        title: 'الأساسي',
        kind: 'main',
        items: [
          { exercise: { id: 'a', name: 'ثني الركبة', dosage: { reps: 10 }, cues: ['ببطء'] } },
          { exercise: { id: 'b', name: 'رفع الساق', dosage: { reps: 10 } } },
        ],
      },
    ],
  };

  it('an English routine in the Arabic UI: the UI is right to left, the English blocks are dir="auto"', async () => {
    restore = setPageLang('ar');
    const el = await playerWith(TIMED_ROUTINE, { noPersist: true });
    await settle('ar', el);
    el.state = stateAt(TIMED_ROUTINE, 's0-i0-set2-work');
    await el.updateComplete;
    expect(part(el, 'base')!.getAttribute('dir')).to.equal('rtl');
    const title = part(el, 'step-title')!;
    expect(title.getAttribute('dir')).to.equal('auto');
    expect(getComputedStyle(title).direction).to.equal('ltr');
    expect(getComputedStyle(part(el, 'cue')!).direction).to.equal('ltr');
    // The English name inside the Arabic "Up next" sentence is isolated, so it reads in its own order.
    expect(shadow(el).querySelector('.up-next')!.textContent).to.match(/\u2068Side hold\u2069/);
  });

  it('an Arabic routine in the English UI: the UI is left to right, the Arabic blocks right to left', async () => {
    restore = setPageLang('en');
    const el = await playerWith(ARABIC, { noPersist: true });
    await settle('en', el);
    expect(part(el, 'base')!.getAttribute('dir')).to.equal('ltr');
    const title = part(el, 'title')!;
    expect(getComputedStyle(title).direction).to.equal('rtl');
    el.state = stateAt(ARABIC, 's0-i0-set1-work');
    await el.updateComplete;
    expect(getComputedStyle(part(el, 'step-title')!).direction).to.equal('rtl');
    expect(getComputedStyle(part(el, 'cue')!).direction).to.equal('ltr');
    expect(visibleText(shadow(el).querySelector('.up-next')!)).to.equal('Up next: رفع الساق');
    expect(visibleText(button(el, 'Pause')!)).to.equal('Pause');
  });
});
