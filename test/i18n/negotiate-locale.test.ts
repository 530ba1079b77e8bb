import { expect } from '@open-wc/testing';
import { choosePageLocale, negotiateLocale } from '../../src/core/negotiate-locale.js';
import { textDirection, textDirectionFallback } from '../../src/core/text-direction.js';

describe('negotiateLocale', () => {
  const cases: Array<[string | undefined, string]> = [
    ['es', 'es'],
    ['es-MX', 'es'],
    ['ES-mx', 'es'],
    ['fr-CA', 'fr'],
    ['de-AT', 'de'],
    ['nl-BE', 'nl'],
    ['ar-EG', 'ar'],
    ['pt', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['pt-br', 'pt-BR'],
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-Hans-CN', 'zh-Hans'],
    ['zh-TW', 'zh-Hans'],
    ['en-GB', 'en'],
    ['en-XA', 'en-XA'],
    ['en_US', 'en'],
    ['ja', 'en'],
    ['tlh', 'en'],
    ['', 'en'],
    ['!!', 'en'],
    [undefined, 'en'],
  ];
  for (const [requested, expected] of cases) {
    it(`serves ${JSON.stringify(requested)} with ${expected}`, () => {
      expect(negotiateLocale(requested)).to.equal(expected);
    });
  }
});

describe('choosePageLocale', () => {
  it('uses the language every widget agrees on, whatever the page says', () => {
    expect(choosePageLocale(['es-MX', 'es'], 'en')).to.equal('es');
  });
  it('lets the page language arbitrate when widgets disagree', () => {
    expect(choosePageLocale(['es', 'fr'], 'de-CH')).to.equal('de');
  });
  it('follows the first widget when widgets disagree on a page without a language', () => {
    expect(choosePageLocale(['fr', 'es'], null)).to.equal('fr');
  });
  it('falls back to the page, then English, with no widgets', () => {
    expect(choosePageLocale([], 'nl')).to.equal('nl');
    expect(choosePageLocale([], '')).to.equal('en');
  });
});

describe('textDirection', () => {
  it('is right-to-left for Arabic, Hebrew and Persian, left-to-right otherwise', () => {
    expect(textDirection('ar')).to.equal('rtl');
    expect(textDirection('ar-EG')).to.equal('rtl');
    expect(textDirection('he')).to.equal('rtl');
    expect(textDirection('fa-IR')).to.equal('rtl');
    expect(textDirection('es')).to.equal('ltr');
    expect(textDirection('zh-Hans')).to.equal('ltr');
    expect(textDirection('not a tag')).to.equal('ltr');
  });
  it('answers from its own list where Intl has no text info', () => {
    expect(textDirectionFallback('ar')).to.equal('rtl');
    expect(textDirectionFallback('ur-PK')).to.equal('rtl');
    expect(textDirectionFallback('az-Arab')).to.equal('rtl');
    expect(textDirectionFallback('ku-Latn')).to.equal('ltr');
    expect(textDirectionFallback('de')).to.equal('ltr');
  });
});
