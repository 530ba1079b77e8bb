import { expect, fixture, html } from '@open-wc/testing';
import { msg, str } from '@lit/localize';
import '../../src/exercise-card/exercise-card.js';
import '../../src/rep-counter/rep-counter.js';
import '../../src/routine-player/routine-player.js';
import type { ExerciseCard } from '../../src/exercise-card/exercise-card.js';
import type { ExerciseInput } from '../../src/data/exercise-schema.js';
import type { RepCounter } from '../../src/rep-counter/rep-counter.js';
import type { RoutinePlayer } from '../../src/routine-player/routine-player.js';
import { currentStep } from '../../src/core/player-reducer.js';
import { clearLibraryStorage, stateAt, TIMED_ROUTINE } from '../routine-player/helpers.js';
import { pluralMessage } from '../../src/internal/plural-message.js';
import { formatDosage } from '../../src/core/format-dosage.js';
import { mount, setPageLang, settle, unmountAll } from './helpers.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const num = (n: number) => new Intl.NumberFormat('ar').format(n);

const exercise = (reps: number) =>
  ({
    id: 'bridge',
    name: { en: 'Bridge', ar: 'الجسر' },
    dosage: { reps },
    safety: ['Stop if it hurts.'],
  }) as ExerciseInput;

describe('Arabic', () => {
  let restore: () => void;
  before(() => {
    restore = setPageLang('ar');
  });
  after(() => restore());
  afterEach(() => unmountAll());

  it('lays the card out right to left through logical properties', async () => {
    const el = await fixture<ExerciseCard>(html`<exercise-card .exercise=${exercise(3)}></exercise-card>`);
    await settle('ar', el);
    const base = $(el, '[part~="base"]');
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(base).direction).to.equal('rtl');
    // The safety callout's thick edge is border-inline-start: on the right in Arabic.
    const safety = $(el, '[part~="safety"]');
    expect(getComputedStyle(safety).borderRightWidth).to.equal('6px');
    expect(getComputedStyle(safety).borderLeftWidth).to.equal('1px');
  });

  it('sets English tips and safety lists left to right in an Arabic card, their bullets inside the card', async () => {
    const el = await fixture<ExerciseCard>(
      html`<exercise-card
        .exercise=${{ ...exercise(3), cues: ['Squeeze as you breathe out.'] } as ExerciseInput}
      ></exercise-card>`,
    );
    await settle('ar', el);
    const card = $(el, '[part~="base"]').getBoundingClientRect();
    for (const list of [$(el, '.cues ul'), $(el, '[part~="safety"] ul')]) {
      expect(getComputedStyle(list).direction).to.equal('ltr');
      // The marker sits in the list's start padding: on the left for left-to-right text, so the text's
      // left edge must leave room for it inside the card.
      expect(list.querySelector('li')!.getBoundingClientRect().left - card.left).to.be.greaterThan(16);
    }
  });

  it('mirrors the compact row: the buttons sit at the inline end, on the left', async () => {
    const el = await fixture<ExerciseCard>(
      html`<exercise-card
        layout="compact"
        startable
        style="width: 40rem"
        .exercise=${exercise(3)}
      ></exercise-card>`,
    );
    await settle('ar', el);
    const title = $(el, '[part~="title"]').getBoundingClientRect();
    const controls = $(el, '.compact [part~="controls"]').getBoundingClientRect();
    expect(controls.right).to.be.lessThan(title.left);
  });

  it('mirrors an Arabic widget on an English page, and keeps an English one LTR on an Arabic page', async () => {
    const page = mount(html`<div lang="en"><exercise-card .exercise=${exercise(3)}></exercise-card></div>`);
    const el = page.querySelector<ExerciseCard>('exercise-card')!;
    await el.updateComplete;
    expect($(el, '[part~="base"]').getAttribute('dir')).to.equal('ltr');
  });

  it('keeps the counter’s digits left to right', async () => {
    const el = await fixture<RepCounter>(html`<rep-counter target="10" sets="2" rest="30"></rep-counter>`);
    await settle('ar', el);
    expect($(el, '[part~="base"]').getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle($(el, '.readout')).direction).to.equal('ltr');
    expect($(el, '.hint').textContent!.trim()).to.equal('المس للعدّ');
  });

  it('writes 0, 1, 2, 3, 11 and 100 reps with their six plural forms', async () => {
    const expected: Array<[number, string]> = [
      [1, 'تكرار واحد'],
      [2, 'تكراران'],
      [3, `${num(3)} تكرارات`],
      [11, `${num(11)} تكرارًا`],
      [100, `${num(100)} تكرار`],
    ];
    for (const [reps, line] of expected) {
      const el = await fixture<ExerciseCard>(
        html`<exercise-card .exercise=${exercise(reps)}></exercise-card>`,
      );
      await settle('ar', el);
      expect($(el, '.dosage-line').textContent!.trim(), `${reps} reps`).to.equal(line);
    }
    // Zero reps is not valid exercise data, so the card never shows it; the formatter still words it
    // (with the Arabic words the page loaded for its cards).
    expect(formatDosage({ reps: 0 }, 'ar')).to.equal('لا تكرارات');
  });

  it('picks UI messages by the six plural categories', async () => {
    const el = await fixture<ExerciseCard>(html`<exercise-card .exercise=${exercise(1)}></exercise-card>`);
    await settle('ar', el);
    const problems = (count: number) => {
      const n = num(count);
      return pluralMessage(count, {
        zero: () => msg(str`This exercise data has ${n} problems:`, { id: 'card.problems.zero' }),
        one: () => msg(str`This exercise data has ${n} problem:`, { id: 'card.problems.one' }),
        two: () => msg(str`This exercise data has ${n} problems:`, { id: 'card.problems.two' }),
        few: () => msg(str`This exercise data has ${n} problems:`, { id: 'card.problems.few' }),
        many: () => msg(str`This exercise data has ${n} problems:`, { id: 'card.problems.many' }),
        other: () => msg(str`This exercise data has ${n} problems:`, { id: 'card.problems.other' }),
      });
    };
    expect(problems(2)).to.equal(`تحتوي بيانات هذا التمرين على ${num(2)} مشكلتين:`);
    expect(problems(3)).to.equal(`تحتوي بيانات هذا التمرين على ${num(3)} مشكلات:`);
    expect(problems(11)).to.equal(`تحتوي بيانات هذا التمرين على ${num(11)} مشكلةً:`);
    expect(problems(100)).to.equal(`تحتوي بيانات هذا التمرين على ${num(100)} مشكلة:`);
  });

  describe('the routine player', () => {
    beforeEach(() => clearLibraryStorage());
    afterEach(() => clearLibraryStorage());

    async function running(step: string): Promise<RoutinePlayer> {
      const el = await fixture<RoutinePlayer>(
        html`<routine-player no-persist .routine=${TIMED_ROUTINE}></routine-player>`,
      );
      await settle('ar', el);
      el.state = stateAt(TIMED_ROUTINE, step);
      await el.updateComplete;
      return el;
    }

    it('mirrors: dir="rtl" on its base, previous on the right, its chevrons flipped', async () => {
      const el = await running('s0-i0-set1-work');
      const base = $(el, '[part~="base"]');
      expect(base.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(base).direction).to.equal('rtl');
      const previous = $(el, '.control.previous');
      const next = $(el, '.control.next');
      expect(previous.getBoundingClientRect().left).to.be.greaterThan(next.getBoundingClientRect().left);
      for (const icon of [previous, next].map((b) => b.querySelector('.icon-dir')!)) {
        expect(new DOMMatrixReadOnly(getComputedStyle(icon).transform).a, 'scaleX(-1)').to.equal(-1);
      }
    });

    it('keeps the timer and the summary counts in left-to-right digits', async () => {
      const el = await running('s0-i0-set1-work');
      const clock = $(el, '[part~="timer"] .readout');
      expect(getComputedStyle(clock).direction).to.equal('ltr');
      expect(getComputedStyle(clock).unicodeBidi).to.equal('isolate');
      expect(clock.textContent!.trim()).to.equal(`${num(0)}:${num(2)}${num(0)}`);
    });

    it('moves forward with ← and back with →, and says so in its shortcuts', async () => {
      const el = await running('s0-i0-set1-work');
      const key = (k: string) =>
        $(el, '[part~="base"]').dispatchEvent(
          new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }),
        );
      key('ArrowLeft');
      expect(currentStep(el.state)?.id).to.equal('s0-i0-set1-rest');
      key('ArrowRight');
      expect(currentStep(el.state)?.id).to.equal('s0-i0-set1-work');
      await el.updateComplete;
      const legend = [...el.shadowRoot!.querySelectorAll('.shortcuts dt')].map((dt) =>
        dt.textContent!.trim(),
      );
      expect(legend[1]).to.contain('→'); // previous step
      expect(legend[2]).to.contain('←'); // next step
    });

    it('words the rep target with Arabic plural forms', async () => {
      const el = await running('s0-i2-set1-work');
      // 3 reps with a 2-second hold: the plural (few) form.
      expect($(el, '.target').textContent!.trim()).to.contain(`${num(3)} تكرارات`);
    });
  });
});
