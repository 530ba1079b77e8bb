/**
 * Readable at a distance (issue 16): measured on a phone-sized viewport, the things a patient glances
 * at from 2 m are big enough, each phase has its own colour, word and shape, paused changes the timer
 * itself, and nothing overflows or is clipped at 320 px in any of the eight languages.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { RoutineInput } from '../../src/data/routine-schema.js';
import type { RepCounter } from '../../src/rep-counter/rep-counter.component.js';
import type { RoutinePlayer } from '../../src/routine-player/routine-player.js';
import { setPageLang, settle } from '../i18n/helpers.js';
import { exampleRoutine } from '../support/example-routines.js';
import { clearLibraryStorage, shadow, stateAt, TIMED_ROUTINE } from './helpers.js';

const px = (el: Element, pseudo?: string): number => parseFloat(getComputedStyle(el, pseudo).fontSize);

/** Squeezes with a 5 s hold, then a plank with no time given. */
const HOLDS: RoutineInput = {
  id: 'holds',
  title: 'Holds',
  sections: [
    {
      title: 'Main',
      kind: 'main',
      items: [
        { exercise: { id: 'squeeze', name: 'Squeeze', dosage: { reps: 5, holdSeconds: 5 } } },
        { exercise: { id: 'plank', name: 'Plank', figure: { position: 'plank' } } },
      ],
    },
  ],
};

async function playerAt(
  stepId: string,
  options: { focus?: boolean; repMode?: 'count' | 'done'; paused?: boolean; routine?: RoutineInput } = {},
): Promise<RoutinePlayer> {
  const routine = options.routine ?? TIMED_ROUTINE;
  const el = await fixture<RoutinePlayer>(
    html`<routine-player
      no-persist
      rep-mode=${options.repMode ?? 'done'}
      .routine=${routine}
    ></routine-player>`,
  );
  el.state = stateAt(routine, stepId, { paused: options.paused ?? false });
  await el.updateComplete;
  if (options.focus) {
    // Focus mode without real full screen (headless has none): the fixed layer stands in.
    Object.defineProperty(document, 'fullscreenEnabled', { value: false, configurable: true });
    shadow(el).querySelector<HTMLButtonElement>('button[aria-pressed]:not(.sound)')!.click();
    await el.updateComplete;
    expect(el.hasAttribute('focus-mode')).to.equal(true);
  }
  return el;
}

const $ = (el: RoutinePlayer, selector: string): HTMLElement =>
  shadow(el).querySelector<HTMLElement>(selector)!;

describe('<routine-player> readable at a distance', () => {
  beforeEach(() => clearLibraryStorage());
  afterEach(async () => {
    delete (document as { fullscreenEnabled?: boolean }).fullscreenEnabled;
    await setViewport({ width: 800, height: 600 });
  });

  for (const [width, scale] of [
    [390, 1],
    [320, 320 / 390],
  ] as const) {
    describe(`at ${width} px wide`, () => {
      beforeEach(() => setViewport({ width, height: 844 }));

      it(`shows the clock at ≥ ${Math.floor(64 * scale)} px, side and phase at ≥ ${Math.floor(20 * scale)} px`, async () => {
        const el = await playerAt('s0-i1-set1-left-work');
        expect(px($(el, '.readout.clock'))).to.be.at.least(64 * scale - 1);
        expect(px($(el, '.phase'))).to.be.at.least(20 * scale - 1);
        expect(px($(el, '.badges li'))).to.be.at.least(20 * scale - 1);
      });

      it(`in focus mode: the clock at ≥ ${Math.floor(96 * scale)} px, side and phase at ≥ ${Math.floor(28 * scale)} px`, async () => {
        const el = await playerAt('s0-i1-set1-left-work', { focus: true });
        expect(px($(el, '.readout.clock'))).to.be.at.least(96 * scale - 1);
        expect(px($(el, '.phase'))).to.be.at.least(28 * scale - 1);
        expect(px($(el, '.badges li'))).to.be.at.least(28 * scale - 1);
      });

      it(`shows the counted reps as big as the clock (≥ ${Math.floor(64 * scale)} px, ≥ ${Math.floor(96 * scale)} px in focus mode)`, async () => {
        for (const focus of [false, true]) {
          const el = await playerAt('s0-i2-set1-work', { repMode: 'count', focus });
          const counter = $(el, 'rep-counter') as RepCounter;
          await counter.updateComplete;
          const count = counter.shadowRoot!.querySelector('[part~="count"]')!;
          expect(px(count), focus ? 'focus mode' : 'normal').to.be.at.least((focus ? 96 : 64) * scale - 1);
          el.remove();
        }
      });

      it(`shows the hold seconds at ≥ ${Math.floor(20 * scale)} px, ≥ ${Math.floor(28 * scale)} px in focus mode`, async () => {
        for (const focus of [false, true]) {
          const el = await playerAt('s0-i0-set1-work', { repMode: 'count', focus, routine: HOLDS });
          const counter = $(el, 'rep-counter') as RepCounter;
          await counter.updateComplete;
          counter.increment();
          await counter.updateComplete;
          expect(counter.phase).to.equal('holding');
          const seconds = counter.shadowRoot!.querySelector('[part~="hint"] [aria-hidden="true"]')!;
          expect(px(seconds), focus ? 'focus mode' : 'normal').to.be.at.least((focus ? 28 : 20) * scale - 1);
          el.remove();
        }
      });

      it('shows the time held of a hold with no time as big as the clock', async () => {
        for (const focus of [false, true]) {
          const el = await playerAt('s0-i1-set1-work', { focus, routine: HOLDS });
          expect(px($(el, '.held')), focus ? 'focus mode' : 'normal').to.be.at.least(
            (focus ? 96 : 64) * scale - 1,
          );
          el.remove();
        }
      });
    });
  }

  it('brings the phase and the time on screen when Start is pressed at the bottom of a phone screen', async () => {
    await setViewport({ width: 390, height: 420 });
    const spacer = document.createElement('div');
    spacer.style.height = '1500px';
    document.body.prepend(spacer);
    try {
      // A seed routine: its overview (summary, safety, the exercises) is taller than the screen.
      const routine = await exampleRoutine<RoutineInput>('hip-routine-radiating-pain');
      const el = await fixture<RoutinePlayer>(
        html`<routine-player no-persist .routine=${routine}></routine-player>`,
      );
      const start = $(el, '[part~="start"]');
      start.scrollIntoView({ block: 'end' });
      expect(el.getBoundingClientRect().top, 'the overview starts above the screen').to.be.below(0);
      start.click();
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
      expect($(el, '[part~="phase"]').getBoundingClientRect().top).to.be.at.least(0);
      expect($(el, '[part~="base"]').getBoundingClientRect().top).to.be.at.least(0);
    } finally {
      spacer.remove();
    }
  });

  it('gives work, rest and switch sides each its own colour, word and shape', async () => {
    await setViewport({ width: 390, height: 844 });
    const looks = [];
    for (const id of ['s0-i0-set1-work', 's0-i0-set1-rest', 's0-i1-set1-switch', 's0-i0-get-ready']) {
      const el = await playerAt(id);
      const phase = $(el, '.phase');
      looks.push({
        colour: getComputedStyle(phase).borderTopColor,
        strip: getComputedStyle($(el, '.running')).borderTopColor,
        word: phase.textContent!.trim(),
        shape: phase.querySelector('svg path')!.getAttribute('d'),
      });
      el.remove();
    }
    for (const key of ['colour', 'strip', 'word', 'shape'] as const) {
      expect(new Set(looks.map((look) => look[key])).size, key).to.equal(looks.length);
    }
    expect(looks.map((look) => look.word)).to.deep.equal(['Work', 'Rest', 'Switch sides', 'Get ready']);
  });

  it('makes paused unmistakable: the time dims and "Paused" lies across the timer', async () => {
    await setViewport({ width: 390, height: 844 });
    const running = await playerAt('s0-i0-set1-work');
    const runningOpacity = getComputedStyle($(running, '.readout.clock')).opacity;
    expect(shadow(running).querySelector('.paused-mark')).to.equal(null);
    running.remove();
    const paused = await playerAt('s0-i0-set1-work', { paused: true });
    expect(getComputedStyle($(paused, '.readout.clock')).opacity).to.not.equal(runningOpacity);
    const mark = $(paused, '[part~="timer"] .paused-mark');
    expect(mark.textContent!.trim()).to.equal('Paused');
    expect(px(mark)).to.be.at.least(19);
    const timer = $(paused, '[part~="timer"]').getBoundingClientRect();
    const box = mark.getBoundingClientRect();
    expect(box.top).to.be.greaterThan(timer.top);
    expect(box.bottom).to.be.lessThan(timer.bottom);
  });

  it('leaves the seconds of a paused hold in view: the counter says Paused itself, with no stamp over it', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await playerAt('s0-i0-set1-work', { repMode: 'count', routine: HOLDS });
    const counter = $(el, 'rep-counter') as RepCounter;
    await counter.updateComplete;
    counter.increment();
    await counter.updateComplete;
    shadow(el).querySelector<HTMLButtonElement>('.control.play')!.click();
    await el.updateComplete;
    await counter.updateComplete;
    const hint = counter.shadowRoot!.querySelector('[part~="hint"]')!;
    expect(hint.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^Paused \d+ sec$/);
    expect(getComputedStyle(counter.shadowRoot!.querySelector('[part~="count"]')!).opacity).to.not.equal('1');
    expect(shadow(el).querySelector('.paused-mark')).to.equal(null);
  });

  describe('at 320 px in every language', () => {
    let restore: () => void = () => undefined;
    beforeEach(() => setViewport({ width: 320, height: 700 }));
    afterEach(() => restore());

    /** Every box inside the player lies within its base box, and the base does not scroll sideways. */
    function expectNothingOutside(el: RoutinePlayer, where: string): void {
      const base = $(el, '[part~="base"]');
      expect(base.scrollWidth, `${where}: scrolls sideways`).to.be.at.most(base.clientWidth + 1);
      const edge = base.getBoundingClientRect();
      const outside = [...shadow(el).querySelectorAll<HTMLElement>('[part~="base"] *')]
        .filter((node) => node.getClientRects().length > 0 && !node.closest('.visually-hidden, dialog'))
        .filter((node) => {
          const box = node.getBoundingClientRect();
          return box.left < edge.left - 1 || box.right > edge.right + 1;
        })
        .map((node) => `${node.localName}.${node.className}`);
      expect(outside, `${where}: outside the player`).to.deep.equal([]);
    }

    for (const lang of ['en', 'es', 'fr', 'de', 'pt-BR', 'nl', 'ar', 'zh-Hans']) {
      it(`fits in ${lang}: overview, work, rest, switch sides, a gate and the summary`, async () => {
        restore = setPageLang(lang);
        for (const id of [
          'overview',
          's0-i1-set1-left-work',
          's0-i0-set1-rest',
          's0-i1-set1-switch',
          's0-i2-set1-work',
          'complete',
        ]) {
          const el = await fixture<RoutinePlayer>(
            html`<routine-player no-persist .routine=${TIMED_ROUTINE}></routine-player>`,
          );
          await settle(lang, el);
          if (id !== 'overview') {
            el.state = stateAt(TIMED_ROUTINE, id);
            await el.updateComplete;
          }
          shadow(el)
            .querySelectorAll('details')
            .forEach((d) => d.setAttribute('open', ''));
          await el.updateComplete;
          expectNothingOutside(el, `${lang} ${id}`);
          el.remove();
        }
      });
    }

    it('wraps a long address in an error message inside the player', async () => {
      // One long run with no space or hyphen, as in a CDN address: a line can't break inside it.
      const src = `/no-such-folder/${'abcdefghij'.repeat(6)}.json`;
      const el = await fixture<RoutinePlayer>(html`<routine-player no-persist src=${src}></routine-player>`);
      for (let i = 0; i < 50 && el.status !== 'error'; i++) await new Promise((r) => setTimeout(r, 100));
      await el.updateComplete;
      expect(shadow(el).querySelector('[role="alert"]')?.textContent).to.include('no-such-folder');
      expectNothingOutside(el, 'error');
    });
  });
});
