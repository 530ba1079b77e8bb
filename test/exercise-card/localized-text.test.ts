import { expect } from '@open-wc/testing';
import { pickText, resolveLocale } from '../../src/internal/localized-text.js';

describe('pickText', () => {
  const text = { en: 'Bridge', es: 'Puente', 'pt-BR': 'Ponte' };
  const cases: Array<[string, Parameters<typeof pickText>[0], string, string]> = [
    ['returns plain text as it is', 'Bridge', 'es', 'Bridge'],
    ['picks the exact locale', text, 'pt-BR', 'Ponte'],
    ['falls back from a region to its language', text, 'es-MX', 'Puente'],
    ['uses a sibling region when only that exists', text, 'pt-PT', 'Ponte'],
    ['falls back to English', text, 'de', 'Bridge'],
    ['compares case-insensitively', text, 'PT-br', 'Ponte'],
    ['falls back to the first entry when there is no English', { fr: 'Pont', de: 'Brücke' }, 'ja', 'Pont'],
    ['returns "" for nothing', undefined, 'en', ''],
    ['returns "" for an empty map', {}, 'en', ''],
  ];
  for (const [name, input, locale, expected] of cases) {
    it(name, () => expect(pickText(input, locale)).to.equal(expected));
  }
});

describe('resolveLocale', () => {
  const mounted: Element[] = [];
  /** Plain DOM, no fixture(): it would wait for an animation frame that a background tab may never get. */
  function mount(markup: (root: HTMLElement) => void): HTMLElement {
    const root = document.createElement('div');
    markup(root);
    document.body.append(root);
    mounted.push(root);
    return root;
  }
  afterEach(() => mounted.splice(0).forEach((el) => el.remove()));

  it('uses the element’s own lang first', () => {
    const root = mount((div) => {
      div.lang = 'de';
      const span = document.createElement('span');
      span.lang = 'fr';
      div.append(span);
    });
    expect(resolveLocale(root.querySelector('span')!)).to.equal('fr');
  });

  it('finds the nearest ancestor lang, across a shadow root', () => {
    const outer = mount((div) => {
      div.lang = 'es-MX';
      div.append(document.createElement('div'));
    });
    const host = outer.querySelector('div')!;
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('p');
    root.append(inner);
    expect(resolveLocale(inner)).to.equal('es-MX');
  });

  it('falls back to <html lang>, then the browser language', () => {
    const el = mount(() => {});
    const html_ = document.documentElement;
    const before = html_.getAttribute('lang');
    html_.setAttribute('lang', 'nl');
    expect(resolveLocale(el)).to.equal('nl');
    html_.removeAttribute('lang');
    expect(resolveLocale(el)).to.equal(navigator.languages[0] ?? navigator.language);
    if (before !== null) html_.setAttribute('lang', before);
  });
});
