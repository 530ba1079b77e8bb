import { expect } from '@open-wc/testing';
import type { Dosage } from '../../src/core/dosage-types.js';
// Every language's words, as `exercise-elements/core` registers them (elements load them lazily).
import '../../src/core/dosage-words/all.js';
import { formatDosage, formatFrequency, formatRange } from '../../src/core/format-dosage.js';
import { formatDuration, formatDurationFallback } from '../../src/core/format-duration.js';

/** Intl's own wording for a unit, so expectations follow the browser's CLDR data. */
const unit = (locale: string, value: number, name: 'second' | 'minute') =>
  new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' }).format(value);
const num = (locale: string, value: number) => new Intl.NumberFormat(locale).format(value);
const range = (locale: string, min: number, max: number) =>
  new Intl.NumberFormat(locale).formatRange(min, max);

const bridge: Dosage = { sets: 3, reps: { min: 8, max: 10 }, side: 'each', holdSeconds: 5, restSeconds: 30 };

describe('formatDosage in every locale', () => {
  const expected: Record<string, (l: string) => string> = {
    es: (l) =>
      `3 series × ${range(l, 8, 10)} repeticiones por lado · mantén ${unit(l, 5, 'second')} · descansa ${unit(l, 30, 'second')}`,
    fr: (l) =>
      `3 séries × ${range(l, 8, 10)} répétitions de chaque côté · tenir ${unit(l, 5, 'second')} · repos ${unit(l, 30, 'second')}`,
    de: (l) =>
      `3 Sätze × ${range(l, 8, 10)} Wiederholungen pro Seite · ${unit(l, 5, 'second')} halten · ${unit(l, 30, 'second')} Pause`,
    'pt-BR': (l) =>
      `3 séries × ${range(l, 8, 10)} repetições de cada lado · segure ${unit(l, 5, 'second')} · descanse ${unit(l, 30, 'second')}`,
    nl: (l) =>
      `3 sets × ${range(l, 8, 10)} herhalingen per kant · ${unit(l, 5, 'second')} vasthouden · ${unit(l, 30, 'second')} rust`,
    ar: (l) =>
      `${num(l, 3)} مجموعات × ${range(l, 8, 10)} تكرارات لكل جانب · ثبات لمدة ${unit(l, 5, 'second')} · راحة لمدة ${unit(l, 30, 'second')}`,
    'zh-Hans': (l) =>
      `3组 × ${range(l, 8, 10)}次每侧 · 保持${unit(l, 5, 'second')} · 休息${unit(l, 30, 'second')}`.replace(
        `${range(l, 8, 10)}次每侧`,
        `每侧${range(l, 8, 10)}次`,
      ),
  };
  for (const [locale, line] of Object.entries(expected)) {
    it(`writes a full dosage in ${locale}`, () => {
      expect(formatDosage(bridge, locale)).to.equal(line(locale));
    });
  }

  it('picks the one/other forms by Intl.PluralRules', () => {
    expect(formatDosage({ reps: 1 }, 'es')).to.equal('1 repetición');
    expect(formatDosage({ sets: 2, reps: 1 }, 'de')).to.equal('2 Sätze × 1 Wiederholung');
    // French and Portuguese count 0 with the singular.
    expect(formatDosage({ reps: 0 }, 'fr')).to.equal('0 répétition');
    expect(formatDosage({ reps: 0 }, 'pt-BR')).to.equal('0 repetição');
  });

  it('uses every one of the six Arabic plural forms: 0, 1, 2, 3, 11, 100 reps', () => {
    const reps = (n: number) => formatDosage({ reps: n }, 'ar');
    expect(reps(0)).to.equal('لا تكرارات');
    expect(reps(1)).to.equal('تكرار واحد');
    expect(reps(2)).to.equal('تكراران');
    expect(reps(3)).to.equal(`${num('ar', 3)} تكرارات`);
    expect(reps(11)).to.equal(`${num('ar', 11)} تكرارًا`);
    expect(reps(100)).to.equal(`${num('ar', 100)} تكرار`);
  });

  it('falls back from a region to its language and from unknown languages to English', () => {
    expect(formatDosage({ reps: 10 }, 'es-MX')).to.equal(`${num('es-MX', 10)} repeticiones`);
    expect(formatDosage({ reps: 10 }, 'pt-PT')).to.equal('10 repetições');
    expect(formatDosage({ reps: 10 }, 'zh-CN')).to.equal('10次');
    expect(formatDosage({ reps: 10 }, 'ja')).to.equal('10 reps');
  });

  it('keeps a dosage given only as text in the author’s words', () => {
    expect(formatDosage({ text: 'As many as feels comfortable' }, 'de')).to.equal(
      'As many as feels comfortable',
    );
  });
});

describe('formatFrequency in every locale', () => {
  const cases: Array<[string, Parameters<typeof formatFrequency>[0], string]> = [
    ['es', { times: 1, per: 'day' }, 'una vez al día'],
    ['es', { times: { min: 3, max: 4 }, per: 'week' }, `${range('es', 3, 4)} veces a la semana`],
    ['fr', { times: { min: 1, max: 2 }, per: 'day' }, 'une à deux fois par jour'],
    ['fr', { times: 3, per: 'week' }, '3 fois par semaine'],
    ['de', { times: 2, per: 'day' }, 'zweimal am Tag'],
    ['de', { times: 3, per: 'week' }, '3-mal pro Woche'],
    ['pt-BR', { times: 3, per: 'day' }, '3 vezes por dia'],
    ['nl', { times: 1, per: 'week' }, 'één keer per week'],
    ['nl', { times: 5, per: 'week' }, '5 keer per week'],
    ['ar', { times: 2, per: 'day' }, 'مرتين يوميًا'],
    ['ar', { times: 3, per: 'week' }, `${num('ar', 3)} مرات في الأسبوع`],
    ['ar', { times: 12, per: 'week' }, `${num('ar', 12)} مرةً في الأسبوع`],
    ['zh-Hans', { times: 3, per: 'day' }, '每天3次'],
    ['zh-Hans', { times: { min: 1, max: 2 }, per: 'week' }, '每周一到两次'],
    ['de', { text: 'after every meal' }, 'after every meal'],
  ];
  for (const [locale, frequency, expected] of cases) {
    it(`writes ${JSON.stringify(frequency)} in ${locale}`, () => {
      expect(formatFrequency(frequency, locale)).to.equal(expected);
    });
  }
});

describe('formatRange', () => {
  it('uses the locale’s digits and range separator', () => {
    expect(formatRange({ min: 8, max: 10 }, 'ar')).to.equal(range('ar', 8, 10));
    expect(formatRange(1500, 'de')).to.equal('1.500');
  });
});

describe('formatDuration', () => {
  it('uses Intl.DurationFormat where the browser has it', () => {
    const DurationFormat = (
      Intl as unknown as { DurationFormat?: new (l: string, o: object) => { format(d: object): string } }
    ).DurationFormat;
    if (!DurationFormat) return;
    expect(formatDuration(65, 'en')).to.equal(
      new DurationFormat('en', { style: 'short' }).format({ minutes: 1, seconds: 5 }),
    );
    expect(formatDuration(3600, 'de')).to.equal(
      new DurationFormat('de', { style: 'short' }).format({ hours: 1 }),
    );
  });

  it('falls back to units joined by Intl.ListFormat', () => {
    expect(formatDurationFallback(65, 'en')).to.equal('1 min, 5 sec');
    expect(formatDurationFallback(3725, 'en', 'long')).to.equal('1 hour, 2 minutes, 5 seconds');
    expect(formatDurationFallback(30, 'fr')).to.equal(unit('fr', 30, 'second'));
    expect(formatDurationFallback(0, 'es')).to.equal(unit('es', 0, 'second'));
    expect(formatDurationFallback(90, 'ar')).to.equal(
      new Intl.ListFormat('ar', { type: 'unit', style: 'short' }).format([
        unit('ar', 1, 'minute'),
        unit('ar', 30, 'second'),
      ]),
    );
  });

  it('agrees with DurationFormat where both exist', () => {
    if (!(Intl as unknown as { DurationFormat?: unknown }).DurationFormat) return;
    for (const locale of ['en', 'es', 'de', 'ar', 'zh-Hans']) {
      expect(formatDurationFallback(125, locale), locale).to.equal(formatDuration(125, locale));
    }
  });

  it('never throws on a malformed tag or time', () => {
    expect(formatDuration(Number.NaN, '!!')).to.equal(formatDurationFallback(0, 'en'));
  });
});
