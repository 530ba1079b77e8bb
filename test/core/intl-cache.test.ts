import { expect } from '@open-wc/testing';
// Every language's words, as `exercise-elements/core` registers them (elements load them lazily).
import '../../src/core/dosage-words/all.js';
import { formatDosage } from '../../src/core/format-dosage.js';
import { listFormat, numberFormat, pluralRules, supportedLocale } from '../../src/core/intl-cache.js';
import { textDirection } from '../../src/core/text-direction.js';

describe('shared Intl objects', () => {
  it('reuses one formatter per locale and options, and keeps different options apart', () => {
    expect(numberFormat('de')).to.equal(numberFormat('de'));
    const seconds = numberFormat('de', { style: 'unit', unit: 'second', unitDisplay: 'short' });
    const minutes = numberFormat('de', { style: 'unit', unit: 'minute', unitDisplay: 'short' });
    expect(seconds).to.not.equal(minutes);
    expect([numberFormat('de').format(1500), seconds.format(5), minutes.format(2)]).to.deep.equal([
      '1.500',
      new Intl.NumberFormat('de', { style: 'unit', unit: 'second', unitDisplay: 'short' }).format(5),
      new Intl.NumberFormat('de', { style: 'unit', unit: 'minute', unitDisplay: 'short' }).format(2),
    ]);
    expect(listFormat('en', { type: 'conjunction' }).format(['a', 'b', 'c'])).to.equal('a, b, and c');
    expect(listFormat('en', { type: 'disjunction' }).format(['a', 'b'])).to.equal('a or b');
    expect(pluralRules('ar').select(2)).to.equal('two');
  });

  it('throws again for a malformed tag instead of remembering a formatter for it', () => {
    expect(() => numberFormat('not a locale!')).to.throw(RangeError);
    expect(() => numberFormat('not a locale!')).to.throw(RangeError);
  });

  it('canonicalizes a supported tag and falls back for a malformed or empty one, every time', () => {
    expect(supportedLocale('es-mx')).to.equal('es-MX');
    expect(supportedLocale('es-mx')).to.equal('es-MX');
    expect(supportedLocale('not a locale!')).to.equal('en');
    expect(supportedLocale('not a locale!', 'fr')).to.equal('fr');
    expect(supportedLocale('  ')).to.equal('en');
    expect(supportedLocale(undefined)).to.equal('en');
  });

  it('writes each locale’s own dosage line when the same dosage is formatted in turn', () => {
    const dosage = { sets: 3, reps: { min: 8, max: 12 }, holdSeconds: 30 };
    const lines = () => ['en', 'de', 'ar', 'en'].map((locale) => formatDosage(dosage, locale));
    const first = lines();
    expect(first[0]).to.equal('3 sets × 8–12 reps · hold 30 sec');
    expect(first[3]).to.equal(first[0]);
    expect(new Set(first.slice(0, 3)).size, 'English, German and Arabic lines differ').to.equal(3);
    expect(lines(), 'a remembered line is the line written the first time').to.deep.equal(first);
  });

  it('answers the same direction for a tag asked about again', () => {
    expect([
      textDirection('ar'),
      textDirection('ar'),
      textDirection('en'),
      textDirection(' ar '),
    ]).to.deep.equal(['rtl', 'rtl', 'ltr', 'rtl']);
  });
});
