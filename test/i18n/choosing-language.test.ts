import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/exercise-card/exercise-card.js';
import '../../src/rep-counter/rep-counter.js';
import type { ExerciseCard } from '../../src/exercise-card/exercise-card.js';
import type { ExerciseInput } from '../../src/data/exercise-schema.js';
import type { RepCounter } from '../../src/rep-counter/rep-counter.js';
import { localizationMode, uiLocale } from '../../src/internal/locale-loader.js';
import { mount, setPageLang, settle, unmountAll } from './helpers.js';

const bridge = {
  id: 'bridge',
  name: { en: 'Bridge', es: 'Puente', fr: 'Pont', 'pt-BR': 'Ponte' },
  steps: [{ en: 'Lie down.', es: 'Túmbate.', fr: 'Allongez-vous.' }],
  equipment: [
    { en: 'mat', es: 'esterilla' },
    { en: 'cushion', es: 'cojín' },
  ],
  // 100 reps: the most a dosage may hold (core/limits.ts), so no count reaches a thousands separator.
  dosage: { reps: 100 },
} as ExerciseInput;

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const text = (el: Element, selector: string) => squash($(el, selector).textContent!);
const stepsHeading = (el: ExerciseCard) => text(el, '#steps-heading');

describe('choosing the language', () => {
  let restore: () => void = () => {};
  afterEach(() => {
    unmountAll();
    restore();
  });

  it('sets nothing up until an element connects', () => {
    expect(localizationMode()).to.equal('idle');
  });

  it('prefers the element’s own lang over an ancestor’s and the page’s', async () => {
    restore = setPageLang('de');
    const wrapper = mount(
      html`<div lang="fr"><exercise-card lang="es" .exercise=${bridge}></exercise-card></div>`,
    );
    const el = wrapper.querySelector<ExerciseCard>('exercise-card')!;
    await settle('es', el);
    expect(localizationMode()).to.equal('own');
    expect(text(el, '[part~="title"]')).to.equal('Puente');
    expect(stepsHeading(el)).to.equal('Cómo hacerlo');
    expect(text(el, '.facts dd')).to.equal('esterilla y cojín');
  });

  it('uses the nearest ancestor’s lang next, falling back by language (es-MX → es)', async () => {
    restore = setPageLang('de');
    const wrapper = mount(
      html`<div lang="es-MX">
        <section><exercise-card .exercise=${bridge}></exercise-card></section>
      </div>`,
    );
    const el = wrapper.querySelector<ExerciseCard>('exercise-card')!;
    await settle('es', el);
    expect(text(el, '[part~="title"]')).to.equal('Puente');
    // Numbers follow the element's own tag (es-MX).
    expect(text(el, '.dosage-line')).to.equal(
      squash(`${new Intl.NumberFormat('es-MX').format(100)} repeticiones`),
    );
  });

  it('uses <html lang> next, and maps pt to pt-BR', async () => {
    restore = setPageLang('pt');
    const el = await fixture<ExerciseCard>(html`<exercise-card .exercise=${bridge}></exercise-card>`);
    await settle('pt-BR', el);
    expect(text(el, '[part~="title"]')).to.equal('Ponte');
    expect(stepsHeading(el)).to.equal('Como fazer');
  });

  it('uses the browser language without any lang, and English after that', async () => {
    restore = setPageLang(null);
    const el = await fixture<ExerciseCard>(html`<exercise-card .exercise=${bridge}></exercise-card>`);
    const expected = ['es', 'fr', 'de', 'nl', 'ar'].find((l) => navigator.language.startsWith(l)) ?? 'en';
    await settle(expected, el);
  });

  it('re-renders when <html lang> changes at runtime', async () => {
    restore = setPageLang('en');
    const el = await fixture<ExerciseCard>(html`<exercise-card .exercise=${bridge}></exercise-card>`);
    await settle('en', el);
    expect(stepsHeading(el)).to.equal('How to do it');
    document.documentElement.lang = 'fr';
    await settle('fr', el);
    expect(stepsHeading(el)).to.equal('Comment faire');
    expect(text(el, '[part~="title"]')).to.equal('Pont');
    document.documentElement.lang = 'de';
    await settle('de', el);
    await waitUntil(() => stepsHeading(el) === 'So geht’s', 'no German heading');
    expect(text(el, '[part~="title"]')).to.equal('Bridge');
  });

  it('re-renders when an element’s own lang changes', async () => {
    restore = setPageLang('en');
    const el = await fixture<RepCounter>(html`<rep-counter target="10"></rep-counter>`);
    await settle('en', el);
    el.setAttribute('lang', 'nl');
    await settle('nl', el);
    expect(text(el, '.hint')).to.equal('Tik om te tellen');
  });

  it('shows English, never a blank, for a language we do not ship', async () => {
    restore = setPageLang('tlh');
    const el = await fixture<RepCounter>(html`<rep-counter target="10"></rep-counter>`);
    await settle('en', el);
    expect(text(el, '.hint')).to.equal('Tap to count');
    expect(uiLocale()).to.equal('en');
  });

  it('keeps a dosage given as text in the author’s words', async () => {
    restore = setPageLang('es');
    const el = await fixture<ExerciseCard>(
      html`<exercise-card
        .exercise=${{ id: 'x', name: 'X', dosage: { text: 'Two slow sets, then rest' } }}
      ></exercise-card>`,
    );
    await settle('es', el);
    expect(text(el, '.dosage-line')).to.equal('Two slow sets, then rest');
    expect(text(el, '.dosage-label')).to.equal('Pauta');
  });
});

describe('two widgets asking for different languages', () => {
  let restore: () => void = () => {};
  afterEach(() => {
    unmountAll();
    restore();
  });

  it('shows UI strings in the page language, data and numbers in each widget’s own', async () => {
    restore = setPageLang('de');
    const page = mount(
      html`<div>
        <exercise-card lang="es" .exercise=${bridge}></exercise-card>
        <exercise-card lang="fr" .exercise=${bridge}></exercise-card>
      </div>`,
    );
    const [es, fr] = Array.from(page.querySelectorAll<ExerciseCard>('exercise-card'));
    await settle('de', es!, fr!);
    expect(stepsHeading(es!)).to.equal('So geht’s');
    expect(stepsHeading(fr!)).to.equal('So geht’s');
    expect(text(es!, '[part~="title"]')).to.equal('Puente');
    expect(text(fr!, '[part~="title"]')).to.equal('Pont');
    expect(text(es!, '.dosage-line')).to.equal(
      squash(`${new Intl.NumberFormat('es').format(100)} repeticiones`),
    );
    expect(text(fr!, '.dosage-line')).to.equal(
      squash(`${new Intl.NumberFormat('fr').format(100)} répétitions`),
    );
  });

  it('follows the first widget on a page that declares no language', async () => {
    restore = setPageLang(null);
    const page = mount(
      html`<div>
        <exercise-card lang="fr" .exercise=${bridge}></exercise-card>
        <rep-counter lang="es" target="5"></rep-counter>
      </div>`,
    );
    const card = page.querySelector<ExerciseCard>('exercise-card')!;
    const counter = page.querySelector<RepCounter>('rep-counter')!;
    await settle('fr', card, counter);
    expect(text(counter, '.hint')).to.equal('Touchez pour compter');
  });

  it('lets a lone widget speak its own language on a page in another', async () => {
    restore = setPageLang('en');
    const el = await fixture<RepCounter>(html`<rep-counter lang="zh-CN" target="5"></rep-counter>`);
    await settle('zh-Hans', el);
    expect(text(el, '.hint')).to.equal('轻点计数');
  });
});
