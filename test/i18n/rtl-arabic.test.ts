import { expect, fixture, html } from '@open-wc/testing';
import { msg, str } from '@lit/localize';
import '../../src/exercise-card/exercise-card.js';
import '../../src/rep-counter/rep-counter.js';
import type { ExerciseCard } from '../../src/exercise-card/exercise-card.js';
import type { ExerciseInput } from '../../src/data/exercise-schema.js';
import type { RepCounter } from '../../src/rep-counter/rep-counter.js';
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
    expect($(el, '.hint').textContent!.trim()).to.equal('احسب تكرارًا');
  });

  it('writes 0, 1, 2, 3, 11 and 100 reps with their six plural forms', async () => {
    // Zero reps is not valid exercise data, so the card never shows it; the formatter still words it.
    expect(formatDosage({ reps: 0 }, 'ar')).to.equal('لا تكرارات');
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
});
